#include "agreement/editor/DefinitionEditor.h"

#include "agreement/ContextField.h"
#include "agreement/DefinitionJson.h"
#include "agreement/editor/CheckListWidget.h"
#include "agreement/editor/EngagementRuleModel.h"
#include "agreement/editor/FitRuleModel.h"
#include "agreement/editor/MeaningfulContactPage.h"
#include "agreement/editor/MqlRulePage.h"
#include "agreement/editor/QualificationCriterionModel.h"
#include "agreement/editor/ReasonModel.h"
#include "agreement/editor/RuleTablePage.h"
#include "agreement/editor/SlaTierModel.h"
#include "agreement/editor/TargetModel.h"

#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baton {
namespace {

/// Stands where `batonctl definition import` names the file.
QString sourceName()
{
    return QStringLiteral("definition");
}

/// "company.annual_revenue" -> "Company: annual revenue"; "buying_signal" -> "Buying signal".
QString contextFieldLabel(const QString &name)
{
    QString label = name;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label.replace(QLatin1Char('.'), QStringLiteral(": "));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace

DefinitionEditor::DefinitionEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_fitRules(new FitRuleModel(this))
    , m_engagementRules(new EngagementRuleModel(this))
    , m_checklist(new QualificationCriterionModel(this))
    , m_reasons(new ReasonModel(this))
    , m_slaTiers(new SlaTierModel(this))
    , m_targets(new TargetModel(this))
    , m_fitPage(
          new RuleTablePage(tr("The ideal customer profile: each rule the lead meets adds its points to "
                               "the fit score. Double-click a cell to change it."),
                            m_fitRules, this))
    , m_engagementPage(new RuleTablePage(tr("What a lead does earns engagement points. Recent interest "
                                            "counts most: points fade with their half-life, and each rule "
                                            "gives at most its cap."),
                                         m_engagementRules, this))
    , m_mqlPage(new MqlRulePage(this))
    , m_contextFields(new CheckListWidget(this))
    , m_checklistPage(new RuleTablePage(tr("What sales confirms before a lead becomes a qualified "
                                           "opportunity (SQL)."),
                                        m_checklist, this))
    , m_reasonsPage(new RuleTablePage(tr("The reasons sales picks from when it rejects a lead, disqualifies "
                                         "it, or sends it back to marketing. Marketing sees them, so make "
                                         "them specific enough to act on."),
                                      m_reasons, this))
    , m_contactPage(new MeaningfulContactPage(this))
    , m_slaPage(new RuleTablePage(tr("How fast sales responds. A lead falls in the first tier it matches, "
                                     "from the top down, so keep the most urgent first and a catch-all "
                                     "last."),
                                  m_slaTiers, this))
    , m_targetsPage(new RuleTablePage(tr("What both teams aim for, week by week. The Review page and "
                                         "batonctl report show each target under its metric and mark a "
                                         "week that missed it; the meeting's agenda starts with those."),
                                      m_targets, this))
{
    addTab(m_fitPage, FitTab, tr("Fit (ICP)"), tr("Who we want: the ideal customer profile"));
    addTab(m_engagementPage, EngagementTab, tr("Engagement"), tr("What interest is worth"));
    addTab(m_mqlPage, MqlTab, tr("MQL rule"), tr("When a lead goes to sales"));
    addTab(contextPage(), ContextTab, tr("Context package"), tr("What must travel with a lead"));
    addTab(m_checklistPage, ChecklistTab, tr("Qualification"), tr("The SQL checklist"));
    addTab(m_reasonsPage, ReasonsTab, tr("Rejection reasons"), tr("What sales may answer"));
    addTab(m_contactPage, ContactTab, tr("First contact"), tr("What stops the response clock"));
    addTab(m_slaPage, SlaTab, tr("SLA tiers"), tr("How fast sales responds"));
    addTab(m_targetsPage, TargetsTab, tr("Targets"), tr("What the joint review aims for"));
    m_fitPage->setObjectName(QStringLiteral("fitRulesPage"));
    m_engagementPage->setObjectName(QStringLiteral("engagementRulesPage"));
    m_checklistPage->setObjectName(QStringLiteral("checklistPage"));
    m_reasonsPage->setObjectName(QStringLiteral("reasonsPage"));
    m_slaPage->setObjectName(QStringLiteral("slaTiersPage"));
    m_targetsPage->setObjectName(QStringLiteral("targetsPage"));
    m_contextFields->setObjectName(QStringLiteral("requiredFieldsList"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));

    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::RichText);
    m_problemLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(palette);
    m_problemLabel->hide();
    connect(m_problemLabel, &QLabel::linkActivated, this, &DefinitionEditor::showProblem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemLabel);

    for (DefinitionTableModel *model : std::initializer_list<DefinitionTableModel *>{
             m_fitRules, m_engagementRules, m_checklist, m_reasons, m_slaTiers, m_targets})
        connect(model, &DefinitionTableModel::edited, this, &DefinitionEditor::onEdited);
    connect(m_mqlPage, &MqlRulePage::changed, this, &DefinitionEditor::onEdited);
    connect(m_contextFields, &CheckListWidget::checkedChanged, this, &DefinitionEditor::onEdited);
    connect(m_contactPage, &MeaningfulContactPage::changed, this, &DefinitionEditor::onEdited);

    updateProblem();
}

DefinitionEditor::~DefinitionEditor()
{
    // A cell editor still open commits as the tables close, after this object is gone: stop listening.
    for (QObject *source : std::initializer_list<QObject *>{m_fitRules, m_engagementRules, m_checklist,
                                                            m_reasons, m_slaTiers, m_targets, m_mqlPage,
                                                            m_contextFields, m_contactPage, m_problemLabel})
        disconnect(source, nullptr, this, nullptr);
}

QWidget *DefinitionEditor::contextPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("The context package is what sales gets with each lead. Check the fields a "
                                "lead must have before it is handed over; a lead missing one is "
                                "incomplete."),
                             page);
    intro->setWordWrap(true);
    QStringList labels;
    for (const QString &name : knownContextFields())
        labels.append(contextFieldLabel(name));
    m_contextFields->setParent(page);
    m_contextFields->setChoices(knownContextFields(), labels);
    QStringList toolTips;
    for (const QString &name : knownContextFields())
        toolTips.append(tr("Stored as \"%1\"").arg(name));
    m_contextFields->setChoiceToolTips(toolTips);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    m_contextFields->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    layout->addWidget(m_contextFields);
    layout->addStretch();
    return page;
}

