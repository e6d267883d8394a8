#pragma once

#include "import/ImportKind.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace baton {

class ImportWizard;
class Session;

/// "Import leads…" and "Import events…" for the File menu: each opens the import wizard. A file
/// that is read-only refuses them with the reason; after an import the open views read again.
class ImportActions : public QObject {
    Q_OBJECT

public:
    ImportActions(Session &session, QWidget *parent);

    QAction *leadsAction() const { return m_leads; }
    QAction *eventsAction() const { return m_events; }

    /// The wizard for `kind`, not yet shown; nullptr (and the reason reported) for a read-only file.
    ImportWizard *makeWizard(ImportKind kind);

    /// Shows a refusal; a message box by default.
    using FailureReporter = std::function<void(const QString &)>;
    void setFailureReporter(FailureReporter reporter) { m_report = std::move(reporter); }

Q_SIGNALS:
    void imported();

private:
    void open(ImportKind kind);

    Session &m_session;
    QWidget *m_parent;
    QAction *m_leads;
    QAction *m_events;
    FailureReporter m_report;
};

} // namespace baton
