#include "FuzzBodies.h"
#include "FuzzCheck.h"
#include "import/CsvReader.h"
#include "import/CsvRecord.h"

#include <QBuffer>
#include <QByteArray>

#include <algorithm>
#include <string>
#include <vector>

namespace baton::fuzz {
namespace {

struct Reading {
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines;
    bool ok = true;
    QString error;
};

Reading read(const QByteArray &bytes, qint64 chunk)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, chunk);
    CsvRecord record;
    Reading reading;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            reading.ok = false;
            reading.error = more.error().message;
            break;
        }
        if (!*more)
            break;
        check(record.count <= record.fields.size(), "a record uses no more fields than it holds");
        reading.records.emplace_back(record.fields.begin(),
                                     record.fields.begin() + static_cast<std::ptrdiff_t>(record.count));
        reading.lines.push_back(record.line);
        check(reader.bytesRead() <= bytes.size(), "the reader never counts more bytes than the file has");
    }
    return reading;
}

} // namespace

FuzzOutcome csvReader(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Reading whole = read(bytes, std::max<qint64>(bytes.size(), 1));
    const Reading tiny = read(bytes, 3);
    check(whole.ok == tiny.ok, "tiny chunks fail when one big chunk does");
    check(whole.records == tiny.records, "tiny chunks read the same records as one big chunk");
    check(whole.lines == tiny.lines, "tiny chunks give each record the same line");
    check(whole.error == tiny.error, "tiny chunks fail with the same message");
    check(whole.ok || !whole.error.isEmpty(), "a failure says what went wrong");
    return {whole.ok, whole.error};
}

} // namespace baton::fuzz
