#pragma once

#include <QWidget>

class QTabWidget;

namespace baton {

class DraftsPanel;
class EffectiveVersionBanner;
class HistoryPanel;
class ImpactPreviewPanel;
class ReevaluationPanel;
class Session;
class SignOffPanel;

/// The jointly owned lead definition on one page: the effective version on top, then the
/// drafts side by side, the sign-off, the history with time to agreement, and the impact
/// preview. When a signature makes a version effective, the nurture leads are re-evaluated.
class AgreementWorkspace : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementWorkspace)

public:
    explicit AgreementWorkspace(Session &session, QWidget *parent = nullptr);
    ~AgreementWorkspace() override;

    /// Reads everything again (colleagues may have drafted or signed in the same file).
    void refresh();

    EffectiveVersionBanner *banner() const { return m_banner; }
    ReevaluationPanel *reevaluationPanel() const { return m_reevaluation; }
    QTabWidget *tabs() const { return m_tabs; }
    DraftsPanel *draftsPanel() const { return m_drafts; }
    SignOffPanel *signOffPanel() const { return m_signOff; }
    HistoryPanel *historyPanel() const { return m_history; }
    ImpactPreviewPanel *impactPreviewPanel() const { return m_impact; }

Q_SIGNALS:
    /// A re-evaluation handed leads over: the queue has changed.
    void leadsChanged();

private:
    void showEffective();
    void showOpenProposals(int count);
    /// The History tab, comparing this version with the effective one.
    void showChanges(int number);
    void afterEffective();

    Session &m_session;
    EffectiveVersionBanner *m_banner;
    ReevaluationPanel *m_reevaluation;
    QTabWidget *m_tabs;
    DraftsPanel *m_drafts;
    SignOffPanel *m_signOff;
    HistoryPanel *m_history;
    ImpactPreviewPanel *m_impact;
};

} // namespace baton
