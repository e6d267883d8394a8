#pragma once

#include "import/ImportDraft.h"

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace baton {

class ColumnMappingEditor;

/// The wizard's first page: the CSV file, and how to read it (a preset, a saved mapping, or
/// columns mapped by hand). The preset that recognises the file's header is chosen for it.
class ImportSourcePage : public QWizardPage {
    Q_OBJECT

public:
    /// The preset combo's choices besides the presets' names.
    static inline const QString savedMapping = QStringLiteral("saved");
    static inline const QString mapColumns = QStringLiteral("map");
    static inline const QString eventColumns = QStringLiteral("events");

    /// (caption, suggested path, filter) to a path; empty when the person cancels.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;

    ImportSourcePage(ImportDraft &draft, const QString &folder, QWidget *parent = nullptr);

    /// Reads the file's header and chooses the preset that recognises it.
    void setFile(const QString &path);
    /// Chooses a preset by name (or savedMapping, mapColumns); false when there is none.
    bool choose(const QString &choice);
    /// Loads a saved mapping and chooses "Saved mapping…".
    bool loadMapping(const QString &path);

    void setOpenChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    QComboBox *presetCombo() const { return m_preset; }
    ColumnMappingEditor *mappingEditor() const { return m_editor; }
    QString message() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void choiceChanged();
    void showMessage(const QString &text, bool error);
    /// The mapping the current choice reads the file with.
    ColumnMapping chosenMapping() const;

    ImportDraft &m_draft;
    QString m_folder;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_preset;
    ColumnMappingEditor *m_editor;
    QLabel *m_message;
    std::optional<ColumnMapping> m_saved;
    QString m_savedPath;
    bool m_headerRead = false;
    FileChooser m_chooser;
};

} // namespace baton
