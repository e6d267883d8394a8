#include "import/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace baton {
namespace {

/// How much of the file's start the encoding is decided on.
constexpr size_t detectionBytes = size_t{64} << 10;

/// Windows-1252's 0x80 to 0x9F, where it differs from Latin-1 (the five it leaves undefined are
/// kept as the C1 controls Latin-1 has there).
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(std::string_view bytes)
{
    QString text(static_cast<qsizetype>(bytes.size()), Qt::Uninitialized);
    QChar *out = text.data();
    for (char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        *out++ = code >= 0x80 && code <= 0x9F ? QChar(windows1252High[code - 0x80]) : QChar(code);
    }
    return text;
}

/// Whether the bytes are UTF-8, a character cut short at their end allowed (the next chunk has
/// the rest of it).
bool isUtf8(std::string_view bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    size_t end = bytes.size();
    // Back off a lead byte whose character continues beyond the chunk.
    for (size_t back = 1; back <= 3 && back <= end; ++back) {
        const auto code = static_cast<unsigned char>(bytes[end - back]);
        if ((code & 0xC0) == 0x80)
            continue;
        if (code >= 0xC0)
            end -= back;
        break;
    }
    const QString decoded = decoder.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(end)));
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

} // namespace

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LittleEndian:
    case Encoding::Utf16BigEndian:
        return QStringLiteral("UTF-16");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

qint64 CsvReader::bytesRead() const
{
    const qint64 read = m_consumed + static_cast<qint64>(m_pos);
    if (m_encoding == Encoding::Utf8)
        return read;
    // Transcoded: the share of what was read, in the device's bytes.
    const qint64 decoded = m_consumed + static_cast<qint64>(m_buffer.size());
    return decoded == 0 ? 0 : m_deviceBytes * read / decoded;
}

void CsvReader::detectEncoding()
{
    m_started = true;
    m_ahead.resize(detectionBytes);
    m_ahead.resize(static_cast<size_t>(readFully(m_ahead.data(), static_cast<qint64>(detectionBytes))));
    const std::string_view start(m_ahead);
    if (start.substr(0, 3) == "\xEF\xBB\xBF") {
        m_aheadPos = 3;
        m_consumed = 3;
        return;
    }
    if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF") {
        const bool little = start[0] == '\xFF';
        m_encoding = little ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian;
        m_decoder =
            std::make_unique<QStringDecoder>(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_aheadPos = 2;
        m_deviceBytes = 2;
        return;
    }
    if (!isUtf8(start))
        m_encoding = Encoding::Windows1252;
}

void CsvReader::transcodeFrom(size_t from)
{
    if (m_encoding == Encoding::Utf8)
        return;
    const std::string_view raw(m_buffer.data() + from, m_buffer.size() - from);
    QString text;
    if (m_encoding == Encoding::Windows1252) {
        text = fromWindows1252(raw);
    } else {
        text = m_decoder->decode(QByteArrayView(raw.data(), static_cast<qsizetype>(raw.size())));
        if (!m_heldSurrogate.isNull()) {
            text.prepend(m_heldSurrogate);
            m_heldSurrogate = QChar();
        }
        // A pair cut by the chunk's end is converted whole with the next chunk, or alone at the
        // end of the file.
        if (!m_end && !text.isEmpty() && text.back().isHighSurrogate()) {
            m_heldSurrogate = text.back();
            text.chop(1);
        }
    }
    const QByteArray utf8 = text.toUtf8();
    m_buffer.resize(from);
    m_buffer.append(utf8.constData(), static_cast<size_t>(utf8.size()));
}

CsvReader::CsvReader(QIODevice &device, qint64 chunkBytes)
    : m_device(device)
    , m_chunk(std::max<qint64>(chunkBytes, 64))
{}

qint64 CsvReader::readFully(char *into, qint64 want)
{
    qint64 got = 0;
    while (got < want) {
        const qint64 read = m_device.read(into + got, want - got);
        if (read <= 0)
            break;
        got += read;
    }
    return got;
}

qint64 CsvReader::readDevice(qint64 want)
{
    const size_t kept = m_buffer.size();
    const size_t ahead = std::min(m_ahead.size() - m_aheadPos, static_cast<size_t>(want));
    m_buffer.append(m_ahead, m_aheadPos, ahead);
    m_aheadPos += ahead;
    if (m_aheadPos == m_ahead.size()) {
        std::string().swap(m_ahead); // its memory too
        m_aheadPos = 0;
    }
    qint64 got = static_cast<qint64>(ahead);
    if (got < want) {
        m_buffer.resize(kept + static_cast<size_t>(want));
        got += readFully(m_buffer.data() + kept + got, want - got);
        m_buffer.resize(kept + static_cast<size_t>(got));
    }
    return got;
}

bool CsvReader::fill()
{
    m_consumed += static_cast<qint64>(m_pos);
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    if (!m_started)
        detectEncoding();
    while (!m_end) {
        const size_t kept = m_buffer.size();
        const qint64 got = readDevice(m_chunk);
        if (got == 0) {
            m_end = true;
            transcodeFrom(kept); // a UTF-16 half pair held back is all that is left
            break;
        }
        m_deviceBytes += got;
        transcodeFrom(kept);
        if (m_pos < m_buffer.size())
            return true;
        // A UTF-16 chunk of a lone half character decodes to nothing yet: read on.
    }
    return m_pos < m_buffer.size();
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    record.line = m_line;
    record.number = ++m_records;
    record.count = 0;

    auto newField = [&record]() -> std::string & {
        if (record.count == record.fields.size())
            record.fields.emplace_back();
        std::string &field = record.fields[record.count++];
        field.clear();
        return field;
    };

    std::string *field = &newField();
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return true; // the last record has no line end
        const char c = m_buffer[m_pos];
        if (c == '"' && field->empty()) {
            // Quoted field: up to the closing quote; "" is one quote, line breaks are kept.
            const qint64 openedOn = m_line;
            ++m_pos;
            for (;;) {
                if (m_pos >= m_buffer.size() && !fill()) {
                    return makeError(ErrorKind::InvalidInput,
                                     QStringLiteral("Line %1 opens a quoted field that is never closed: the "
                                                    "file is cut short or a quote is missing.")
                                         .arg(openedOn));
                }
                const char *begin = m_buffer.data() + m_pos;
                const size_t at = m_buffer.find('"', m_pos);
                const bool quote = at != std::string::npos;
                const size_t span = (quote ? at : m_buffer.size()) - m_pos;
                for (size_t i = 0; i < span; ++i) {
                    if (begin[i] == '\n')
                        ++m_line;
                }
                field->append(begin, span);
                m_pos += span;
                if (!quote)
                    continue;
                ++m_pos; // past the quote
                if (m_pos >= m_buffer.size() && !fill())
                    return true;
                if (m_buffer[m_pos] == '"') {
                    field->push_back('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            continue; // what follows the closing quote: a separator, a line end or stray text
        }
        if (c == ',') {
            ++m_pos;
            field = &newField();
            continue;
        }
        if (c == '\n' || c == '\r') {
            ++m_pos;
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer[m_pos] == '\n')
                    ++m_pos;
            }
            ++m_line;
            return true;
        }
        // Unquoted text: up to the next separator or line end.
        const char *begin = m_buffer.data() + m_pos;
        const char *end = m_buffer.data() + m_buffer.size();
        const char *stop = begin;
        while (stop != end && *stop != ',' && *stop != '\n' && *stop != '\r')
            ++stop;
        field->append(begin, static_cast<size_t>(stop - begin));
        m_pos += static_cast<size_t>(stop - begin);
    }
}

} // namespace baton
