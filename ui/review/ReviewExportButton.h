#pragma once

#include "common/Result.h"
#include "review/ReviewNumbers.h"

#include <QToolButton>

#include <functional>
#include <optional>

class QAction;

namespace baton {

class Session;

/// "Export" on the Review page: a menu with "Export PDF…" and "Export CSV…" that writes the
/// numbers on show (with the week's decisions and action items, read from the session's file)
/// to a file chosen in a dialog, and says in a message box when it could not. Disabled until
/// there are numbers to export.
class ReviewExportButton : public QToolButton {
    Q_OBJECT

public:
    explicit ReviewExportButton(Session &session, QWidget *parent = nullptr);

    /// The numbers the page shows; empty (nothing counted yet, or the count failed) disables it.
    void setNumbers(const std::optional<ReviewNumbers> &numbers);
    const std::optional<ReviewNumbers> &numbers() const { return m_numbers; }

    /// Writes the review as PDF / the metrics as CSV to `path`, without asking.
    Result<void> exportPdf(const QString &path);
    Result<void> exportCsv(const QString &path);

    QAction *pdfAction() const { return m_pdf; }
    QAction *csvAction() const { return m_csv; }

    /// Asks for the file to write: (caption, suggested path, name filter) to a path, empty when
    /// the person cancels. A save dialog by default; tests replace it.
    using FileChooser = std::function<QString(const QString &, const QString &, const QString &)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    /// A file was written.
    void exported(const QString &path);

private:
    void choose(bool pdf);
    QString suggestedName(const QString &suffix) const;

    Session &m_session;
    QAction *m_pdf;
    QAction *m_csv;
    FileChooser m_chooser;
    std::optional<ReviewNumbers> m_numbers;
};

} // namespace baton
