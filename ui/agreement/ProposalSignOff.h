#pragma once

#include "agreement/DefinitionVersion.h"
#include "domain/User.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace baton {

class UserDirectory;

/// One proposal waiting for signatures: who proposed it, who signed already, a button for each of
/// the two signing roles, enabled only for a user of that role while it has not signed, and one to
/// see what the proposal changes before signing it.
class ProposalSignOff : public QFrame {
    Q_OBJECT

public:
    ProposalSignOff(const DefinitionVersion &proposal, const UserDirectory &users, QWidget *parent = nullptr);

    int number() const { return m_proposal.number; }
    /// Enables the buttons for this user's role.
    void setUser(const std::optional<User> &user);
    /// Whether the role (a marketing or sales manager) has signed.
    bool hasSigned(Role role) const;

    /// The button for Role::MarketingManager or Role::SalesManager.
    QPushButton *signButton(Role role) const;
    QPushButton *compareButton() const { return m_compare; }
    QString text() const;

Q_SIGNALS:
    /// The current user pressed a sign button.
    void signRequested(int number);
    /// The user wants to see what the proposal changes from the effective version.
    void compareRequested(int number);

private:
    QString signatureText(Role role, const UserDirectory &users) const;

    DefinitionVersion m_proposal;
    QLabel *m_title;
    QLabel *m_marketingSignature;
    QLabel *m_salesSignature;
    QPushButton *m_signMarketing;
    QPushButton *m_signSales;
    QPushButton *m_compare;
};

} // namespace baton
