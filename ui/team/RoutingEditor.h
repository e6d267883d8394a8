#pragma once

#include "routing/RoutingConfig.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace baton {

class Session;

/// Edits the routing configuration as tables: the teams' calendars and escalation paths, the
/// pools with each member's weight and caps, people's hours and absences, and the ordered rules
/// with the fallback pool. Rows are added, removed and moved; every cell is checked as it would
/// be on import, the problem named with its table and row. Saving checks the version it read:
/// a colleague's newer change is never overwritten.
class RoutingEditor : public QWidget {
    Q_OBJECT

public:
    explicit RoutingEditor(Session &session, QWidget *parent = nullptr);

    /// Reads the stored configuration again (the edits are dropped).
    void reload();
    /// The configuration the tables hold; nullopt with the problem in `error`.
    std::optional<RoutingConfig> current(QString *error = nullptr) const;
    void setConfig(const RoutingConfig &config);
    /// Stores the tables' configuration; false with the reason shown when it cannot.
    bool save();

    QTableWidget *teamsTable() const { return m_teams; }
    QTableWidget *poolsTable() const { return m_pools; }
    QTableWidget *peopleTable() const { return m_people; }
    QTableWidget *rulesTable() const { return m_rules; }
    QLineEdit *fallbackEdit() const { return m_fallback; }
    QString message() const;

Q_SIGNALS:
    void saved();

private:
    QWidget *tablePage(QTableWidget *table, const QString &hint);
    void updatePermissions();
    void show(const QString &message);

    Session &m_session;
    qint64 m_version = 0;
    std::vector<AccountOwner>
        m_accounts; ///< kept as read: named accounts come from a routing file (batonctl routing import)
    QTabWidget *m_tabs;
    QTableWidget *m_teams;
    QTableWidget *m_pools;
    QTableWidget *m_people;
    QTableWidget *m_rules;
    QLineEdit *m_fallback;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_message;
};

} // namespace baton
