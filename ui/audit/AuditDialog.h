#pragma once

#include "storage/AuditQuery.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace baton {

class AuditModel;
class Database;

/// The audit log in the desktop: every change, who made it, when and from where, filtered by
/// subject and person; the selected entry's state before and after below the list.
class AuditDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(Database &db, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QComboBox *subjectFilter() const { return m_subject; }
    QComboBox *personFilter() const { return m_person; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *olderButton() const { return m_older; }

    /// Reads the log again with the filters as they are set.
    void reload();

private:
    void showDetails();
    void showOlder();
    void showProblem(const QString &problem);
    AuditQuery query() const;

    Database &m_db;
    AuditModel *m_model = nullptr;
    QComboBox *m_subject = nullptr;
    QComboBox *m_person = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_older = nullptr;
    QHash<qint64, QString> m_names; ///< user id -> name, for an owner shown before and after
};

} // namespace baton
