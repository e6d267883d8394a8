#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace baton {

/// The lifecycle stages of ../docs: one taxonomy for marketing and sales.
enum class Stage {
    Nurture,      ///< marketing owns it; below the bar
    Mql,          ///< met the definition: handed over, routed, SLA running
    Sal,          ///< sales accepted it
    Sql,          ///< qualified opportunity
    Rejected,     ///< sales refused the MQL, with a reason
    Disqualified, ///< an accepted lead turned out not to be an opportunity
    Recycled,     ///< back to marketing for later, with a reason and a revisit date
};

inline constexpr std::array<Stage, 7> allStages{Stage::Nurture, Stage::Mql,      Stage::Sal,
                                                Stage::Sql,     Stage::Rejected, Stage::Disqualified,
                                                Stage::Recycled};

/// The stored, scriptable name: "nurture", "mql", …
QString stageName(Stage stage);
/// The name people read: "Nurture", "MQL", …
QString stageLabel(Stage stage);
std::optional<Stage> stageFromName(QStringView name);
/// Open stages are the ones in a sales queue: mql and sal.
bool isOpenStage(Stage stage);

} // namespace baton
