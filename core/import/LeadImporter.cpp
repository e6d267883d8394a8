#include "import/LeadImporter.h"

#include "common/Clock.h"
#include "import/CsvReader.h"
#include "import/ImportAudit.h"
#include "import/ImportHandoffs.h"
#include "import/ImportHeader.h"
#include "import/LeadRowMapper.h"
#include "services/AgreementService.h"
#include "storage/ImportRepository.h"
#include "storage/LargeWriteCache.h"
#include "storage/LeadRepository.h"
#include "storage/Time.h"
#include "storage/Transaction.h"

#include <QIODevice>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton {
namespace {

constexpr std::array<ImportField, 1> required{ImportField::Email};
constexpr qint64 largeFileBytes = qint64{4} << 20;

Error cancelled()
{
    return makeError(ErrorKind::Cancelled,
                     QStringLiteral("The import was stopped; no lead was added or changed."));
}

/// A lead the file changed, for judging once every row is in.
struct Touched {
    Lead lead;
    QDateTime since;
    bool hasEvents = false;
};

} // namespace

Result<ImportResult> LeadImporter::preview(QIODevice &file, const ColumnMapping &mapping, int rows)
{
    CsvReader reader(file);
    CsvRecord record;
    auto header = ImportHeader::read(reader, record);
    if (!header)
        return header.error();
    auto columns = mapping.resolve(*header, leadFields, required);
    if (!columns)
        return columns.error();
    const LeadRowMapper mapper(*columns, toStored(m_clock.now()));
    ImportResult result;
    result.dryRun = true;
    result.encoding = CsvReader::encodingName(reader.encoding());
    while (static_cast<int>(result.preview.size()) < rows) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more || mapper.isFooter(record))
            break;
        if (record.isEmpty())
            continue;
        ++result.rows;
        if (auto row = mapper.map(record, result.refusals))
            result.preview.push_back(PreviewRow{record.line, row->lead, {}, {}, row->campaign});
    }
    return result;
}

Result<ImportResult> LeadImporter::run(QIODevice &file, const ColumnMapping &mapping,
                                       const ImportOptions &options, const TaskControl &control)
{
    auto effective = AgreementService(m_db, m_clock).effective();
    if (!effective)
        return effective.error();
    const QDateTime now = m_clock.now();
    CsvReader reader(file);
    CsvRecord record;
    auto header = ImportHeader::read(reader, record);
    if (!header)
        return header.error();
    auto columns = mapping.resolve(*header, leadFields, required);
    if (!columns)
        return columns.error();
    const LeadRowMapper mapper(*columns, toStored(now));
    const qint64 size = file.isSequential() ? 0 : file.size();

    std::optional<LargeWriteCache> cache;
    if (size > largeFileBytes)
        cache.emplace(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    ImportRepository imports(m_db);
    LeadRepository leads(m_db);

    ImportResult result;
    result.dryRun = options.dryRun;
    result.encoding = CsvReader::encodingName(reader.encoding());
    // A lead the file adds is judged as soon as it is stored, so that a file of a million new
    // leads holds none of them in memory; a lead it changes is judged once every row is in.
    ImportHandoffs handoffs(m_db, *effective, now, HandoffTrigger::Reevaluation);
    std::vector<Touched> touched;
    std::unordered_map<QString, size_t> byEmail; // touched index, or one of the two marks below
    constexpr size_t skippedLead = static_cast<size_t>(-1);
    constexpr size_t addedLead = static_cast<size_t>(-2); // added by an earlier row, judged then
    control.report(0, size);
    for (;;) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more || mapper.isFooter(record))
            break;
        if (record.isEmpty())
            continue;
        if (++result.rows % 1024 == 0) {
            if (control.cancelled())
                return cancelled();
            control.report(reader.bytesRead(), size);
        }
        auto row = mapper.map(record, result.refusals);
        if (!row)
            continue;
        if (static_cast<int>(result.preview.size()) < options.previewRows)
            result.preview.push_back(PreviewRow{record.line, row->lead, {}, {}, row->campaign});
        if (!row->campaign.isEmpty()) {
            auto campaign = imports.campaignId(row->campaign);
            if (!campaign)
                return campaign.error();
            row->lead.campaignId = *campaign;
        }

        const QString &email = row->lead.person.email;
        auto seen = byEmail.find(email);
        const bool known = seen != byEmail.end();
        if (known && (seen->second == skippedLead || options.duplicates == DuplicatePolicy::Skip)) {
            ++result.skipped;
            continue;
        }
        if (!known || seen->second == addedLead) {
            const QByteArray key = email.toUtf8();
            auto stored =
                imports.findByEmail(std::string_view(key.constData(), static_cast<size_t>(key.size())));
            if (!stored)
                return stored.error();
            if (!*stored) {
                Lead lead = std::move(row->lead);
                auto id = leads.insert(lead);
                if (!id)
                    return id.error();
                lead.id = *id;
                ++result.added;
                BATON_TRY(handoffs.consider(lead, {}, lead.createdAt));
                byEmail.emplace(email, addedLead);
                continue;
            }
            if (options.duplicates == DuplicatePolicy::Skip) { // a lead already in the file
                ++result.skipped;
                byEmail.emplace(email, skippedLead);
                continue;
            }
            touched.push_back(
                Touched{std::move((*stored)->lead), (*stored)->stageSince, (*stored)->hasEvents});
            seen = byEmail.insert_or_assign(email, touched.size() - 1).first;
        }
        Lead &lead = touched[seen->second].lead;
        LeadRowMapper::applyTo(*row, lead);
        BATON_TRY(imports.updateLead(lead));
        ++lead.version;
        ++result.updated;
    }
    if (control.cancelled())
        return cancelled();

    for (size_t i = 0; i < touched.size(); ++i) {
        const Touched &lead = touched[i];
        if (i % 1024 == 0 && control.cancelled())
            return cancelled();
        std::vector<EngagementEvent> events;
        if (lead.hasEvents) {
            auto stored = leads.events(lead.lead.id);
            if (!stored)
                return stored.error();
            events = std::move(stored).value();
        }
        BATON_TRY(handoffs.consider(lead.lead, events, lead.since));
    }
    BATON_TRY(handoffs.finish());
    result.handedOver = handoffs.handedOver();
    result.routed = handoffs.routed();
    if (control.cancelled())
        return cancelled();
    control.report(size, size);
    BATON_TRY(ImportAudit::record(m_db, now, options.actorId, file, QStringLiteral("leads"), result));
    if (!options.dryRun)
        BATON_TRY(transaction->commit());
    return result;
}

} // namespace baton
