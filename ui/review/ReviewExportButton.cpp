#include "review/ReviewExportButton.h"

#include "review/ReviewCsv.h"
#include "review/ReviewDocument.h"
#include "review/ReviewPdf.h"
#include "session/Session.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace baton {

ReviewExportButton::ReviewExportButton(Session &session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_pdf(new QAction(tr("Export PDF\u2026"), this))
    , m_csv(new QAction(tr("Export CSV\u2026"), this))
    , m_chooser([this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    })
{
    setText(tr("Export"));
    setToolTip(tr("The week's review as a PDF to send, or its metrics as CSV for a spreadsheet"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    menu->addAction(m_pdf);
    menu->addAction(m_csv);
    setMenu(menu);
    connect(m_pdf, &QAction::triggered, this, [this] { choose(true); });
    connect(m_csv, &QAction::triggered, this, [this] { choose(false); });
    setEnabled(false);
}

void ReviewExportButton::setNumbers(const std::optional<ReviewNumbers> &numbers)
{
    m_numbers = numbers;
    setEnabled(m_numbers.has_value());
}

QString ReviewExportButton::suggestedName(const QString &suffix) const
{
    const QString folder = QFileInfo(m_session.filePath()).absolutePath();
    const QString week =
        m_numbers ? m_numbers->request.from.toTimeZone(m_numbers->request.zone).date().toString(Qt::ISODate)
                  : QString();
    return QDir(folder).filePath(QStringLiteral("review-%1.%2").arg(week, suffix));
}

void ReviewExportButton::choose(bool pdf)
{
    if (!m_numbers)
        return;
    const QString path = pdf ? m_chooser(tr("Export the review as PDF"), suggestedName(QStringLiteral("pdf")),
                                         tr("PDF documents (*.pdf)"))
                             : m_chooser(tr("Export the review's metrics as CSV"),
                                         suggestedName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<void> written = pdf ? exportPdf(path) : exportCsv(path);
    if (!written)
        QMessageBox::warning(this, tr("Not exported"), written.error().message);
}

Result<void> ReviewExportButton::exportPdf(const QString &path)
{
    if (!m_numbers)
        return makeError(ErrorKind::InvalidInput, tr("There are no numbers to export yet."));
    auto document = ReviewDocument::assemble(m_session.database(), m_session.clock(), *m_numbers);
    if (!document)
        return document.error();
    auto pages = ReviewPdf(*document).write(path);
    if (!pages)
        return pages.error();
    Q_EMIT exported(path);
    return {};
}

Result<void> ReviewExportButton::exportCsv(const QString &path)
{
    if (!m_numbers)
        return makeError(ErrorKind::InvalidInput, tr("There are no numbers to export yet."));
    auto saved = ReviewCsv::saveReview(path, m_numbers->review, m_numbers->owners, m_numbers->campaigns);
    if (!saved)
        return saved.error();
    Q_EMIT exported(path);
    return {};
}

} // namespace baton
