#include "agreement/ImpactPreviewPanel.h"

#include "agreement/AgreementText.h"
#include "agreement/BackgroundTask.h"
#include "agreement/ImpactPreviewText.h"
#include "agreement/ReasonImpactModel.h"
#include "services/AgreementService.h"
#include "services/ImpactPreviewService.h"
#include "session/Session.h"
#include "storage/DatabaseOpener.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {
namespace {

constexpr int defaultWeeks = 12;

/// On the task's thread: its own connection, then the preview.
Result<ImpactPreview> runPreview(const QString &path, const Clock &clock, int number, int weeks,
                                 const TaskControl &control)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    return ImpactPreviewService(**database, clock).preview(number, weeks, control);
}

/// The version a person most likely wants to preview: the newest open proposal, else the newest draft.
int preferredRow(const std::vector<DefinitionVersion> &newestFirst)
{
    for (size_t row = 0; row < newestFirst.size(); ++row) {
        if (newestFirst[row].status == VersionStatus::Proposed)
            return static_cast<int>(row);
    }
    for (size_t row = 0; row < newestFirst.size(); ++row) {
        if (newestFirst[row].status == VersionStatus::Draft)
            return static_cast<int>(row);
    }
    return newestFirst.empty() ? -1 : 0;
}

} // namespace

ImpactPreviewPanel::ImpactPreviewPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_version(new QComboBox(this))
    , m_weeks(new QSpinBox(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_reasonModel(new ReasonImpactModel(this))
    , m_reasons(new QTableView(this))
    , m_task(new BackgroundTask(this))
{
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_weeks->setRange(1, 104);
    m_weeks->setValue(defaultWeeks);
    m_weeks->setSuffix(tr(" weeks"));
    m_preview->setToolTip(tr("Replay the last weeks under this version and compare with what happened"));
    m_progress->setTextVisible(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setText(
        tr("Pick a draft or a proposal and press Preview to see what it would have done over the "
           "last weeks, against what happened."));
    m_reasons->setModel(m_reasonModel);
    m_reasons->verticalHeader()->hide();
    m_reasons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // never clip a title
    m_reasons->horizontalHeader()->setSectionResizeMode(ReasonImpactModel::ReasonColumn,
                                                        QHeaderView::Stretch);
    m_reasons->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_reasons->verticalHeader()->setDefaultSectionSize(m_reasons->fontMetrics().height() + 10);

    auto *controls = new QHBoxLayout;
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    auto *weeksLabel = new QLabel(tr("&Over the last"), this);
    weeksLabel->setBuddy(m_weeks);
    controls->addWidget(versionLabel);
    controls->addWidget(m_version);
    controls->addSpacing(12);
    controls->addWidget(weeksLabel);
    controls->addWidget(m_weeks);
    controls->addWidget(m_preview);
    controls->addStretch(1);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);

    auto *reasonsTitle = new QLabel(tr("Rejections by reason"), this);
    QFont bold = reasonsTitle->font();
    bold.setBold(true);
    reasonsTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(reasonsTitle);
    layout->addWidget(m_reasons, 1);

    connect(m_preview, &QPushButton::clicked, this, &ImpactPreviewPanel::preview);
    connect(m_cancel, &QPushButton::clicked, this, &ImpactPreviewPanel::cancel);
    connect(m_task, &BackgroundTask::progress, this, &ImpactPreviewPanel::showProgress);
    connect(m_task, &BackgroundTask::failed, this,
            [this](const QString &message) { showResult(makeError(ErrorKind::Storage, message)); });
    setRunning(false);
}

void ImpactPreviewPanel::refresh()
{
    const QVariant chosen = m_version->currentData();
    auto versions = AgreementService(m_session.database(), m_session.clock()).list();
    if (!versions) {
        m_summary->setText(versions.error().message);
        return;
    }
    std::vector<DefinitionVersion> newestFirst(versions->rbegin(), versions->rend());
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    for (const DefinitionVersion &version : newestFirst)
        m_version->addItem(AgreementText::versionTitle(version), version.number);
    if (!chosen.isValid() || !selectVersion(chosen.toInt()))
        m_version->setCurrentIndex(preferredRow(newestFirst));
    if (!m_task->isRunning())
        setRunning(false);
}

bool ImpactPreviewPanel::selectVersion(int number)
{
    const int index = m_version->findData(number);
    if (index < 0)
        return false;
    m_version->setCurrentIndex(index);
    return true;
}

void ImpactPreviewPanel::preview()
{
    if (m_task->isRunning() || m_version->currentIndex() < 0)
        return;
    const int number = m_version->currentData().toInt();
    const int weeks = m_weeks->value();
    const QString path = m_session.filePath();
    const Clock &clock = m_session.clock();
    m_summary->setText(tr("Replaying the last %1 weeks under version %2…").arg(weeks).arg(number));
    m_reasonModel->setReasons({});
    const bool started = m_task->start([this, path, &clock, number, weeks](const TaskControl &control) {
        auto result = runPreview(path, clock, number, weeks, control);
        return BackgroundTask::Completion([this, result = std::move(result)] { showResult(result); });
    });
    if (started)
        setRunning(true);
}

void ImpactPreviewPanel::cancel()
{
    if (!m_task->isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Stopping the preview…"));
}

void ImpactPreviewPanel::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the total is not known yet
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done >= total ? 1000 : done * 1000 / total));
    m_progress->setFormat(tr("%1 of %2").arg(AgreementText::number(done), AgreementText::number(total)));
}

void ImpactPreviewPanel::showResult(const Result<ImpactPreview> &result)
{
    setRunning(false);
    if (!result) {
        m_summary->setStyleSheet(
            result.error().kind == ErrorKind::Cancelled ? QString() : QStringLiteral("color: #b91c1c;"));
        m_summary->setText(result.error().kind == ErrorKind::Cancelled ? tr("Preview cancelled.")
                                                                       : result.error().message);
        return;
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(ImpactPreviewText::paragraphs(*result).join(QStringLiteral("\n\n")));
    m_reasonModel->setReasons(result->reasons);
}

void ImpactPreviewPanel::setRunning(bool running)
{
    m_preview->setEnabled(!running && m_version->count() > 0);
    m_version->setEnabled(!running);
    m_weeks->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
}

QString ImpactPreviewPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace baton
