#include "../UiFixture.h"
#include "alerts/AlertWatcher.h"
#include "routing/RoutingConfigJson.h"
#include "services/EventService.h"
#include "services/RoutingService.h"
#include "storage/LeadRepository.h"
#include "storage/RoutingRepository.h"
#include "storage/UserRepository.h"
#include "team/AttentionModel.h"
#include "team/RouteTester.h"
#include "team/RoutingEditor.h"
#include "team/TeamBoard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

/// Sam and Olive share the pool "Sales"; the built-in definition makes a demo request hot
/// (15 business minutes, in UTC office hours: Tuesday 10:00 is due at 10:15).
class TeamWorkspaceTest : public ::testing::Test {
protected:
    TeamWorkspaceTest()
    {
        config.pools = {RoutingPool{QStringLiteral("Sales"),
                                    {PoolMember{QStringLiteral("sam.sdr"), 1, {}, {}},
                                     PoolMember{QStringLiteral("olive.sdr"), 1, {}, {}}}}};
        config.fallbackPool = QStringLiteral("Sales");
        auto saved =
            RoutingService(fixture.db(), fixture.clock()).save(config, 0, fixture.team().salesManager);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    /// A nurture lead that asks for a demo now: handed over, routed, its clock running.
    qint64 demoRequest(const QString &name)
    {
        Lead lead;
        lead.person.name = name;
        lead.person.email =
            name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@x.test");
        lead.company.name = QStringLiteral("Acme");
        lead.createdAt = fixture.clock().now().addDays(-10);
        const qint64 id = *LeadRepository(fixture.db()).insert(lead);
        EngagementEvent event;
        event.leadId = id;
        event.type = EventType::DemoRequest;
        event.occurredAt = fixture.clock().now();
        EXPECT_TRUE(EventService(fixture.db(), fixture.clock()).record(event)->handoff.has_value());
        return id;
    }

    void becomeManager()
    {
        fixture.session().setUser(*UserRepository(fixture.db()).find(fixture.team().salesManager));
    }

    UiFixture fixture;
    RoutingConfig config;
};

TEST_F(TeamWorkspaceTest, AttentionModel_Rows_PassTheModelTesterWithCountdownAndOwner)
{
    demoRequest(QStringLiteral("Dora Demo"));
    fixture.clock().advanceSeconds(20 * 60);
    AttentionModel model(fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(
        *TeamBoardRepository(fixture.db()).rows(TeamBoardRepository::List::Breached, fixture.clock().now()));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, AttentionModel::LeadColumn).data().toString(), QStringLiteral("Dora Demo"));
    EXPECT_EQ(model.index(0, AttentionModel::TierColumn).data().toString(), QStringLiteral("hot"));
    EXPECT_EQ(model.index(0, AttentionModel::DueColumn).data().toString(), QStringLiteral("overdue 5 min"));
    EXPECT_FALSE(model.index(0, AttentionModel::OwnerColumn).data().toString().isEmpty());
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(TeamWorkspaceTest, TeamBoard_Sdr_MayNotReassign_ManagerReassignsTheSelectedLead)
{
    const qint64 lead = demoRequest(QStringLiteral("Dora Demo"));
    fixture.clock().advanceSeconds(20 * 60);
    TeamBoard board(fixture.session());
    board.showList(TeamBoardRepository::List::Breached);
    ASSERT_EQ(board.model()->rowCount(), 1);
    board.table()->selectRow(0);
    const auto buttonNamed = [&](const QString &text) {
        for (QPushButton *button : board.findChildren<QPushButton *>()) {
            if (button->text() == text)
                return button;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    ASSERT_NE(buttonNamed(QStringLiteral("Reassign")), nullptr);
    EXPECT_FALSE(buttonNamed(QStringLiteral("Reassign"))->isEnabled());
    EXPECT_FALSE(board.findChild<QComboBox *>()->isEnabled()) << "an SDR gives nobody a lead";

    becomeManager();
    board.table()->selectRow(0);
    EXPECT_TRUE(buttonNamed(QStringLiteral("Reassign"))->isEnabled());
    EXPECT_TRUE(board.findChild<QComboBox *>()->isEnabled());
    for (QPushButton *button : board.findChildren<QPushButton *>())
        EXPECT_FALSE(button->toolTip().startsWith(QStringLiteral("Only a sales manager")))
            << button->text().toStdString();
    const qint64 before = *LeadRepository(fixture.db()).find(lead)->ownerId;
    auto *people = board.findChild<QComboBox *>();
    ASSERT_NE(people, nullptr);
    const int other =
        people->findData(before == fixture.team().sdr ? fixture.team().otherSdr : fixture.team().sdr);
    ASSERT_GE(other, 0);
    people->setCurrentIndex(other);
    QSignalSpy changed(&board, &TeamBoard::leadsChanged);
    board.reassignSelected();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(LeadRepository(fixture.db()).find(lead)->ownerId, people->currentData().toLongLong());
}

TEST_F(TeamWorkspaceTest, RoutingEditor_TablesHoldTheConfigurationAsStored)
{
    TeamSettings emea;
    emea.team = QStringLiteral("EMEA");
    emea.timeZone = QStringLiteral("Europe/London");
    emea.holidays = {QDate(2026, 12, 25)};
    config.teams = {emea};
    config.people = {PersonAvailability{QStringLiteral("olive.sdr"),
                                        QStringLiteral("Europe/Paris"),
                                        WeeklyHours::parse(QStringLiteral("mon-thu 08:00-16:00")),
                                        {Absence{QDate(2026, 3, 16), QDate(2026, 3, 20)}}}};
    RoutingRule rule;
    rule.name = QStringLiteral("EMEA enterprise");
    rule.when.regions = {QStringLiteral("EMEA")};
    rule.when.sizeBands = {QStringLiteral("enterprise")};
    rule.when.minScore = 80;
    rule.action = RoutingAction{RoutingAction::Kind::Person, QStringLiteral("olive.sdr")};
    config.rules = {rule};
    config.pools[0].members[1].dailyCap = 30;
    RoutingEditor editor(fixture.session());
    editor.setConfig(config);
    QString problem;
    const auto read = editor.current(&problem);
    ASSERT_TRUE(read.has_value()) << problem.toStdString();
    EXPECT_EQ(RoutingConfigJson::toJson(*read).toStdString(),
              RoutingConfigJson::toJson(config).toStdString());
    EXPECT_EQ(editor.rulesTable()->item(0, 1)->text(),
              QStringLiteral("regions: EMEA; sizeBands: enterprise; minScore: 80"));
}

TEST_F(TeamWorkspaceTest, RoutingEditor_MalformedCell_NamesTableAndRow)
{
    RoutingEditor editor(fixture.session());
    editor.setConfig(config);
    editor.rulesTable()->insertRow(0);
    editor.rulesTable()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Big ones")));
    editor.rulesTable()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("sizeBands: huge")));
    editor.rulesTable()->setItem(0, 2, new QTableWidgetItem(QStringLiteral("pool: Sales")));
    QString problem;
    EXPECT_FALSE(editor.current(&problem).has_value());
    EXPECT_TRUE(problem.startsWith(QStringLiteral("Rules, row 1: “huge” is not a size band")))
        << problem.toStdString();
    becomeManager();
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(RoutingService(fixture.db(), fixture.clock()).load()->version, 1);
}

TEST_F(TeamWorkspaceTest, RoutingEditor_ColleagueSavedMeanwhile_ConflictAndTheirsKept)
{
    becomeManager();
    RoutingEditor editor(fixture.session());
    RoutingConfig theirs = config;
    theirs.fallbackPool.clear();
    ASSERT_TRUE(RoutingService(fixture.db(), fixture.clock()).save(theirs, 1, fixture.team().admin).ok());
    editor.fallbackEdit()->setText(QStringLiteral("Sales"));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(editor.message().contains(QStringLiteral("Someone else changed the routing configuration")))
        << editor.message().toStdString();
    const auto stored = RoutingService(fixture.db(), fixture.clock()).load();
    EXPECT_EQ(stored->version, 2);
    EXPECT_TRUE(stored->config.fallbackPool.isEmpty());
    editor.reload();
    editor.fallbackEdit()->setText(QStringLiteral("Sales"));
    EXPECT_TRUE(editor.save()) << editor.message().toStdString();
}

TEST_F(TeamWorkspaceTest, RouteTester_SampleLead_ShowsTheDecisionWithoutStoringIt)
{
    RoutingEditor editor(fixture.session());
    RouteTester tester(fixture.session(), editor);
    tester.run();
    EXPECT_TRUE(tester.result().contains(QStringLiteral("round robin by weight")))
        << tester.result().toStdString();
    EXPECT_TRUE(tester.result().contains(QStringLiteral("Sam Rivera")) ||
                tester.result().contains(QStringLiteral("Olive Chen")));
    EXPECT_EQ(*fixture.db().queryInt("SELECT count(*) FROM routing_decisions"), 0);
}

TEST_F(TeamWorkspaceTest, AlertWatcher_ClockCrossesThresholds_EachNewAlertRaisedOnce)
{
    // Only Sam takes leads: the lead is his.
    config.pools[0].members.pop_back();
    ASSERT_TRUE(
        RoutingService(fixture.db(), fixture.clock()).save(config, 1, fixture.team().salesManager).ok());
    demoRequest(QStringLiteral("Dora Demo")); // due 10:15
    AlertWatcher watcher(fixture.session());
    QSignalSpy raised(&watcher, &AlertWatcher::alertRaised);
    watcher.check();
    EXPECT_TRUE(watcher.alerts().isEmpty());

    fixture.clock().advanceSeconds(11 * 60); // 4 minutes left
    watcher.check();
    ASSERT_EQ(raised.count(), 1);
    EXPECT_EQ(raised.at(0).at(0).value<Alert>().state, SlaState::DueSoon);
    EXPECT_EQ(watcher.alerts().size(), 1);
    watcher.check();
    EXPECT_EQ(raised.count(), 1); // the same alert is not announced twice

    fixture.clock().advanceSeconds(10 * 60);
    watcher.check();
    ASSERT_EQ(raised.count(), 2);
    EXPECT_EQ(raised.at(1).at(0).value<Alert>().state, SlaState::Breached);
    EXPECT_TRUE(raised.at(1).at(0).value<Alert>().title.startsWith(QStringLiteral("Overdue: Dora Demo")));
}

} // namespace
} // namespace baton::test
