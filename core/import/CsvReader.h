#pragma once

#include "common/Result.h"
#include "import/CsvRecord.h"

#include <QString>
#include <QStringDecoder>

#include <memory>
#include <string>

class QIODevice;

namespace baton {

/// Reads RFC 4180 CSV from a device, a record at a time, without holding the file: UTF-8 with or
/// without a byte order mark, UTF-16 with one (Excel's "Unicode" save), and Windows-1252 (what
/// older spreadsheets write) when the start of the file is not valid UTF-8; fields come out in
/// UTF-8 whatever the file's encoding. The encoding is decided on the file's first 64 KiB (all of
/// it when shorter) whatever the chunk size, so a file reads the same in any chunks. CRLF or LF
/// line ends, quoted fields holding commas, doubled quotes and line breaks. A quote inside an
/// unquoted field is kept as a character, as spreadsheets write it; text after a closing quote is
/// kept too. A quoted field still open at the end of the file is an error that names the line it
/// opened on.
class CsvReader {
public:
    enum class Encoding { Utf8, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

    explicit CsvReader(QIODevice &device, qint64 chunkBytes = qint64{1} << 20);

    /// The next record into `record`; false at the end of the file.
    Result<bool> next(CsvRecord &record);
    /// Bytes consumed so far, for progress against the device's size.
    qint64 bytesRead() const;
    /// How the file is read, known once the first record was asked for.
    Encoding encoding() const { return m_encoding; }
    /// "UTF-8", "UTF-16" or "Windows-1252".
    static QString encodingName(Encoding encoding);

private:
    /// Reads more of the device after the unread rest; false when nothing more came.
    bool fill();
    /// Reads the file's first bytes ahead and decides the encoding from them.
    void detectEncoding();
    /// Reads the device into `into` until `want` bytes came or it has no more; how many came.
    qint64 readFully(char *into, qint64 want);
    /// Appends up to `want` bytes of the file to m_buffer, those read ahead first; how many came
    /// (0 at its end).
    qint64 readDevice(qint64 want);
    /// Turns the bytes from `from` on, as read from the device, into UTF-8.
    void transcodeFrom(size_t from);

    QIODevice &m_device;
    qint64 m_chunk;
    std::string m_buffer;
    size_t m_pos = 0;
    bool m_end = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_records = 0;
    qint64 m_consumed = 0;
    qint64 m_deviceBytes = 0; ///< read from the device so far
    Encoding m_encoding = Encoding::Utf8;
    std::unique_ptr<QStringDecoder> m_decoder; ///< UTF-16's, which keeps a split code unit
    QChar m_heldSurrogate;                     ///< a UTF-16 pair's first half, its second in the next chunk
    std::string m_ahead;                       ///< the file's start, read to decide the encoding
    size_t m_aheadPos = 0;                     ///< how much of m_ahead went into m_buffer
};

} // namespace baton
