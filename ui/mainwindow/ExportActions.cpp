#include "mainwindow/ExportActions.h"

#include "card/LeadCardView.h"
#include "export/LeadExport.h"
#include "export/QueueCsv.h"
#include "queue/QueueModel.h"
#include "queue/QueueView.h"
#include "session/Session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace baton {

ExportActions::ExportActions(Session &session, QueueView &queue, LeadCardView &card, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_queue(queue)
    , m_card(card)
    , m_parent(parent)
    , m_queueCsv(new QAction(tr("Export CSV\u2026"), this))
    , m_leadJson(new QAction(tr("Export lead as JSON\u2026"), this))
    , m_chooser([this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter);
    })
    , m_report(
          [this](const QString &message) { QMessageBox::warning(m_parent, tr("Not exported"), message); })
{
    m_queueCsv->setStatusTip(tr("The list on show, as filtered, as CSV for a spreadsheet"));
    m_leadJson->setStatusTip(tr("The lead on the card with its whole history, as JSON"));
    m_leadJson->setEnabled(false);
    connect(m_queueCsv, &QAction::triggered, this, &ExportActions::chooseQueue);
    connect(m_leadJson, &QAction::triggered, this, &ExportActions::chooseLead);
}

void ExportActions::setLead(qint64 leadId)
{
    m_leadJson->setEnabled(leadId != 0);
}

QString ExportActions::suggested(const QString &name) const
{
    return QDir(QFileInfo(m_session.filePath()).absolutePath()).filePath(name);
}

Result<qint64> ExportActions::exportQueue(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = QueueCsv::save(m_session.database(), m_queue.model()->filter(), path);
    QApplication::restoreOverrideCursor();
    if (written)
        Q_EMIT exported(path);
    return written;
}

Result<void> ExportActions::exportLead(const QString &path)
{
    if (m_card.leadId() == 0)
        return makeError(ErrorKind::InvalidInput, tr("No lead is selected."));
    auto saved = LeadExport(m_session.database()).saveLead(m_card.leadId(), path);
    if (saved)
        Q_EMIT exported(path);
    return saved;
}

void ExportActions::chooseQueue()
{
    const QString path = m_chooser(tr("Export the list as CSV"), suggested(QStringLiteral("queue.csv")),
                                   tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exportQueue(path); !written)
        m_report(written.error().message);
}

void ExportActions::chooseLead()
{
    const qint64 leadId = m_card.leadId();
    if (leadId == 0)
        return;
    const QString path =
        m_chooser(tr("Export the lead as JSON"), suggested(QStringLiteral("lead-%1.json").arg(leadId)),
                  tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportLead(path); !saved)
        m_report(saved.error().message);
}

} // namespace baton
