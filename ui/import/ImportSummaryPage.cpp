#include "import/ImportSummaryPage.h"

#include "import/RefusalModel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {

ImportSummaryPage::ImportSummaryPage(ImportDraft &draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_counts(new QLabel(this))
    , m_refusals(new RefusalModel(this))
    , m_table(new QTableView(this))
    , m_save(new QPushButton(tr("Save report as CSV\u2026"), this))
    , m_chooser([this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    })
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_table->setModel(m_refusals);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::saveReport);
}

void ImportSummaryPage::initializePage()
{
    if (!m_draft.result) {
        setSubTitle(QString());
        m_counts->setText(m_draft.failure);
        m_refusals->setRefusals({});
        m_table->hide();
        m_save->hide();
        return;
    }
    const ImportResult &result = *m_draft.result;
    const auto n = [](qint64 value) {
        return QLocale().toString(value);
    };
    setSubTitle(tr("%1: %2 rows read.").arg(QFileInfo(m_draft.path).fileName(), n(result.rows)));
    const bool leads = m_draft.kind == ImportKind::Leads;
    m_counts->setText(tr("Added: %1\nUpdated: %2\nSkipped: %3\nRefused: %4\nHanded over: %5\nRouted: %6")
                          .arg(n(result.added), n(result.updated), n(result.skipped), n(result.refused()),
                               n(result.handedOver), n(result.routed)) +
                      (leads ? QString() : tr("\n(events stored are counted as added)")));
    m_refusals->setRefusals(result.refusals);
    m_table->setVisible(!result.refusals.empty());
    m_save->setVisible(!result.refusals.empty());
    m_table->resizeColumnsToContents();
}

QString ImportSummaryPage::countsText() const
{
    return m_counts->text();
}

void ImportSummaryPage::saveReport()
{
    const QFileInfo source(m_draft.path);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral("-refused.csv"));
    const QString path = m_chooser(tr("Save the refused rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = m_refusals->saveCsv(path); !saved)
        QMessageBox::warning(this, tr("Report not saved"), saved.error().message);
}

} // namespace baton
