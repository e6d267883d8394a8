#include "import/EventImporter.h"

#include "common/Clock.h"
#include "common/TextHash.h"
#include "import/CsvReader.h"
#include "import/EmailIndex.h"
#include "import/EventRowMapper.h"
#include "import/ImportAudit.h"
#include "import/ImportHandoffs.h"
#include "import/ImportHeader.h"
#include "services/AgreementService.h"
#include "services/HandoffRecorder.h"
#include "storage/ImportRepository.h"
#include "storage/LargeWriteCache.h"
#include "storage/LeadRepository.h"
#include "storage/Time.h"
#include "storage/Transaction.h"

#include <QIODevice>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton {
namespace {

constexpr std::array<ImportField, 3> required{ImportField::Email, ImportField::EventType,
                                              ImportField::EventTime};
constexpr qint64 largeFileBytes = qint64{4} << 20;

Error cancelled()
{
    return makeError(ErrorKind::Cancelled, QStringLiteral("The import was stopped; no event was kept."));
}

/// An event of the file kept to judge its lead, compact until the lead is judged.
struct KeptEvent {
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> campaignId;
    const QString *detail = nullptr; ///< shared by the events with the same detail
    EventType type = EventType::PageView;
};

/// The kept events as the judge reads them, oldest first.
std::vector<EngagementEvent> judged(std::vector<KeptEvent> kept, qint64 leadId)
{
    std::stable_sort(kept.begin(), kept.end(),
                     [](const KeptEvent &a, const KeptEvent &b) { return a.at < b.at; });
    std::vector<EngagementEvent> events(kept.size());
    for (size_t n = 0; n < kept.size(); ++n) {
        EngagementEvent &event = events[n];
        event.id = kept[n].id;
        event.leadId = leadId;
        event.type = kept[n].type;
        event.occurredAt = fromStored(kept[n].at);
        if (kept[n].detail != nullptr)
            event.detail = *kept[n].detail;
        event.campaignId = kept[n].campaignId;
    }
    return events;
}

/// A lead the file names, found once by its e-mail.
struct Target {
    Lead lead; ///< id 0: no lead has the e-mail
    QDateTime since;
    bool hadEvents = false; ///< it had events before the import: they are read back to judge it
    bool eligible = false;
    bool touched = false;
    qint64 latest = 0;
    std::vector<KeptEvent> events; ///< the file's events, for a lead that had none before
};

} // namespace

Result<ImportResult> EventImporter::preview(QIODevice &file, int rows, const ColumnMapping &mapping)
{
    CsvReader reader(file);
    CsvRecord record;
    auto header = ImportHeader::read(reader, record);
    if (!header)
        return header.error();
    auto columns = mapping.resolve(*header, eventFields, required);
    if (!columns)
        return columns.error();
    const EventRowMapper mapper(*columns, toStored(m_clock.now()));
    ImportRepository imports(m_db);
    ImportResult result;
    result.dryRun = true;
    result.encoding = CsvReader::encodingName(reader.encoding());
    MappedEvent event;
    while (static_cast<int>(result.preview.size()) < rows) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (record.isEmpty())
            continue;
        ++result.rows;
        if (!mapper.map(record, event, result.refusals))
            continue;
        PreviewRow row;
        row.row = record.line;
        row.email = QString::fromStdString(event.email);
        row.campaign = event.campaign;
        row.event.type = event.type;
        row.event.occurredAt = fromStored(event.at);
        row.event.detail =
            QString::fromUtf8(event.detail.data(), static_cast<qsizetype>(event.detail.size()));
        auto stored = imports.findByEmail(event.email);
        if (!stored)
            return stored.error();
        if (*stored)
            row.event.leadId = (*stored)->lead.id;
        result.preview.push_back(std::move(row));
    }
    return result;
}

