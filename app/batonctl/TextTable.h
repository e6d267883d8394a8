#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace baton::cli {

/// A plain text table with aligned columns, for terminals and `column`-free scripts.
class TextTable {
public:
    enum class Align { Left, Right };

    struct Column {
        QString header;
        Align align = Align::Left;
        qsizetype maxWidth = 40; ///< longer cells are cut with "…"
    };

    explicit TextTable(QList<Column> columns);

    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }
    /// Writes the header, a rule and the rows; no trailing spaces.
    void write(QTextStream &out) const;

private:
    QString line(const QStringList &cells, const QList<qsizetype> &widths) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace baton::cli
