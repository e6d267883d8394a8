#pragma once

#include "feedback/CalibrationRow.h"
#include "feedback/FeedbackDimension.h"
#include "feedback/Suggestion.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace baton {

/// What one calibration run hands back to the panel: the rows by one dimension, the labels of
/// their top reasons, and, when they were asked for, the suggestions of the period.
struct CalibrationResult {
    FeedbackDimension by = FeedbackDimension::Band;
    std::vector<CalibrationRow> rows;
    std::map<QString, QString> reasonLabels; ///< reason code -> label
    std::optional<std::vector<Suggestion>> suggestions;
};

} // namespace baton
