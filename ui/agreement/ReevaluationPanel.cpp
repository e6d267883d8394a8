#include "agreement/ReevaluationPanel.h"

#include "agreement/AgreementText.h"
#include "agreement/BackgroundTask.h"
#include "session/ReadOnlyLock.h"
#include "session/Session.h"
#include "storage/DatabaseOpener.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace baton {
namespace {

/// On the task's thread: its own connection, then the re-evaluation.
Result<Reevaluation> runReevaluation(const QString &path, const Clock &clock, std::optional<qint64> actorId,
                                     const TaskControl &control)
{
    auto database = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    if (!database)
        return database.error();
    return ReevaluationService(**database, clock).run(actorId, control);
}

} // namespace

ReevaluationPanel::ReevaluationPanel(Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_run(new QPushButton(tr("Re-evaluate &nurture leads"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("reevaluationPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#reevaluationPanel { background: #fffbeb; border: 1px solid #fde68a; "
                                 "border-radius: 4px; } #reevaluationPanel QLabel { color: #1e293b; }"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(220);
    m_run->setToolTip(tr("Hand over every nurture lead that meets the effective definition's MQL rule now"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_run);
    layout->addWidget(m_cancel);
    layout->addWidget(m_dismiss);

    connect(m_run, &QPushButton::clicked, this, &ReevaluationPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &ReevaluationPanel::cancel);
    connect(m_dismiss, &QPushButton::clicked, this, &ReevaluationPanel::refresh);
    connect(m_task, &BackgroundTask::progress, this, &ReevaluationPanel::showProgress);
    connect(m_task, &BackgroundTask::failed, this,
            [this](const QString &message) { showResult(makeError(ErrorKind::Storage, message)); });
    setRunning(false);
    hide();
    ReadOnlyLock::apply(m_session.database(), {m_run});
}

void ReevaluationPanel::refresh()
{
    if (isRunning())
        return;
    auto pending = ReevaluationService(m_session.database(), m_session.clock()).pending();
    if (!pending) {
        showMessage(pending.error().message, true);
        m_run->hide();
        m_dismiss->show();
        show();
        return;
    }
    showPending(*pending);
}

void ReevaluationPanel::showPending(bool pending)
{
    m_dismiss->hide();
    m_run->setVisible(pending);
    if (!pending) {
        hide();
        return;
    }
    showMessage(tr("The effective definition has not been applied to the nurture leads yet: leads that meet "
                   "its MQL rule now are still waiting in nurture."));
    show();
}

bool ReevaluationPanel::start()
{
    if (isRunning())
        return false;
    const QString path = m_session.filePath();
    const Clock &clock = m_session.clock();
    const std::optional<qint64> actorId =
        m_session.user() ? std::optional<qint64>(m_session.user()->id) : std::nullopt;
    const bool started = m_task->start([this, path, &clock, actorId](const TaskControl &control) {
        auto result = runReevaluation(path, clock, actorId, control);
        return BackgroundTask::Completion([this, result = std::move(result)] { showResult(result); });
    });
    if (!started)
        return false;
    showMessage(tr("Re-evaluating the nurture leads under the effective definition…"));
    setRunning(true);
    show();
    return true;
}

void ReevaluationPanel::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    showMessage(tr("Stopping the re-evaluation…"));
}

bool ReevaluationPanel::isRunning() const
{
    return m_task->isRunning();
}

void ReevaluationPanel::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(done >= total ? 1000 : done * 1000 / total));
    m_progress->setFormat(
        tr("%1 of %2 leads").arg(AgreementText::number(done), AgreementText::number(total)));
}

void ReevaluationPanel::showResult(const Result<Reevaluation> &result)
{
    setRunning(false);
    m_dismiss->show();
    show();
    if (!result) {
        if (result.error().kind == ErrorKind::Cancelled)
            showMessage(tr("Re-evaluation cancelled: nothing changed, no lead was handed over."));
        else
            showMessage(tr("The re-evaluation failed and nothing changed: %1").arg(result.error().message),
                        true);
        // Still pending: offer it again.
        auto pending = ReevaluationService(m_session.database(), m_session.clock()).pending();
        m_run->setVisible(pending && *pending);
        Q_EMIT finished();
        return;
    }
    const Reevaluation &done = *result;
    m_run->hide();
    showMessage(tr("%1 of %2 handed over under version %3.")
                    .arg(AgreementText::number(done.handedOver),
                         AgreementText::count(done.evaluated, tr("nurture lead"), tr("nurture leads")))
                    .arg(done.definitionNumber));
    Q_EMIT finished();
    if (done.handedOver > 0)
        Q_EMIT leadsChanged();
}

void ReevaluationPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_run->setEnabled(!running);
    if (running) {
        m_run->hide();
        m_dismiss->hide();
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
}

void ReevaluationPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setText(text);
}

QString ReevaluationPanel::messageText() const
{
    return m_message->text();
}

} // namespace baton
