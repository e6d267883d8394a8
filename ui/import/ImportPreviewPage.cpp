#include "import/ImportPreviewPage.h"

#include "import/EventImporter.h"
#include "import/ImportPreviewModel.h"
#include "import/LeadImporter.h"
#include "session/Session.h"

#include <QButtonGroup>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {
namespace {

constexpr int previewRows = 10;

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportDraft &draft, Session &session, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_session(session)
    , m_model(new ImportPreviewModel(draft.kind, this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_update(new QRadioButton(tr("&Update them with the file's values (empty cells keep theirs)"), this))
    , m_skip(new QRadioButton(tr("&Skip them: the leads stay as they are"), this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as Baton will store them. Nothing is written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *duplicates = new QGroupBox(tr("Leads whose e-mail Baton already has"), this);
    auto *choices = new QVBoxLayout(duplicates);
    choices->addWidget(m_update);
    choices->addWidget(m_skip);
    auto *group = new QButtonGroup(this);
    group->addButton(m_update);
    group->addButton(m_skip);
    m_update->setChecked(true);
    duplicates->setVisible(draft.kind == ImportKind::Leads);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(duplicates);
}

void ImportPreviewPage::initializePage()
{
    m_ready = false;
    QFile file(m_draft.path);
    Result<ImportResult> preview =
        makeError(ErrorKind::Io, tr("Cannot read %1: %2.").arg(m_draft.path, file.errorString()));
    if (file.open(QIODevice::ReadOnly)) {
        if (m_draft.kind == ImportKind::Leads)
            preview = LeadImporter(m_session.database(), m_session.clock())
                          .preview(file, m_draft.mapping, previewRows);
        else
            preview = EventImporter(m_session.database(), m_session.clock())
                          .preview(file, previewRows, m_draft.mapping);
    }
    if (!preview) {
        m_model->setPreview({});
        m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_message->setText(preview.error().message);
        Q_EMIT completeChanged();
        return;
    }
    m_model->setPreview(*preview);
    m_table->clearSpans();
    m_table->resizeColumnsToContents();
    // A refused row has nothing but its reason: it runs across the row's empty cells.
    m_table->setColumnWidth(ImportPreviewModel::refusedColumn,
                            m_table->horizontalHeader()->sectionSizeHint(ImportPreviewModel::refusedColumn));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isRefused(row))
            m_table->setSpan(row, ImportPreviewModel::refusedColumn, 1, m_model->columnCount() - 1);
    }
    m_message->setStyleSheet(QString());
    const qint64 refused = preview->refused();
    const QString rows = m_model->rowCount() == 1
                             ? tr("The first row of the file, as mapped")
                             : tr("The first %1 rows of the file, as mapped").arg(m_model->rowCount());
    m_message->setText(refused == 0
                           ? rows + QLatin1Char('.')
                           : tr("%1; %2 refused (in red, with the reason). Refused rows are left out, "
                                "the rest imports.")
                                 .arg(rows)
                                 .arg(refused));
    if (const QString note = preview->encodingNote(); !note.isEmpty())
        m_message->setText(m_message->text() + QLatin1Char('\n') + note);
    m_ready = true;
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready;
}

bool ImportPreviewPage::validatePage()
{
    m_draft.options.duplicates = m_skip->isChecked() ? DuplicatePolicy::Skip : DuplicatePolicy::Update;
    return m_ready;
}

QString ImportPreviewPage::message() const
{
    return m_message->text();
}

} // namespace baton
