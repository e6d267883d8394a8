#include "import/CsvReader.h"

#include <QIODevice>

#include <algorithm>

namespace baton {

CsvReader::CsvReader(QIODevice &device, qint64 chunkBytes)
    : m_device(device)
    , m_chunk(std::max<qint64>(chunkBytes, 64))
{}

bool CsvReader::fill()
{
    if (m_end)
        return false;
    m_consumed += static_cast<qint64>(m_pos);
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    const size_t kept = m_buffer.size();
    m_buffer.resize(kept + static_cast<size_t>(m_chunk));
    const qint64 got = m_device.read(m_buffer.data() + kept, m_chunk);
    m_buffer.resize(kept + static_cast<size_t>(std::max<qint64>(got, 0)));
    if (got <= 0) {
        m_end = true;
        return false;
    }
    if (!m_started && m_buffer.size() >= 3) {
        m_started = true;
        if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_pos = 3;
    }
    return true;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    if (!m_started) { // a file shorter than a byte order mark
        m_started = true;
        if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_pos = 3;
        if (m_pos >= m_buffer.size())
            return false;
    }
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
