#pragma once

#include "agreement/Definition.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace baton {

class CheckListWidget;
class EngagementRuleModel;
class FitRuleModel;
class MeaningfulContactPage;
class MqlRulePage;
class QualificationCriterionModel;
class ReasonModel;
class RuleTablePage;
class SlaTierModel;
class TargetModel;

/// Edits every part of a lead definition: fit rules, engagement rules, the MQL rule, the context
/// package's required fields, the qualification checklist, the rejection reasons, what counts as
/// a meaningful first contact, the SLA tiers and the joint review's targets. Tables of rules have
/// add, remove and reorder.
class DefinitionEditor : public QWidget {
    Q_OBJECT

public:
    explicit DefinitionEditor(QWidget *parent = nullptr);
    ~DefinitionEditor() override;

    void setDefinition(const Definition &definition);
    Definition definition() const;

    /// Empty when every rule can be evaluated; otherwise the first problem, naming its place
    /// (part, rule, field) the way `batonctl definition import` does.
    std::optional<QString> problem() const;

    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    /// The tabs, one per part, in order.
    enum Tab {
        FitTab,
        EngagementTab,
        MqlTab,
        ContextTab,
        ChecklistTab,
        ReasonsTab,
        ContactTab,
        SlaTab,
        TargetsTab
    };

    QWidget *contextPage();
    void addTab(QWidget *page, Tab tab, const QString &title, const QString &toolTip);
    void onEdited();
    void updateProblem();
    void showProblem();
    /// The tab and row a problem message points at: "definition: fitRules[2] (…): …".
    std::pair<int, int> problemPlace() const;

    QTabWidget *m_tabs;
    QLabel *m_problemLabel;
    FitRuleModel *m_fitRules;
    EngagementRuleModel *m_engagementRules;
    QualificationCriterionModel *m_checklist;
    ReasonModel *m_reasons;
    SlaTierModel *m_slaTiers;
    TargetModel *m_targets;
    RuleTablePage *m_fitPage;
    RuleTablePage *m_engagementPage;
    MqlRulePage *m_mqlPage;
    CheckListWidget *m_contextFields;
    RuleTablePage *m_checklistPage;
    RuleTablePage *m_reasonsPage;
    MeaningfulContactPage *m_contactPage;
    RuleTablePage *m_slaPage;
    RuleTablePage *m_targetsPage;
    std::optional<QString> m_problem;
};

} // namespace baton
