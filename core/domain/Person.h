#pragma once

#include <QString>

namespace baton {

/// The human behind a lead.
struct Person {
    QString name;
    QString email;
    QString phone;
    QString title;
    QString seniority; ///< c_level, vp, director, manager, individual, student
};

} // namespace baton
