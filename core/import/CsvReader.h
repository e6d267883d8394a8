#pragma once

#include "common/Result.h"
#include "import/CsvRecord.h"

#include <string>

class QIODevice;

namespace baton {

/// Reads RFC 4180 CSV from a device, a record at a time, without holding the file: UTF-8 with or
/// without a byte order mark, CRLF or LF line ends, quoted fields holding commas, doubled quotes
/// and line breaks. A quote inside an unquoted field is kept as a character, as spreadsheets
/// write it; text after a closing quote is kept too. A quoted field still open at the end of the
/// file is an error that names the line it opened on.
class CsvReader {
public:
    explicit CsvReader(QIODevice &device, qint64 chunkBytes = qint64{1} << 20);

    /// The next record into `record`; false at the end of the file.
    Result<bool> next(CsvRecord &record);
    /// Bytes consumed so far, for progress against the device's size.
    qint64 bytesRead() const { return m_consumed + static_cast<qint64>(m_pos); }

private:
    /// Reads more of the device after the unread rest; false when nothing more came.
    bool fill();

    QIODevice &m_device;
    qint64 m_chunk;
    std::string m_buffer;
    size_t m_pos = 0;
    bool m_end = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_records = 0;
    qint64 m_consumed = 0;
};

} // namespace baton
