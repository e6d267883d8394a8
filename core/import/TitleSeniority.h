#pragma once

#include <QString>

namespace baton {

/// The seniority Baton's fit rules read (c_level, vp, director, manager, individual, student),
/// from a job title when the export has no seniority of its own, or from the export's own words.
class TitleSeniority {
public:
    static QString fromTitle(const QString &title);
    /// An export's seniority value ("VP", "C-Level", "Director", …) in Baton's words; empty when
    /// it is none of them.
    static QString normalized(const QString &value);
};

} // namespace baton
