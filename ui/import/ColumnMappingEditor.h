#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportKind.h"

#include <QWidget>

#include <functional>
#include <map>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace baton {

/// "Map columns…": a combo per Baton field listing the file's headers, the date formats, and
/// "Save mapping…" to keep the mapping as a JSON file for the next export of the same kind.
class ColumnMappingEditor : public QWidget {
    Q_OBJECT

public:
    explicit ColumnMappingEditor(ImportKind kind, QWidget *parent = nullptr);

    /// Lists the header in every combo and chooses, for each field, the column `start` reads it
    /// from (or the header named like the field).
    void setHeader(const QStringList &header, const ColumnMapping &start);
    ColumnMapping mapping() const;

    QComboBox *fieldCombo(ImportField field) const;
    QLineEdit *dateFormatsEdit() const { return m_dateFormats; }
    QPushButton *saveButton() const { return m_save; }

    /// (caption, suggested path, filter) to a path; empty when the person cancels.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    void setSaveChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    void changed();

private:
    void save();

    ImportKind m_kind;
    std::map<ImportField, QComboBox *> m_combos;
    QLineEdit *m_dateFormats;
    QPushButton *m_save;
    FileChooser m_chooser;
};

} // namespace baton
