#include "agreement/DefinitionDiffModel.h"

#include "AgreementSteps.h"
#include "UiFixture.h"
#include "agreement/DefinitionDiff.h"
#include "agreement/DefinitionDiffView.h"
#include "agreement/DraftsPanel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>

namespace baton::test {
namespace {

using Kind = DefinitionDifference::Kind;

/// Sales' draft: the enterprise rule removed, a new rule added, the industry rule worth more.
Definition salesDraft()
{
    Definition definition = Definition::defaults();
    auto &rules = definition.fitRules;
    rules.erase(std::remove_if(rules.begin(), rules.end(),
                               [](const FitRule &rule) { return rule.id == QLatin1String("enterprise"); }),
                rules.end());
    for (FitRule &rule : rules) {
        if (rule.id == QLatin1String("icp_industry"))
            rule.points = 30;
    }
    FitRule uk;
    uk.id = QStringLiteral("uk_focus");
    uk.name = QStringLiteral("UK focus");
    uk.field = FitField::Region;
    uk.op = FitOperator::InList;
    uk.values = {QStringLiteral("UK")};
    uk.points = 5;
    rules.push_back(uk);
    return definition;
}

Kind kindOf(const QModelIndex &index)
{
    return static_cast<Kind>(index.data(DefinitionDiffModel::KindRole).toInt());
}

TEST(DefinitionDiffModel, SetDifferences_TwoDrafts_TreeOfPartRuleAndPropertyWithEachKindMarked)
{
    DefinitionDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setDifferences(DefinitionDiff::compare(Definition::defaults(), salesDraft()),
                         QStringLiteral("marketing"), QStringLiteral("sales"));

    ASSERT_EQ(model.rowCount(), 1); // only the fit rules differ
    const QModelIndex part = model.index(0, 0);
    EXPECT_EQ(part.data().toString(), QStringLiteral("Fit rules (3)"));
    EXPECT_EQ(model.rowCount(part), 3);
    EXPECT_EQ(model.headerData(DefinitionDiffModel::OldColumn, Qt::Horizontal).toString(),
              QStringLiteral("Marketing"));

    const QModelIndex added = model.findRule(QStringLiteral("fitRules"), QStringLiteral("uk_focus"));
    const QModelIndex removed = model.findRule(QStringLiteral("fitRules"), QStringLiteral("enterprise"));
    const QModelIndex changed = model.findRule(QStringLiteral("fitRules"), QStringLiteral("icp_industry"));
    ASSERT_TRUE(added.isValid() && removed.isValid() && changed.isValid());
    EXPECT_EQ(kindOf(added), Kind::Added);
    EXPECT_EQ(kindOf(removed), Kind::Removed);
    EXPECT_EQ(kindOf(changed), Kind::Changed);
    EXPECT_EQ(added.siblingAtColumn(DefinitionDiffModel::ChangeColumn).data().toString(),
              QStringLiteral("added"));
    EXPECT_EQ(removed.siblingAtColumn(DefinitionDiffModel::ChangeColumn).data().toString(),
              QStringLiteral("removed"));
    EXPECT_EQ(changed.siblingAtColumn(DefinitionDiffModel::ChangeColumn).data().toString(),
              QStringLiteral("changed"));
    EXPECT_EQ(added.data().toString(), QStringLiteral("UK focus (uk_focus)"));
    EXPECT_EQ(added.siblingAtColumn(DefinitionDiffModel::OldColumn).data().toString(),
              QStringLiteral("not there"));
    EXPECT_EQ(removed.siblingAtColumn(DefinitionDiffModel::NewColumn).data().toString(),
              QStringLiteral("not there"));

    // Each kind has its own colour.
    const auto colour = [](const QModelIndex &index) {
        return index.data(Qt::BackgroundRole).value<QBrush>().color();
    };
    EXPECT_NE(colour(added), colour(removed));
    EXPECT_NE(colour(added), colour(changed));
    EXPECT_NE(colour(removed), colour(changed));

    ASSERT_EQ(model.rowCount(changed), 1);
    const QModelIndex points = model.index(0, DefinitionDiffModel::ItemColumn, changed);
    EXPECT_EQ(points.data().toString(), QStringLiteral("Points"));
    EXPECT_EQ(points.siblingAtColumn(DefinitionDiffModel::OldColumn).data().toString(), QStringLiteral("20"));
    EXPECT_EQ(points.siblingAtColumn(DefinitionDiffModel::NewColumn).data().toString(), QStringLiteral("30"));
    EXPECT_EQ(model.rowCount(added), 0);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(DefinitionDiffModel, DraftsPanel_TwoDraftsThatDiffer_DiffViewMarksAddedRemovedAndChangedRules)
{
    UiFixture fixture;
    AgreementSteps steps(fixture);
    steps.draft(DefinitionTeam::Marketing, Definition::defaults());
    steps.draft(DefinitionTeam::Sales, salesDraft());
    DraftsPanel panel(fixture.session());

    panel.refresh();

    const DefinitionDiffModel *model = panel.diffView()->model();
    EXPECT_EQ(kindOf(model->findRule(QStringLiteral("fitRules"), QStringLiteral("uk_focus"))), Kind::Added);
    EXPECT_EQ(kindOf(model->findRule(QStringLiteral("fitRules"), QStringLiteral("enterprise"))),
              Kind::Removed);
    EXPECT_EQ(kindOf(model->findRule(QStringLiteral("fitRules"), QStringLiteral("icp_industry"))),
              Kind::Changed);
    EXPECT_EQ(model->headerData(DefinitionDiffModel::OldColumn, Qt::Horizontal).toString(),
              QStringLiteral("Marketing's draft (version 1)"));
    EXPECT_EQ(model->headerData(DefinitionDiffModel::NewColumn, Qt::Horizontal).toString(),
              QStringLiteral("Sales' draft (version 2)"));
    // Two teams' drafts are peers, not before and after: each rule says which draft has it.
    EXPECT_TRUE(panel.diffView()->summary().startsWith(QStringLiteral("3 differences")));
    EXPECT_TRUE(panel.diffView()->summary().contains(
        QStringLiteral("1 only in marketing's draft, 1 only in sales' draft, 1 in both but set differently")))
        << panel.diffView()->summary().toStdString();
    const auto change = [model](const char *key) {
        return model->findRule(QStringLiteral("fitRules"), QString::fromLatin1(key))
            .siblingAtColumn(DefinitionDiffModel::ChangeColumn)
            .data()
            .toString();
    };
    EXPECT_EQ(change("uk_focus"), QStringLiteral("only in sales' draft"));
    EXPECT_EQ(change("enterprise"), QStringLiteral("only in marketing's draft"));
    EXPECT_EQ(change("icp_industry"), QStringLiteral("differs"));
    EXPECT_TRUE(panel.diffView()->tree()->isExpanded(model->index(0, 0)));
    EXPECT_FALSE(panel.diffView()->tree()->isHidden());
}

TEST(DefinitionDiffModel, DraftsPanel_IdenticalDrafts_SaysTheyAgree)
{
    UiFixture fixture;
    AgreementSteps steps(fixture);
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(55));
    DraftsPanel panel(fixture.session());

    panel.refresh();

    EXPECT_EQ(panel.diffView()->model()->rowCount(), 0);
    EXPECT_TRUE(panel.diffView()->summary().startsWith(QStringLiteral("No differences")));
    EXPECT_TRUE(panel.diffView()->tree()->isHidden()); // no empty tree under stale column titles
}

TEST(DefinitionDiffModel, SetDifferences_ListAndEventValues_ShownInWords)
{
    Definition changed = Definition::defaults();
    changed.mqlRule.fastTrackEvents = {EventType::DemoRequest, EventType::WebinarQuestion};
    DefinitionDiffModel model;

    model.setDifferences(DefinitionDiff::compare(Definition::defaults(), changed), QStringLiteral("before"),
                         QStringLiteral("after"));

    const QModelIndex rule = model.findRule(QStringLiteral("mqlRule"), QStringLiteral("mql"));
    ASSERT_EQ(model.rowCount(rule), 1);
    const QModelIndex property = model.index(0, DefinitionDiffModel::ItemColumn, rule);
    EXPECT_EQ(property.data().toString(), QStringLiteral("Fast-track events"));
    EXPECT_EQ(property.siblingAtColumn(DefinitionDiffModel::NewColumn).data().toString(),
              QStringLiteral("Demo request, Webinar question"));
}

} // namespace
} // namespace baton::test
