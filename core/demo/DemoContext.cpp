#include "demo/DemoContext.h"

#include "agreement/Definition.h"
#include "demo/DemoContent.h"
#include "demo/DemoPeople.h"
#include "domain/Lifecycle.h"
#include "routing/RoutingConfig.h"
#include "storage/Time.h"

namespace baton {
namespace {

DemoNameList nameList(std::span<const DemoName> names)
{
    DemoNameList list;
    std::vector<quint32> weights;
    for (const DemoName &name : names) {
        list.text.push_back(name.text);
        std::string ascii;
        for (char c : name.ascii.empty() ? name.text : name.ascii) {
            if (c >= 'A' && c <= 'Z')
                ascii.push_back(static_cast<char>(c - 'A' + 'a'));
            else if (c >= 'a' && c <= 'z')
                ascii.push_back(c);
        }
        list.ascii.push_back(std::move(ascii));
        weights.push_back(name.weight);
    }
    list.weights = DemoWeights(std::span<const quint32>(weights));
    return list;
}

} // namespace

DemoContext::DemoContext(quint64 seed, qint64 now, qint64 leads)
    : seed(seed)
    , now(now)
    , windowStart(now - windowDays * day)
    , today(fromStored(now).date().toString(Qt::ISODate).toStdString())
    , companies(seed, DemoCompanyPool::countFor(leads))
    , seniorities(DemoPeople::seniorityWeights())
    , pages(DemoWeights::of(DemoContent::pages()))
    , intentPages(DemoWeights::of(DemoContent::intentPages()))
    , assets(DemoWeights::of(DemoContent::assets()))
    , forms(DemoWeights::of(DemoContent::forms()))
    , demoRequests(DemoWeights::of(DemoContent::demoRequests()))
    , organicEntries(DemoWeights::of(DemoContent::organicEntries()))
{
    for (size_t seniority = 0; seniority < titles.size(); ++seniority)
        titles[seniority] = DemoWeights::of(DemoPeople::titles(seniority));
    for (DemoRegion region : allDemoRegions) {
        firstNames[static_cast<size_t>(region)] = nameList(DemoPeople::firstNames(region));
        lastNames[static_cast<size_t>(region)] = nameList(DemoPeople::lastNames(region));
    }
}

void DemoContext::setCampaignIds(const std::vector<qint64> &ids)
{
    const auto specs = DemoCampaigns::all();
    campaigns.clear();
    for (size_t i = 0; i < specs.size() && i < ids.size(); ++i) {
        DemoCampaignRun run;
        run.spec = &specs[i];
        run.id = ids[i];
        run.startsAt = windowStart + specs[i].startDay * day;
        const qint64 startDay = run.startsAt - run.startsAt % day;
        if (specs[i].type == DemoCampaignKind::Webinar) {
            run.liveAt =
                startDay + DemoCampaigns::webinarLiveAfterDays * day + DemoCampaigns::webinarLiveHour * hour;
        } else if (specs[i].type == DemoCampaignKind::Event) {
            run.liveAt = startDay + day + 9 * hour; // doors open the next morning
        } else {
            run.liveAt = run.startsAt;
        }
        campaigns.push_back(run);
    }
    for (auto &kind : campaignsByKind)
        kind.clear();
    for (const DemoCampaignRun &run : campaigns)
        campaignsByKind[static_cast<size_t>(run.spec->type)].push_back(&run);
}

void DemoContext::setCalendars(const RoutingConfig &routing)
{
    for (DemoRegion region : allDemoRegions) {
        const QString team = region == DemoRegion::Emea   ? QStringLiteral("EMEA")
                             : region == DemoRegion::Apac ? QStringLiteral("APAC")
                                                          : QStringLiteral("North America");
        if (const TeamSettings *settings = routing.team(team)) {
            calendars[static_cast<size_t>(region)] =
                BusinessCalendar(QTimeZone(settings->timeZone.toUtf8()), settings->hours, settings->holidays);
        }
    }
}

void DemoContext::setDefinition(const Definition &definition)
{
    scoreRules.clear();
    scoreRuleIndex.clear();
    const auto add = [this](const QString &key, const QString &name) {
        if (!scoreRuleIndex.contains(key)) {
            scoreRuleIndex.insert(key, static_cast<int>(scoreRules.size()));
            scoreRules.push_back(DemoScoreRule{key, name});
        }
    };
    // The keys Scorer::rulePoints gives.
    for (const FitRule &rule : definition.fitRules)
        add(QStringLiteral("fit:") + rule.id, rule.name);
    for (const EngagementRule &rule : definition.engagementRules)
        add(QStringLiteral("engagement:") + rule.id, rule.name);
    checklist.clear();
    for (const QualificationCriterion &item : definition.checklist)
        checklist.push_back(DemoCriterion{item.id.toStdString(), item.name.toStdString(), item.required});
    reopenRejected = Lifecycle::isAllowed(Stage::Rejected, Stage::Mql);
    reopenDisqualified = Lifecycle::isAllowed(Stage::Disqualified, Stage::Mql);
}

} // namespace baton
