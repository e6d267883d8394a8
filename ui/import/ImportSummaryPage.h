#pragma once

#include "import/ImportDraft.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace baton {

class RefusalModel;

/// The wizard's last page: what the import did (added, updated, skipped, refused, handed over,
/// routed), the refused rows with "Save report as CSV…", or why nothing was imported.
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;

    /// (caption, suggested path, filter) to a path; empty when the person cancels.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    void setSaveChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    QString countsText() const;
    RefusalModel *refusals() const { return m_refusals; }
    QTableView *refusalTable() const { return m_table; }
    QPushButton *saveReportButton() const { return m_save; }

private:
    void saveReport();

    ImportDraft &m_draft;
    QLabel *m_counts;
    RefusalModel *m_refusals;
    QTableView *m_table;
    QPushButton *m_save;
    FileChooser m_chooser;
};

} // namespace baton
