#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace baton {

class RoutingEditor;
class Session;

/// "Route this sample lead": a lead's fields, and what the routing in the editor (saved or not)
/// would decide for it now, with the reason, before anything is stored.
class RouteTester : public QWidget {
    Q_OBJECT

public:
    RouteTester(Session &session, const RoutingEditor &editor, QWidget *parent = nullptr);

    void run();
    QString result() const;

    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *countryEdit() const { return m_country; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *tierBox() const { return m_tier; }

private:
    Session &m_session;
    const RoutingEditor &m_editor;
    QLineEdit *m_email;
    QLineEdit *m_domain;
    QLineEdit *m_country;
    QLineEdit *m_region;
    QLineEdit *m_industry;
    QSpinBox *m_employees;
    QSpinBox *m_revenueMillions;
    QLineEdit *m_campaign;
    QComboBox *m_tier;
    QSpinBox *m_score;
    QLabel *m_result;
};

} // namespace baton
