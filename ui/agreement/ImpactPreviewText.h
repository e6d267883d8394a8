#pragma once

#include "services/ImpactPreview.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

/// An impact preview in the sentences a joint review reads out: how many leads would have been
/// handed over, how many of them the same, and what acceptance rate sales gave each set.
class ImpactPreviewText {
    Q_DECLARE_TR_FUNCTIONS(ImpactPreviewText)

public:
    /// "Handed over", "Overlap", "Acceptance": one paragraph each.
    static QStringList paragraphs(const ImpactPreview &preview);
    static QString handoffs(const ImpactPreview &preview);
    static QString overlap(const ImpactPreview &preview);
    static QString acceptance(const ImpactPreview &preview);
    /// "62%"; "—" when there is no rate.
    static QString percent(std::optional<double> rate);

private:
    static QString draftName(const ImpactPreview &preview);
    static QString capitalizedDraftName(const ImpactPreview &preview);
};

} // namespace baton
