#include "demo/DemoGenerator.h"

#include "agreement/Scorer.h"
#include "common/FixedClock.h"
#include "demo/DemoAgreement.h"
#include "demo/DemoCampaigns.h"
#include "demo/DemoContext.h"
#include "demo/DemoDates.h"
#include "demo/DemoLeadBuilder.h"
#include "demo/DemoLeadRecord.h"
#include "demo/DemoProducer.h"
#include "demo/DemoRouting.h"
#include "demo/DemoTeam.h"
#include "services/AgreementService.h"
#include "storage/DemoWriter.h"
#include "storage/ReasonRepository.h"
#include "storage/Time.h"

#include <QElapsedTimer>

#include <string_view>
#include <unordered_map>

namespace baton {
namespace {

constexpr qint64 maxLeads = 100'000'000;
constexpr qint64 progressEvery = 8192;
constexpr size_t batchSize = 256;

Result<void> readReasons(Database &db, DemoReasons &reasons)
{
    ReasonRepository repository(db);
    for (auto [stage, exit] : {std::pair{Stage::Rejected, DemoExit::Rejected},
                               std::pair{Stage::Disqualified, DemoExit::Disqualified},
                               std::pair{Stage::Recycled, DemoExit::Recycled}}) {
        auto list = repository.forStage(stage);
        if (!list)
            return list.error();
        for (const Reason &reason : *list)
            reasons.add(exit, reason.code.toStdString(), reason.noteRequired);
    }
    reasons.finish();
    return {};
}

Result<void> addTeam(DemoWriter &writer, DemoStaff &staff)
{
    std::array<std::vector<quint32>, 4> capacities;
    std::vector<std::pair<std::string_view, qint64>> sdrTeams;
    std::unordered_map<std::string_view, qint64> managerOfTeam;
    for (const DemoMember &member : DemoTeam::roster()) {
        auto id = writer.addUser(member.login, member.name, member.role, member.team);
        if (!id)
            return id.error();
        staff.names[*id] = std::string(member.name);
        if (member.role == "sdr") {
            staff.sdrRegions[*id] = member.covers;
            staff.sdrs[static_cast<size_t>(member.covers)].push_back(*id);
            capacities[static_cast<size_t>(member.covers)].push_back(member.capacity);
            staff.acceptsBeforeContact[*id] = member.acceptsBeforeContact;
            sdrTeams.emplace_back(member.team, *id);
        } else if (member.role == "marketing_manager") {
            staff.marketingManagers.push_back(*id);
        } else if (member.role == "sales_manager") {
            staff.salesManagers.push_back(*id);
            managerOfTeam.emplace(member.team, *id);
        }
    }
    for (const auto &[team, sdr] : sdrTeams) {
        if (const auto manager = managerOfTeam.find(team); manager != managerOfTeam.end())
            staff.managers[sdr] = manager->second;
    }
    for (size_t region = 0; region < capacities.size(); ++region)
        staff.sdrWeights[region] = DemoWeights(std::span<const quint32>(capacities[region]));
    return {};
}

Result<void> addCampaigns(DemoWriter &writer, DemoContext &context)
{
    std::vector<qint64> ids;
    for (const DemoCampaignSpec &spec : DemoCampaigns::all()) {
        std::string startedOn;
        appendIsoDate(startedOn, context.windowStart + spec.startDay * DemoContext::day);
        auto id = writer.addCampaign(spec.name, spec.kind, startedOn);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    context.setCampaignIds(ids);
    return {};
}

Result<void> refuseFileWithLeads(DemoWriter &writer)
{
    auto hasLeads = writer.hasLeads();
    if (!hasLeads)
        return hasLeads.error();
    if (*hasLeads) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("This file already has leads. Demo data goes into a new, empty "
                                        "file: give a new file name."));
    }
    return {};
}

Error cancelled()
{
    return makeError(ErrorKind::Cancelled,
                     QStringLiteral("Making demo data was cancelled. Nothing was written to the file."));
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (options.leads < 0 || options.leads > maxLeads) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Ask for between 0 and %1 demo leads.").arg(maxLeads));
    }
    if (options.eventsPerLead < 4 || options.eventsPerLead > 40) {
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("Ask for 4 to 40 events per lead on average, not %1.").arg(options.eventsPerLead));
    }
    if (!options.now.isValid()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Demo data needs the time its 12 weeks of history end at."));
    }

    DemoWriter writer(db);
    BATON_TRY(refuseFileWithLeads(writer));
    DemoContext context(options.seed, toStored(options.now), options.leads);
    BATON_TRY(readReasons(db, context.reasons));
    const FixedClock clock(options.now);
    auto effective = AgreementService(db, clock).effective();
    if (!effective)
        return effective.error();
    const Scorer scorer(effective->definition);
    context.scorer = &scorer;
    for (const MeaningfulContact &contact : effective->definition.meaningfulContacts) {
        for (const QString &outcome : contact.outcomes)
            context.meaningfulContacts.emplace_back(activityTypeName(contact.activityType).toStdString(),
                                                    outcome.toStdString());
    }
    for (const SlaTier &tier : effective->definition.slaTiers) {
        std::vector<std::string> names;
        for (EventType type : tier.events)
            names.push_back(eventTypeName(type).toStdString());
        context.tierEvents.push_back(std::move(names));
    }
    context.setDefinition(effective->definition);
    context.eventsPerLead = options.eventsPerLead;
    context.definitionNumber = effective->number;
    BATON_TRY(writer.begin());
    writer.setScoreRules(context.scoreRules);
    BATON_TRY(refuseFileWithLeads(writer)); // again, now that the write lock is ours
    BATON_TRY(addTeam(writer, context.staff));
    BATON_TRY(addCampaigns(writer, context));
    BATON_TRY(DemoRouting::write(db, context));
    context.setCalendars(DemoRouting::config(context));
    auto round = DemoAgreement::write(db, context);
    if (!round)
        return round.error();
    if (*round) {
        context.laterDefinitionNumber = (*round)->effectiveNumber;
        context.laterDefinitionFrom = (*round)->effectiveFrom;
    }

    DemoSummary summary;
    summary.users = static_cast<qint64>(DemoTeam::roster().size());
    summary.campaigns = static_cast<qint64>(DemoCampaigns::all().size());
    const auto report = [&](qint64 done) {
        return !options.progress || options.progress(done, options.leads);
    };
    if (!report(0)) {
        writer.rollback();
        return cancelled();
    }

    const DemoLeadBuilder builder(context);
    DemoProducer producer(builder, options.leads, batchSize);
    qint64 done = 0;
    for (auto batch = producer.next(); !batch.empty(); batch = producer.next()) {
        BATON_TRY(writer.addLeads(batch));
        for (const DemoLeadRecord &record : batch) {
            summary.events += static_cast<qint64>(record.events.size());
            summary.stageChanges += static_cast<qint64>(record.stageChanges.size());
            summary.activities += static_cast<qint64>(record.activities.size());
        }
        const qint64 before = done;
        done += static_cast<qint64>(batch.size());
        if (done / progressEvery != before / progressEvery && !report(done)) {
            writer.rollback();
            return cancelled();
        }
    }
    summary.leads = options.leads;
    if (!report(options.leads)) {
        writer.rollback();
        return cancelled();
    }
    BATON_TRY(writer.commit());
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace baton
