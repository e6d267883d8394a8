#pragma once

#include "agreement/EngagementRule.h"
#include "agreement/FitRule.h"
#include "agreement/MeaningfulContact.h"
#include "agreement/MetricTarget.h"
#include "agreement/MqlRule.h"
#include "agreement/QualificationCriterion.h"
#include "agreement/SlaTier.h"
#include "domain/Reason.h"

#include <QStringList>

#include <vector>

namespace baton {

/// The content of one version of the lead definition both teams sign: how leads are scored,
/// when they are handed over, what must travel with them, and what sales may answer.
struct Definition {
    std::vector<FitRule> fitRules;
    std::vector<EngagementRule> engagementRules;
    MqlRule mqlRule;
    QStringList requiredFields; ///< context package fields, see ContextField.h
    std::vector<QualificationCriterion> checklist;
    std::vector<Reason> reasons;
    std::vector<MeaningfulContact> meaningfulContacts;
    std::vector<SlaTier> slaTiers;
    std::vector<MetricTarget> targets; ///< the joint review's targets; optional in the JSON

    bool operator==(const Definition &other) const;

    /// A realistic starting agreement for a B2B software seller.
    static Definition defaults();
};

} // namespace baton
