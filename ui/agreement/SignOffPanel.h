#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace baton {

class ProposalSignOff;
class Session;

/// The "Sign-off" tab: every proposal waiting for signatures, each with its two sign buttons.
/// The second signature makes a proposal the effective definition.
class SignOffPanel : public QWidget {
    Q_OBJECT

public:
    explicit SignOffPanel(Session &session, QWidget *parent = nullptr);

    /// Reads the open proposals again.
    void refresh();
    /// Signs a proposal as the current user; refusals are shown as the service words them.
    void sign(int number);

    const std::vector<ProposalSignOff *> &proposals() const { return m_proposals; }
    /// The card of a proposal; nullptr when it is not open.
    ProposalSignOff *proposal(int number) const;
    /// The last thing done or refused, in words.
    QString statusText() const;

Q_SIGNALS:
    void versionsChanged();
    /// A signature made this version the effective definition.
    void versionBecameEffective(int number);
    /// The number of proposals waiting for signatures, after each refresh.
    void openCountChanged(int count);
    /// The user wants to see what an open proposal changes from the effective version.
    void compareRequested(int number);

private:
    void updateUser();
    void showStatus(const QString &text, bool error);

    Session &m_session;
    std::vector<ProposalSignOff *> m_proposals;
    QLabel *m_status;
    QLabel *m_empty;
    QVBoxLayout *m_list;
};

} // namespace baton
