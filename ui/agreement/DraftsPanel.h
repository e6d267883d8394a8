#pragma once

#include "agreement/CurrentDrafts.h"
#include "agreement/DefinitionVersion.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace baton {

class DefinitionDiffView;
class Session;
class UserDirectory;

/// The "Drafts" tab: marketing's and sales' latest drafts side by side, rule by rule, with every
/// difference marked; a manager edits their team's draft here and reconciles both into a proposal.
/// The buttons follow the current user's role the way AgreementService decides; the service has
/// the last word and its refusals are shown as they are.
class DraftsPanel : public QWidget {
    Q_OBJECT

public:
    explicit DraftsPanel(Session &session, QWidget *parent = nullptr);

    /// Reads the drafts and the effective version again.
    void refresh();

    /// Opens the editor on a team's draft (or the effective definition) and stores the result as
    /// that team's new draft.
    void editDraft(DefinitionTeam team);
    /// Proposes the two drafts: as they are when they agree, otherwise as reconciled in the editor.
    void reconcile();

    const CurrentDrafts &drafts() const { return m_drafts; }
    DefinitionDiffView *diffView() const { return m_diff; }
    QPushButton *editMarketingButton() const { return m_editMarketing; }
    QPushButton *editSalesButton() const { return m_editSales; }
    QPushButton *reconcileButton() const { return m_reconcile; }
    /// The last thing done or refused, in words.
    QString statusText() const;

Q_SIGNALS:
    /// A draft or a proposal was stored.
    void versionsChanged();
    void proposalStored(int number);

private:
    void updateButtons();
    void showSide(QLabel *label, DefinitionTeam team, const UserDirectory &users) const;
    void showDiff();
    void storeDraft(DefinitionTeam team, const Definition &definition);
    void propose(const std::optional<Definition> &reconciled);
    void showStatus(const QString &text, bool error = false);
    void refuse(const QString &title, const QString &message);
    QString effectiveName() const;

    Session &m_session;
    CurrentDrafts m_drafts;
    std::optional<DefinitionVersion> m_effective;
    QLabel *m_marketingSide;
    QLabel *m_salesSide;
    QPushButton *m_editMarketing;
    QPushButton *m_editSales;
    QPushButton *m_reconcile;
    QLabel *m_status;
    DefinitionDiffView *m_diff;
};

} // namespace baton