void DefinitionEditor::addTab(QWidget *page, Tab tab, const QString &title, const QString &toolTip)
{
    const int index = m_tabs->addTab(page, title);
    Q_ASSERT(index == tab); // problemPlace() relies on the order
    Q_UNUSED(tab)
    m_tabs->setTabToolTip(index, toolTip);
}

void DefinitionEditor::setDefinition(const Definition &definition)
{
    m_fitRules->setItems(definition.fitRules);
    m_engagementRules->setItems(definition.engagementRules);
    m_mqlPage->setRule(definition.mqlRule);
    m_contextFields->setChecked(definition.requiredFields);
    m_checklist->setItems(definition.checklist);
    m_reasons->setItems(definition.reasons);
    m_contactPage->setContacts(definition.meaningfulContacts);
    m_slaTiers->setItems(definition.slaTiers);
    m_targets->setItems(definition.targets);
    updateProblem();
}

Definition DefinitionEditor::definition() const
{
    Definition definition;
    definition.fitRules = m_fitRules->rules();
    definition.engagementRules = m_engagementRules->items();
    definition.mqlRule = m_mqlPage->rule();
    definition.requiredFields = m_contextFields->checked();
    definition.checklist = m_checklist->items();
    definition.reasons = m_reasons->items();
    definition.meaningfulContacts = m_contactPage->contacts();
    definition.slaTiers = m_slaTiers->items();
    definition.targets = m_targets->items();
    return definition;
}

std::optional<QString> DefinitionEditor::problem() const
{
    return m_problem;
}

void DefinitionEditor::setReadOnly(bool readOnly)
{
    for (RuleTablePage *page :
         {m_fitPage, m_engagementPage, m_checklistPage, m_reasonsPage, m_slaPage, m_targetsPage})
        page->setReadOnly(readOnly);
    m_mqlPage->setReadOnly(readOnly);
    m_contextFields->setReadOnly(readOnly);
    m_contactPage->setReadOnly(readOnly);
}

void DefinitionEditor::onEdited()
{
    updateProblem();
    Q_EMIT changed();
}

void DefinitionEditor::updateProblem()
{
    // The same check as `batonctl definition import`, so both refuse the same things in the same words.
    const Result<Definition> parsed =
        DefinitionJson::fromJson(DefinitionJson::toJson(definition()), sourceName());
    m_problem = parsed.ok() ? std::nullopt : std::optional<QString>(parsed.error().message);

    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, {});
    if (!m_problem) {
        m_problemLabel->clear();
        m_problemLabel->hide();
        return;
    }
    const int tab = problemPlace().first;
    if (tab >= 0)
        m_tabs->setTabIcon(tab, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QString text = m_problem->toHtmlEscaped();
    if (tab >= 0)
        text += QStringLiteral(" <a href=\"#problem\">%1</a>").arg(tr("Show"));
    m_problemLabel->setText(text);
    m_problemLabel->show();
}

std::pair<int, int> DefinitionEditor::problemPlace() const
{
    if (!m_problem)
        return {-1, -1};
    static const QRegularExpression place(QStringLiteral("^[^:]*: (\\w+)(?:\\[(\\d+)\\])?"));
    const QRegularExpressionMatch match = place.match(*m_problem);
    if (!match.hasMatch())
        return {-1, -1};
    static const QStringList parts{
        QStringLiteral("fitRules"),           QStringLiteral("engagementRules"), QStringLiteral("mqlRule"),
        QStringLiteral("requiredFields"),     QStringLiteral("checklist"),       QStringLiteral("reasons"),
        QStringLiteral("meaningfulContacts"), QStringLiteral("slaTiers"),        QStringLiteral("targets")};
    const int tab = static_cast<int>(parts.indexOf(match.captured(1)));
    const int row = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();
    return {tab, row};
}

void DefinitionEditor::showProblem()
{
    const auto [tab, row] = problemPlace();
    if (tab < 0)
        return;
    m_tabs->setCurrentIndex(tab);
    if (auto *page = qobject_cast<RuleTablePage *>(m_tabs->widget(tab)))
        page->selectRow(row);
}

} // namespace baton
