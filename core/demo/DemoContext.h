#pragma once

#include "demo/DemoCampaigns.h"
#include "demo/DemoCompanyPool.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoReasons.h"
#include "demo/DemoStaff.h"
#include "demo/DemoWeights.h"
#include "sla/BusinessCalendar.h"

#include <QHash>
#include <QString>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton {

class Scorer;
struct Definition;
struct RoutingConfig;

/// A stored demo campaign with its dates in unix seconds.
struct DemoCampaignRun {
    const DemoCampaignSpec *spec = nullptr;
    qint64 id = 0;
    qint64 startsAt = 0;
    qint64 liveAt = 0; ///< webinars: the live session; events: the day of the event
};

/// A name list of one region, ready for weighted picks, with each name's e-mail spelling.
struct DemoNameList {
    std::vector<std::string_view> text;
    std::vector<std::string> ascii;
    DemoWeights weights;
};

/// One item of the qualification checklist, in UTF-8 for the rows that name it.
struct DemoCriterion {
    std::string id;
    std::string name;
    bool required = true;
};

/// Everything the lead builders read and never change during a run: the time window, the
/// team and campaign ids, the reason taxonomy, the companies and the weighted word lists.
/// Safe to share between threads once built.
struct DemoContext {
    static constexpr qint64 minute = 60;
    static constexpr qint64 hour = 3600;
    static constexpr qint64 day = 86400;
    static constexpr qint64 windowDays = 84; ///< 12 weeks of history

    DemoContext(quint64 seed, qint64 now, qint64 leads);

    quint64 seed = 1;
    qint64 now = 0;
    qint64 windowStart = 0;
    std::string today; ///< the ISO date of `now`, for revisit dates

    DemoCompanyPool companies;
    DemoStaff staff;
    DemoReasons reasons;
    std::vector<DemoCampaignRun> campaigns; ///< same order as DemoCampaigns::all()
    std::array<std::vector<const DemoCampaignRun *>, 7> campaignsByKind; ///< by DemoCampaignKind

    DemoWeights seniorities;
    std::array<DemoWeights, 6> titles;
    std::array<DemoNameList, 4> firstNames; ///< by DemoRegion
    std::array<DemoNameList, 4> lastNames;
    DemoWeights pages;
    DemoWeights intentPages;
    DemoWeights assets;
    DemoWeights forms;
    DemoWeights demoRequests;
    DemoWeights organicEntries;
    int eventsPerLead = 13;         ///< the average asked for (DemoOptions::eventsPerLead)
    const Scorer *scorer = nullptr; ///< the file's effective definition, for the handoff records
    int definitionNumber = 0;
    /// Handoffs from laterDefinitionFrom on were made under laterDefinitionNumber (the demo's
    /// signed version, the same rules as the built-in ones); 0: no such version.
    int laterDefinitionNumber = 0;
    qint64 laterDefinitionFrom = 0;

    /// Each region's SLA calendar: its SDRs' team's (Latin America works with North America).
    std::array<BusinessCalendar, 4> calendars;
    /// The effective definition's meaningful contacts as (activity type, outcome) names, and each
    /// SLA tier's event type names, for the per-lead work without text conversions.
    std::vector<std::pair<std::string, std::string>> meaningfulContacts;
    std::vector<std::vector<std::string>> tierEvents;
    /// Every rule of the effective definition that can give points (fit rules, then engagement
    /// rules), and each one's index by key, for the handoffs' rule lists.
    std::vector<DemoScoreRule> scoreRules;
    QHash<QString, int> scoreRuleIndex;
    std::vector<DemoCriterion> checklist; ///< the effective definition's qualification checklist
    /// Whether the lifecycle lets a sales manager send a rejected (disqualified) lead back to the
    /// queue: only then does a disputed review end reopened.
    bool reopenRejected = false;
    bool reopenDisqualified = false;

    /// Sets the campaigns' ids (in DemoCampaigns::all() order) and their dates.
    void setCampaignIds(const std::vector<qint64> &ids);
    /// Sets the regions' calendars from the demo's routing configuration.
    void setCalendars(const RoutingConfig &routing);
    /// Sets the rules, the checklist and the allowed moves from the file's effective definition.
    void setDefinition(const Definition &definition);
};

} // namespace baton
