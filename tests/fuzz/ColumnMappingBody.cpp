#include "FuzzBodies.h"
#include "FuzzCheck.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/CsvRecord.h"
#include "import/EventRowMapper.h"
#include "import/ImportField.h"
#include "import/ImportHeader.h"
#include "import/ImportPreset.h"
#include "import/LeadRowMapper.h"

#include <QBuffer>
#include <QByteArray>

#include <array>
#include <optional>
#include <vector>

namespace baton::fuzz {
namespace {

/// 2026-06-01 12:00 UTC: a fixed "now", so that a row's fate does not depend on the day it runs.
constexpr qint64 now = 1780315200;
constexpr int rowLimit = 2000;
/// Past the longest input the fuzzer makes (-max_len): the file is read in one chunk.
constexpr qint64 chunkBytes = qint64{1} << 16;

void checkRefusals(const std::vector<ImportRefusal> &refusals, size_t from)
{
    for (size_t i = from; i < refusals.size(); ++i)
        check(!refusals[i].why.isEmpty(), "a refused row says why");
}

/// Maps every row of the file as the leads import (`events` false) or the events import reads it.
Result<void> mapRows(const QByteArray &csv, const ColumnMapping &mapping, bool events)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, chunkBytes);
    CsvRecord record;
    auto header = ImportHeader::read(reader, record);
    if (!header)
        return header.error();
    constexpr std::array<ImportField, 1> leadRequired{ImportField::Email};
    constexpr std::array<ImportField, 3> eventRequired{ImportField::Email, ImportField::EventType,
                                                       ImportField::EventTime};
    auto columns = events ? mapping.resolve(*header, eventFields, eventRequired)
                          : mapping.resolve(*header, leadFields, leadRequired);
    if (!columns)
        return columns.error();
    const LeadRowMapper leads(*columns, now);
    const EventRowMapper eventMapper(*columns, now);
    std::vector<ImportRefusal> refusals;
    for (int row = 0; row < rowLimit; ++row) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more || leads.isFooter(record))
            break;
        if (record.isEmpty())
            continue;
        const size_t before = refusals.size();
        if (events) {
            MappedEvent event;
            if (eventMapper.map(record, event, refusals)) {
                check(!event.email.empty(), "a mapped event has its lead's e-mail");
                check(event.at <= now, "a mapped event did not happen after now");
            } else {
                check(refusals.size() > before, "a refused event row says why");
            }
        } else if (auto lead = leads.map(record, refusals)) {
            check(!lead->lead.person.email.isEmpty(), "a mapped lead has an e-mail");
            Lead stored;
            LeadRowMapper::applyTo(*lead, stored);
        } else {
            check(refusals.size() > before, "a refused lead row says why");
        }
        checkRefusals(refusals, before);
    }
    return {};
}

} // namespace

FuzzOutcome columnMapping(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray separator("\n====\n");
    const qsizetype split = input.indexOf(separator);
    const QByteArray mappingText = split < 0 ? QByteArray() : input.left(split);
    const QByteArray csv = split < 0 ? input : input.mid(split + separator.size());

    std::optional<ColumnMapping> mapping = ImportPreset::named(QString::fromUtf8(mappingText.trimmed()));
    if (!mapping) {
        auto parsed = split < 0 ? Result<ColumnMapping>(ImportPreset::hubspot())
                                : ColumnMapping::fromJsonText(mappingText, QStringLiteral("mapping.json"));
        if (!parsed) {
            check(!parsed.error().message.isEmpty(), "a refused mapping says why");
            return {false, parsed.error().message};
        }
        mapping = *parsed;
        // What it writes, it reads back.
        auto again = ColumnMapping::fromJson(mapping->toJson());
        check(again.ok(), "a mapping written out reads back");
        check(again->columns == mapping->columns && again->dateFormats == mapping->dateFormats &&
                  again->timeZone == mapping->timeZone && again->footer == mapping->footer,
              "a mapping written out reads back the same");
    }
    FuzzOutcome outcome{true, {}};
    for (const bool events : {false, true}) {
        if (auto mapped = mapRows(csv, *mapping, events); !mapped) {
            check(!mapped.error().message.isEmpty(), "a refused file says why");
            outcome = {false, mapped.error().message};
        }
    }
    return outcome;
}

} // namespace baton::fuzz
