#include "review/MeetingPanel.h"

#include "FakeMeetingPrompter.h"
#include "UiFixture.h"
#include "agreement/Definition.h"
#include "review/ActionItemModel.h"
#include "review/AgendaModel.h"
#include "review/DecisionModel.h"
#include "services/AgreementService.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

const QDate lastWeek(2026, 3, 2);
const QDate thisWeek(2026, 3, 9);

/// Meeting mode's panel for the week of 9 March (referenceTime() is in it), with numbers made by
/// hand: acceptance 48% against the built-in target of 60%, SLA compliance down from 91% to 79%.
/// Sam (an SDR) is the user at the keyboard.
class MeetingPanelTest : public ::testing::Test {
protected:
    MeetingPanelTest()
        : meeting(fixture.db(), fixture.clock())
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        review.current.handedOver = 100;
        review.current.accepted = 48;
        review.current.rejected = 52;
        review.current.slaMet = 79;
        review.current.slaMissed = 21;
        review.previous = review.current;
        review.previous.accepted = 50;
        review.previous.rejected = 50;
        review.previous.slaMet = 91;
        review.previous.slaMissed = 9;
        review.targets = {{MetricKey::AcceptanceRate, MetricTarget::Bound::AtLeast, 0.6}};
        panel.setPrompter(prompter);
    }
    ~MeetingPanelTest() override { QLocale::setDefault(QLocale::system()); }

    qint64 item(const QDate &week, qint64 owner, const QString &metric, const QString &title)
    {
        auto id = meeting.addActionItem(
            {.week = week, .metric = metric, .title = title, .ownerId = owner, .dueOn = QDate(2026, 3, 20)},
            fixture.team().marketingManager);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    void decide(const QString &metric, const QString &text)
    {
        EXPECT_TRUE(
            meeting.decide({.week = thisWeek, .metric = metric, .text = text}, fixture.team().salesManager)
                .ok());
    }
    QString agendaText(int row) const { return panel.agendaModel()->index(row, 0).data().toString(); }
    int rowOfMetric(MetricKey key) const
    {
        for (int row = 1; row < panel.agendaModel()->rowCount(); ++row) {
            if (panel.agendaModel()->itemAt(row)->metric == key)
                return row;
        }
        return -1;
    }
    QAction *statusAction(ActionStatus status) const
    {
        for (QAction *action : panel.statusButton()->menu()->actions()) {
            if (action->data().toInt() == static_cast<int>(status))
                return action;
        }
        return nullptr;
    }

    UiFixture fixture;
    ReviewMeetingService meeting;
    ReviewMetrics review;
    FakeMeetingPrompter prompter;
    MeetingPanel panel{fixture.session()};
};

