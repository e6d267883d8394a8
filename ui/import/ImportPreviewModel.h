#pragma once

#include "import/ImportKind.h"
#include "import/ImportResult.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace baton {

/// The first rows of an import file as Baton would store them: a column per Baton field, and a
/// row refused by the import shown in its place with the reason in "Refused" (the column after
/// "Row", which the view spans across the row's empty cells).
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ImportPreviewModel(ImportKind kind, QObject *parent = nullptr);

    void setPreview(const ImportResult &preview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The column headed `title`, or -1.
    int column(const QString &title) const;
    bool isRefused(int row) const;
    static constexpr int refusedColumn = 1;

private:
    struct Line {
        qint64 row = 0;
        QStringList cells; ///< one per column
        bool refused = false;
    };

    QStringList cellsOf(const PreviewRow &row) const;

    ImportKind m_kind;
    QStringList m_titles;
    std::vector<Line> m_lines;
};

} // namespace baton
