#include "TextTable.h"

#include "TextFormat.h"

#include <algorithm>

namespace baton::cli {
namespace {

const QString gap = QStringLiteral("  ");

} // namespace

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        QString cell = i < cells.size() ? cells.at(i) : QString();
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
        row << TextFormat::elide(cell, m_columns.at(i).maxWidth);
    }
    m_rows.append(row);
}

void TextTable::write(QTextStream &out) const
{
    QList<qsizetype> widths;
    QStringList headers;
    for (const Column &column : m_columns) {
        widths << column.header.size();
        headers << column.header;
    }
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }

    out << line(headers, widths) << '\n';
    QStringList rules;
    for (qsizetype width : widths)
        rules << QString(width, QLatin1Char('-'));
    out << rules.join(gap) << '\n';
    for (const QStringList &row : m_rows)
        out << line(row, widths) << '\n';
}

QString TextTable::line(const QStringList &cells, const QList<qsizetype> &widths) const
{
    QStringList padded;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        padded << (m_columns.at(i).align == Align::Right ? cells.at(i).rightJustified(widths.at(i))
                                                         : cells.at(i).leftJustified(widths.at(i)));
    }
    QString text = padded.join(gap);
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace baton::cli