TEST_F(MeetingPanelTest, ShowWeek_AgendaUnderTheWholeWeekRow)
{
    const qint64 carried = item(lastWeek, fixture.team().sdr, QStringLiteral("sla_compliance"),
                                QStringLiteral("Look at the Friday handoffs"));
    QAbstractItemModelTester tester(panel.agendaModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    panel.showWeek(thisWeek, review);

    ASSERT_EQ(panel.agendaModel()->rowCount(), 4);
    EXPECT_EQ(agendaText(0), QStringLiteral("Whole week"));
    EXPECT_EQ(agendaText(1),
              QStringLiteral("Acceptance rate (MQL to SAL) 48% \u2014 target \u2265 60% missed "
                             "(50% the week before)"));
    EXPECT_EQ(agendaText(2), QStringLiteral("SLA compliance fell 12 points (91% \u2192 79%)"));
    EXPECT_TRUE(agendaText(3).startsWith(QStringLiteral("\u21bb Look at the Friday handoffs")))
        << agendaText(3).toStdString();
    EXPECT_EQ(panel.agendaModel()->itemAt(3)->actionItemId, carried);
    EXPECT_EQ(panel.agendaModel()->index(1, 0).data(AgendaModel::MetricRole).toString(),
              QStringLiteral("acceptance_rate"));
    EXPECT_TRUE(panel.agendaModel()->index(2, 0).data(AgendaModel::WorseRole).toBool());
    EXPECT_EQ(panel.selectedAgendaRow(), 0);
    EXPECT_EQ(panel.notesTitle(), QStringLiteral("Recorded this week"));
}

TEST_F(MeetingPanelTest, SelectAgendaItem_ListsOnlyWhatIsNextToItsMetric)
{
    decide(QStringLiteral("acceptance_rate"), QStringLiteral("Webinar leads need a title filter"));
    decide(QStringLiteral("sla_compliance"), QStringLiteral("Cover Fridays"));
    item(thisWeek, fixture.team().sdr, QStringLiteral("sla_compliance"),
         QStringLiteral("Draft a Friday rota"));
    item(lastWeek, fixture.team().otherSdr, QStringLiteral("acceptance_rate"),
         QStringLiteral("Ask sales why"));
    panel.showWeek(thisWeek, review);
    QAbstractItemModelTester decisions(panel.decisionModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester items(panel.actionModel(),
                                   QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(panel.decisionModel()->rowCount(), 2);
    EXPECT_EQ(panel.actionModel()->rowCount(), 2);

    QTest::mouseClick(panel.agendaView()->viewport(), Qt::LeftButton, {},
                      panel.agendaView()
                          ->visualRect(panel.agendaModel()->index(rowOfMetric(MetricKey::SlaCompliance), 0))
                          .center());

    EXPECT_EQ(panel.notesTitle(), QStringLiteral("Next to SLA compliance"));
    ASSERT_EQ(panel.decisionModel()->rowCount(), 1);
    EXPECT_TRUE(panel.decisionModel()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Cover Fridays \u2014 Sally")));
    ASSERT_EQ(panel.actionModel()->rowCount(), 1);
    EXPECT_EQ(panel.actionModel()->itemAt(0)->title, QStringLiteral("Draft a Friday rota"));

    panel.selectAgendaRow(rowOfMetric(MetricKey::AcceptanceRate));
    ASSERT_EQ(panel.actionModel()->rowCount(), 1);
    // Raised last week and still open: carried over, and marked so.
    EXPECT_TRUE(panel.actionModel()
                    ->index(0, ActionItemModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("\u21bb ")));
    EXPECT_TRUE(panel.actionModel()->index(0, 0).data(ActionItemModel::CarriedOverRole).toBool());
    EXPECT_TRUE(panel.actionModel()
                    ->index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Carried over from the week of 2 Mar")));
}

TEST_F(MeetingPanelTest, RecordDecision_MetricFromTheAgendaItemDraftsOfTheAgreement)
{
    auto draft =
        AgreementService(fixture.db(), fixture.clock())
            .importDraft(DefinitionTeam::Marketing, Definition::defaults(), fixture.team().marketingManager);
    ASSERT_TRUE(draft.ok());
    panel.showWeek(thisWeek, review);
    panel.selectAgendaRow(rowOfMetric(MetricKey::SlaCompliance));
    prompter.decision = ReviewMeetingService::Decision{.metric = QStringLiteral("sla_compliance"),
                                                       .text = QStringLiteral("Cover Fridays"),
                                                       .definitionVersionId = draft->id};

    QTest::mouseClick(panel.decideButton(), Qt::LeftButton);

    EXPECT_EQ(prompter.offeredMetric, MetricKey::SlaCompliance);
    ASSERT_EQ(prompter.offeredDrafts.size(), 1U);
    EXPECT_EQ(prompter.offeredDrafts[0].id, draft->id);
    EXPECT_TRUE(prompter.errors.empty());
    auto stored = meeting.decisions(thisWeek);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1U);
    EXPECT_EQ((*stored)[0].decidedBy, fixture.team().sdr);
    EXPECT_EQ((*stored)[0].definitionVersionId, draft->id);
    ASSERT_EQ(panel.decisionModel()->rowCount(), 1);
    EXPECT_TRUE(panel.decisionModel()->index(0, 0).data().toString().endsWith(
        QStringLiteral("; definition draft %1").arg(draft->number)));
    EXPECT_EQ(panel.selectedAgendaRow(), rowOfMetric(MetricKey::SlaCompliance)); // the choice stays
}

TEST_F(MeetingPanelTest, AddActionItem_RecordedForTheWeekAndSelected)
{
    panel.showWeek(thisWeek, review);
    panel.selectAgendaRow(rowOfMetric(MetricKey::AcceptanceRate));
    prompter.item = ReviewMeetingService::NewActionItem{.metric = QStringLiteral("acceptance_rate"),
                                                        .title = QStringLiteral("Ask sales why"),
                                                        .ownerId = fixture.team().otherSdr,
                                                        .dueOn = QDate(2026, 3, 17)};

    QTest::mouseClick(panel.addItemButton(), Qt::LeftButton);

    EXPECT_EQ(prompter.offeredMetric, MetricKey::AcceptanceRate);
    EXPECT_EQ(prompter.offeredDue, fixture.clock().now().toLocalTime().date().addDays(7));
    EXPECT_EQ(prompter.offeredUsers.size(), 5U);
    ASSERT_EQ(panel.actionModel()->rowCount(), 1);
    const ActionItem *added = panel.actionModel()->itemAt(0);
    EXPECT_EQ(added->week, thisWeek);
    EXPECT_EQ(added->ownerName, QStringLiteral("Olive Chen"));
    EXPECT_EQ(panel.actionView()->currentIndex().row(), 0);
    EXPECT_TRUE(panel.statusButton()->isEnabled());
}

TEST_F(MeetingPanelTest, SetStatus_OwnItem_MovesItOn)
{
    item(thisWeek, fixture.team().sdr, QString(), QStringLiteral("Call the webinar list"));
    panel.showWeek(thisWeek, review);
    panel.selectActionRow(0);
    EXPECT_FALSE(statusAction(ActionStatus::Open)->isEnabled());

    statusAction(ActionStatus::Done)->trigger();

    EXPECT_TRUE(prompter.errors.empty());
    EXPECT_EQ(panel.actionModel()->itemAt(0)->status, ActionStatus::Done);
    EXPECT_EQ(panel.actionModel()->index(0, ActionItemModel::StatusColumn).data().toString(),
              QStringLiteral("Done"));
}

TEST_F(MeetingPanelTest, SetStatus_ChangedMeanwhile_ShowsWhoAndReloads)
{
    const qint64 id = item(thisWeek, fixture.team().sdr, QString(), QStringLiteral("Call the webinar list"));
    panel.showWeek(thisWeek, review);
    panel.selectActionRow(0);
    ASSERT_TRUE(meeting.setActionStatus(id, ActionStatus::Dropped, fixture.team().salesManager, 1).ok());

    panel.setSelectedStatus(ActionStatus::Done);

    ASSERT_EQ(prompter.errors.size(), 1U);
    EXPECT_EQ(prompter.errors[0].kind, ErrorKind::Conflict);
    EXPECT_TRUE(prompter.errors[0].message.contains(QStringLiteral("Sally")))
        << prompter.errors[0].message.toStdString();
    EXPECT_EQ(panel.actionModel()->itemAt(0)->status, ActionStatus::Dropped);
    EXPECT_EQ(panel.actionView()->currentIndex().row(), 0);
}

TEST_F(MeetingPanelTest, SetStatus_SomeoneElsesItem_ShowsWhyNot)
{
    item(thisWeek, fixture.team().otherSdr, QString(), QStringLiteral("Call the webinar list"));
    panel.showWeek(thisWeek, review);
    panel.selectActionRow(0);

    panel.setSelectedStatus(ActionStatus::Done);

    ASSERT_EQ(prompter.errors.size(), 1U);
    EXPECT_EQ(prompter.errors[0].kind, ErrorKind::PermissionDenied);
    EXPECT_TRUE(prompter.errors[0].message.contains(QStringLiteral("only its owner")));
    EXPECT_EQ(panel.actionModel()->itemAt(0)->status, ActionStatus::Open);
}

TEST_F(MeetingPanelTest, ShowPending_NoAgendaAndNoWrites)
{
    panel.showWeek(thisWeek, review);
    panel.showPending(QStringLiteral("Counting\u2026"));

    EXPECT_EQ(panel.agendaModel()->rowCount(), 1);
    EXPECT_EQ(panel.message(), QStringLiteral("Counting\u2026"));
    EXPECT_FALSE(panel.decideButton()->isEnabled());
    EXPECT_FALSE(panel.addItemButton()->isEnabled());
}

} // namespace
} // namespace baton::test