Result<ImportResult> EventImporter::run(QIODevice &file, const ImportOptions &options,
                                        const TaskControl &control, const ColumnMapping &mapping)
{
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    const QDateTime now = m_clock.now();
    const QDate today = now.toUTC().date();
    CsvReader reader(file);
    CsvRecord record;
    auto header = ImportHeader::read(reader, record);
    if (!header)
        return header.error();
    auto columns = mapping.resolve(*header, eventFields, required);
    if (!columns)
        return columns.error();
    const EventRowMapper mapper(*columns, toStored(now));
    const qint64 size = file.isSequential() ? 0 : file.size();

    std::optional<LargeWriteCache> cache;
    if (size > largeFileBytes)
        cache.emplace(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    ImportRepository imports(m_db);

    ImportResult result;
    result.dryRun = options.dryRun;
    result.encoding = CsvReader::encodingName(reader.encoding());
    std::vector<Target> targets;
    std::vector<size_t> touched;
    EmailIndex byEmail; // each e-mail's position in targets
    // Each distinct detail as one shared QString.
    std::unordered_map<std::string, QString, TextHash, std::equal_to<>> details;
    std::unordered_map<QString, qint64> campaigns;
    MappedEvent event;
    control.report(0, size);
    for (;;) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (record.isEmpty())
            continue;
        if (++result.rows % 4096 == 0) {
            if (control.cancelled())
                return cancelled();
            control.report(reader.bytesRead(), size);
        }
        if (!mapper.map(record, event, result.refusals))
            continue;

        const auto [position, added] = byEmail.emplace(event.email);
        if (added) {
            auto stored = imports.findByEmail(event.email);
            if (!stored)
                return stored.error();
            Target target;
            if (*stored) {
                target.lead = std::move((*stored)->lead);
                target.since = (*stored)->stageSince;
                target.hadEvents = (*stored)->hasEvents;
                target.eligible = HandoffRecorder::isEligible(target.lead, today);
            }
            targets.push_back(std::move(target));
        }
        Target &target = targets[position];
        if (target.lead.id == 0) {
            const int column = columns->of(ImportField::Email);
            result.refusals.push_back(ImportRefusal{
                record.line, columns->headers.value(column), QString::fromStdString(event.email),
                QStringLiteral("No lead has this e-mail address; import the lead first.")});
            continue;
        }
        std::optional<qint64> campaignId;
        if (!event.campaign.isEmpty()) {
            auto known = campaigns.find(event.campaign);
            if (known == campaigns.end()) {
                auto id = imports.campaignId(event.campaign);
                if (!id)
                    return id.error();
                known = campaigns.emplace(event.campaign, *id).first;
            }
            campaignId = known->second;
        }
        qint64 detailId = 0;
        if (!event.detail.empty()) {
            auto id = imports.detailId(event.detail);
            if (!id)
                return id.error();
            detailId = *id;
        }
        auto id =
            imports.insertEvent(target.lead.id, event.type, event.at, event.detail, detailId, campaignId);
        if (!id)
            return id.error();
        ++result.added;
        if (static_cast<int>(result.preview.size()) < options.previewRows) {
            PreviewRow row;
            row.row = record.line;
            row.email = QString::fromStdString(event.email);
            row.campaign = event.campaign;
            row.event.id = *id;
            row.event.leadId = target.lead.id;
            row.event.type = event.type;
            row.event.occurredAt = fromStored(event.at);
            row.event.detail =
                QString::fromUtf8(event.detail.data(), static_cast<qsizetype>(event.detail.size()));
            result.preview.push_back(std::move(row));
        }
        if (!target.touched) {
            target.touched = true;
            touched.push_back(position);
        }
        target.latest = std::max(target.latest, event.at);
        if (target.eligible && !target.hadEvents) {
            KeptEvent kept;
            kept.id = *id;
            kept.at = event.at;
            kept.type = event.type;
            kept.campaignId = campaignId;
            if (detailId > 0) {
                // Node-based: the texts stay where they are as the map grows.
                auto text = details.find(event.detail);
                if (text == details.end()) {
                    text = details
                               .emplace(std::string(event.detail),
                                        QString::fromUtf8(event.detail.data(),
                                                          static_cast<qsizetype>(event.detail.size())))
                               .first;
                }
                kept.detail = &text->second;
            }
            target.events.push_back(kept);
        }
    }
    if (control.cancelled())
        return cancelled();

    LeadRepository leads(m_db);
    ImportHandoffs handoffs(m_db, *effective, now, HandoffTrigger::Event);
    for (size_t n = 0; n < touched.size(); ++n) {
        Target &target = targets[touched[n]];
        if (n % 1024 == 0 && control.cancelled())
            return cancelled();
        BATON_TRY(imports.raiseLastEventAt(target.lead.id, target.latest));
        if (!target.eligible)
            continue;
        std::vector<EngagementEvent> events;
        if (target.hadEvents) {
            auto stored = leads.events(target.lead.id);
            if (!stored)
                return stored.error();
            events = std::move(stored).value();
        } else {
            events = judged(std::move(target.events), target.lead.id);
        }
        BATON_TRY(handoffs.consider(target.lead, events, target.since));
    }
    BATON_TRY(handoffs.finish());
    result.handedOver = handoffs.handedOver();
    result.routed = handoffs.routed();
    if (control.cancelled())
        return cancelled();
    control.report(size, size);
    BATON_TRY(ImportAudit::record(m_db, now, options.actorId, file, QStringLiteral("events"), result));
    if (!options.dryRun)
        BATON_TRY(transaction->commit());
    return result;
}

} // namespace baton
