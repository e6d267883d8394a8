#include "review/ActionItemDialog.h"
#include "review/DecisionDialog.h"
#include "review/MetricComboBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

DefinitionVersion draft(qint64 id, int number, std::optional<DefinitionTeam> team, VersionKind kind)
{
    DefinitionVersion version;
    version.id = id;
    version.number = number;
    version.team = team;
    version.kind = kind;
    return version;
}

TEST(DecisionDialogTest, OkOnlyWithWords_MetricPreselected_DraftLinked)
{
    DecisionDialog dialog({draft(11, 5, DefinitionTeam::Marketing, VersionKind::Draft),
                           draft(12, 6, std::nullopt, VersionKind::Proposal)},
                          MetricKey::SlaCompliance);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_EQ(dialog.metricCombo()->metric(), MetricKey::SlaCompliance);
    ASSERT_EQ(dialog.draftCombo()->count(), 3);
    EXPECT_EQ(dialog.draftCombo()->itemText(1), QStringLiteral("Draft 5 (marketing)"));
    EXPECT_EQ(dialog.draftCombo()->itemText(2), QStringLiteral("Proposal 6 (signed by 0 of 2)"));

    QTest::keyClicks(dialog.editor(), QStringLiteral("  Cover Fridays "));
    dialog.draftCombo()->setCurrentIndex(1);

    EXPECT_TRUE(ok->isEnabled());
    const ReviewMeetingService::Decision decision = dialog.decision();
    EXPECT_EQ(decision.text, QStringLiteral("Cover Fridays"));
    EXPECT_EQ(decision.metric, QStringLiteral("sla_compliance"));
    EXPECT_EQ(decision.definitionVersionId, 11);
}

TEST(DecisionDialogTest, NoDraftsNoMetric_NothingLinked)
{
    DecisionDialog dialog({}, std::nullopt);
    EXPECT_FALSE(dialog.draftCombo()->isEnabled());
    QTest::keyClicks(dialog.editor(), QStringLiteral("Keep going"));
    EXPECT_TRUE(dialog.decision().metric.isEmpty());
    EXPECT_FALSE(dialog.decision().definitionVersionId.has_value());
}

TEST(ActionItemDialogTest, TitleOwnerDueAndMetric)
{
    const std::vector<User> users{
        {.id = 3, .login = QStringLiteral("sam.sdr"), .name = QStringLiteral("Sam")},
        {.id = 4, .login = QStringLiteral("olive.sdr"), .name = QStringLiteral("Olive")}};
    ActionItemDialog dialog(users, MetricKey::AcceptanceRate, QDate(2026, 3, 17));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_EQ(dialog.dueEdit()->date(), QDate(2026, 3, 17));

    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Ask sales why"));
    dialog.ownerCombo()->setCurrentIndex(1);
    dialog.metricCombo()->setMetric(std::nullopt);

    EXPECT_TRUE(ok->isEnabled());
    const ReviewMeetingService::NewActionItem item = dialog.item();
    EXPECT_EQ(item.title, QStringLiteral("Ask sales why"));
    EXPECT_EQ(item.ownerId, 4);
    EXPECT_EQ(item.dueOn, QDate(2026, 3, 17));
    EXPECT_TRUE(item.metric.isEmpty());
}

} // namespace
} // namespace baton::test
