#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace baton {

/// CSV as RFC 4180 has it, for spreadsheets and scripts: fields separated by commas, a field
/// with a comma, a double quote or a line break quoted (its quotes doubled), lines ended by CRLF.
class CsvWriter {
public:
    explicit CsvWriter(QTextStream &out)
        : m_out(out)
    {}

    void writeRow(const QStringList &fields);
    /// One field as it goes into a line.
    static QString field(const QString &text);

private:
    QTextStream &m_out;
};

} // namespace baton
