#include "queue/QueueModel.h"

#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "format/SlaFormat.h"
#include "services/LeadService.h"
#include "storage/SlaRepository.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QIcon>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QueueFilter mine(const UiFixture &fixture)
{
    QueueFilter filter;
    filter.ownerId = fixture.team().sdr;
    return filter;
}

QString nameAt(const QueueModel &model, int row)
{
    return model.index(row, QueueModel::LeadColumn).data().toString();
}

class QueueModelTest : public ::testing::Test {
protected:
    UiFixture fixture;
};

TEST_F(QueueModelTest, SetFilter_FewLeads_PassesModelTesterAndListsOldestHandoffFirst)
{
    fixture.addLead(aLead(QStringLiteral("Newer")).handoffAt(referenceTime().addSecs(-3600)));
    fixture.addLead(aLead(QStringLiteral("Older")).handoffAt(referenceTime().addDays(-2)));
    fixture.addLead(aLead(QStringLiteral("Not mine")).owner(fixture.team().otherSdr));
    fixture.addLead(aLead(QStringLiteral("Nurtured")).stage(Stage::Nurture));

    QueueModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(mine(fixture));

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), QueueModel::ColumnCount);
    EXPECT_EQ(nameAt(model, 0), QStringLiteral("Older"));
    EXPECT_EQ(nameAt(model, 1), QStringLiteral("Newer"));
    EXPECT_EQ(model.index(0, QueueModel::HandoffColumn).data().toString(), QStringLiteral("2 d ago"));
    EXPECT_EQ(model.index(1, QueueModel::HandoffColumn).data().toString(), QStringLiteral("1 h ago"));
    EXPECT_TRUE(model.index(0, QueueModel::HandoffColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2026")));
    EXPECT_EQ(model.index(0, QueueModel::StageColumn).data().toString(), QStringLiteral("MQL"));
    EXPECT_EQ(model.index(0, QueueModel::CompanyColumn).data().toString(), QStringLiteral("Acme Corp"));
}

TEST_F(QueueModelTest, SetFilter_RunningClocks_MostUrgentFirstWithCountdownsColouredByState)
{
    const qint64 later =
        fixture.addLead(aLead(QStringLiteral("Due later")).handoffAt(referenceTime().addSecs(-600)));
    const qint64 soon =
        fixture.addLead(aLead(QStringLiteral("Due soon")).handoffAt(referenceTime().addSecs(-300)));
    const qint64 late =
        fixture.addLead(aLead(QStringLiteral("Overdue")).handoffAt(referenceTime().addSecs(-7200)));
    fixture.addLead(aLead(QStringLiteral("Contacted")).handoffAt(referenceTime().addDays(-3)));
    SlaRepository clocks(fixture.db());
    ASSERT_TRUE(clocks.setLeadDue(later, referenceTime().addSecs(3 * 3600 + 5 * 60)).ok());
    ASSERT_TRUE(clocks.setLeadDue(soon, referenceTime().addSecs(4 * 60)).ok());
    ASSERT_TRUE(clocks.setLeadDue(late, referenceTime().addSecs(-7 * 60)).ok());

    QueueModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(mine(fixture));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(nameAt(model, 0), QStringLiteral("Overdue"));
    EXPECT_EQ(nameAt(model, 1), QStringLiteral("Due soon"));
    EXPECT_EQ(nameAt(model, 2), QStringLiteral("Due later"));
    EXPECT_EQ(nameAt(model, 3), QStringLiteral("Contacted"));
    const auto response = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, QueueModel::ResponseColumn).data(role);
    };
    EXPECT_EQ(response(0).toString(), QStringLiteral("overdue 7 min"));
    EXPECT_EQ(response(1).toString(), QStringLiteral("4 min left"));
    EXPECT_EQ(response(2).toString(), QStringLiteral("3 h 5 min left"));
    EXPECT_EQ(response(3).toString(), QStringLiteral("—"));
    EXPECT_EQ(response(0, Qt::ForegroundRole).value<QColor>(), SlaFormat::foreground(SlaState::Breached));
    EXPECT_EQ(response(1, Qt::ForegroundRole).value<QColor>(), SlaFormat::foreground(SlaState::DueSoon));
    EXPECT_EQ(response(2, Qt::ForegroundRole).value<QColor>(), SlaFormat::foreground(SlaState::OnTrack));
    EXPECT_FALSE(response(3, Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(1, QueueModel::LeadColumn).data(QueueModel::DueRole).toDateTime(),
              referenceTime().addSecs(4 * 60));

    // Time passes: the countdown moves on without reading the queue again.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    fixture.clock().advanceSeconds(5 * 60);
    model.tick();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(response(1).toString(), QStringLiteral("overdue 1 min"));
}

TEST_F(QueueModelTest, Data_UserRoles_GiveLeadIdVersionAndStage)
{
    const qint64 id = fixture.addLead(aLead(QStringLiteral("Jane Doe")).stage(Stage::Sal));
    QueueModel model(fixture.db(), fixture.clock());
    model.setFilter(mine(fixture));

    const QModelIndex index = model.index(0, QueueModel::CompanyColumn);
    EXPECT_EQ(index.data(QueueModel::LeadIdRole).toLongLong(), id);
    EXPECT_EQ(index.data(QueueModel::VersionRole).toLongLong(), fixture.lead(id).version);
    EXPECT_EQ(static_cast<Stage>(index.data(QueueModel::StageRole).toInt()), Stage::Sal);
    EXPECT_EQ(index.data(QueueModel::NameRole).toString(), QStringLiteral("Jane Doe"));
}

TEST_F(QueueModelTest, SetFilter_StageAndSearch_NarrowTheQueue)
{
    fixture.addLead(aLead(QStringLiteral("Ann Mql")).company(QStringLiteral("Globex")));
    fixture.addLead(aLead(QStringLiteral("Bob Sal")).company(QStringLiteral("Initech")).stage(Stage::Sal));
    QueueModel model(fixture.db(), fixture.clock());

    QueueFilter filter = mine(fixture);
    filter.stage = Stage::Sal;
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(nameAt(model, 0), QStringLiteral("Bob Sal"));

    filter.stage.reset();
    filter.search = QStringLiteral("globex");
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(nameAt(model, 0), QStringLiteral("Ann Mql"));
}

TEST_F(QueueModelTest, SetFilter_EmitsCountChangedWithTheQueueSize)
{
    fixture.addLeads(3);
    QueueModel model(fixture.db(), fixture.clock());
    QSignalSpy counted(&model, &QueueModel::countChanged);

    model.setFilter(mine(fixture));

    ASSERT_EQ(counted.count(), 1);
    EXPECT_EQ(counted.at(0).at(0).toLongLong(), 3);
}

TEST_F(QueueModelTest, Data_ScrollingSequentiallyThroughManyBlocks_UsesKeysetPagingAndBoundedCache)
{
    constexpr int leads = 1000;
    fixture.addLeads(leads);
    QueueModel model(fixture.db(), fixture.clock(), 64, 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(mine(fixture));
    ASSERT_EQ(model.rowCount(), leads);

    for (int row = 0; row < leads; ++row) {
        ASSERT_EQ(nameAt(model, row), QStringLiteral("Lead %1").arg(row, 4, 10, QLatin1Char('0')));
        ASSERT_LE(model.cachedBlockCount(), model.cacheCapacity());
    }
    EXPECT_EQ(model.fetchStats().offset, 0);
    EXPECT_EQ(model.fetchStats().keyset, (leads + 63) / 64);
    EXPECT_EQ(model.cachedBlockCount(), 4);
}

TEST_F(QueueModelTest, Data_JumpToLastRow_ReadsThatBlockByOffsetAndIsCorrect)
{
    constexpr int leads = 1000;
    fixture.addLeads(leads);
    QueueModel model(fixture.db(), fixture.clock(), 128, 16);
    model.setFilter(mine(fixture));

    EXPECT_EQ(nameAt(model, leads - 1), QStringLiteral("Lead 0999"));
    EXPECT_EQ(model.index(leads - 1, QueueModel::CompanyColumn).data().toString(),
              QStringLiteral("Company 999"));
    EXPECT_EQ(model.fetchStats().offset, 1);
    EXPECT_EQ(model.cachedBlockCount(), 2); // the first page, read at reset, and the last
}

TEST_F(QueueModelTest, TableView_ScrollToBottom_ShowsLastRowsWithBoundedCache)
{
    constexpr int leads = 1000;
    fixture.addLeads(leads);
    QueueModel model(fixture.db(), fixture.clock(), 32, 4);
    model.setFilter(mine(fixture));
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(600, 400);
    view.show();

    view.scrollToBottom();
    QCoreApplication::processEvents();
    const QModelIndex last = view.indexAt(QPoint(5, view.viewport()->height() - 5));

    ASSERT_TRUE(last.isValid());
    EXPECT_EQ(last.row(), leads - 1);
    EXPECT_EQ(last.data().toString(), QStringLiteral("Lead 0999"));
    EXPECT_LE(model.cachedBlockCount(), model.cacheCapacity());
}

TEST_F(QueueModelTest, Refresh_AfterALeadLeavesTheQueue_CountsAgain)
{
    fixture.addLeads(3);
    QueueModel model(fixture.db(), fixture.clock());
    model.setFilter(mine(fixture));
    fixture.addLead(aLead(QStringLiteral("Late arrival")));
    ASSERT_EQ(model.rowCount(), 3);

    model.refresh();

    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.totalCount(), 4);
}

TEST_F(QueueModelTest, FindLead_NearItsRow_FindsIt)
{
    fixture.addLeads(10);
    QueueModel model(fixture.db(), fixture.clock());
    model.setFilter(mine(fixture));
    const qint64 id = model.index(5, 0).data(QueueModel::LeadIdRole).toLongLong();

    EXPECT_EQ(model.findLead(id, 6), 5);
    EXPECT_EQ(model.findLead(id, 9), std::nullopt);
}

TEST_F(QueueModelTest, Data_AcceptedWithoutContact_MarkedInTheStageColumnWithWhy)
{
    const qint64 bare =
        fixture.addLead(aLead(QStringLiteral("Accepted bare")).handoffAt(referenceTime().addDays(-2)));
    const qint64 called = fixture.addLead(
        aLead(QStringLiteral("Accepted after a call")).handoffAt(referenceTime().addDays(-1)));
    fixture.addLead(aLead(QStringLiteral("Waiting")).handoffAt(referenceTime().addSecs(-3600)));
    LeadService service(fixture.db(), fixture.clock());
    ASSERT_TRUE(
        service.logActivity(called, fixture.team().sdr, ActivityType::Call, QStringLiteral("connected"), {})
            .ok());
    ASSERT_TRUE(service.accept(bare, fixture.team().sdr).ok());
    ASSERT_TRUE(service.accept(called, fixture.team().sdr).ok());

    QueueModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter(mine(fixture));

    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(nameAt(model, 0), QStringLiteral("Accepted bare"));
    const QModelIndex flagged = model.index(0, QueueModel::StageColumn);
    EXPECT_EQ(flagged.data().toString(), QStringLiteral("SAL"));
    EXPECT_TRUE(flagged.data(QueueModel::WithoutContactRole).toBool());
    EXPECT_FALSE(flagged.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(flagged.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Accepted without a meaningful contact"));
    EXPECT_TRUE(model.index(0, QueueModel::LeadColumn).data(QueueModel::WithoutContactRole).toBool());

    for (int row : {1, 2}) {
        const QModelIndex plain = model.index(row, QueueModel::StageColumn);
        EXPECT_FALSE(plain.data(QueueModel::WithoutContactRole).toBool()) << row;
        EXPECT_FALSE(plain.data(Qt::DecorationRole).isValid()) << row;
        EXPECT_FALSE(plain.data(Qt::ToolTipRole).isValid()) << row;
    }
}

TEST_F(QueueModelTest, SetFilter_Opportunities_ListsConvertedLeadsWithHowTheyClosed)
{
    LeadService service(fixture.db(), fixture.clock());
    const qint64 open = fixture.addLead(
        aLead(QStringLiteral("Open deal")).stage(Stage::Sal).handoffAt(referenceTime().addDays(-3)));
    const qint64 lost = fixture.addLead(
        aLead(QStringLiteral("Lost deal")).stage(Stage::Sal).handoffAt(referenceTime().addDays(-2)));
    fixture.addLead(aLead(QStringLiteral("Still an MQL")).handoffAt(referenceTime().addDays(-1)));
    for (qint64 id : {open, lost})
        ASSERT_TRUE(service.convert(id, fixture.team().sdr, test::qualified(100)).ok());
    ASSERT_TRUE(
        service.closeOpportunity(lost, fixture.team().sdr, false, QStringLiteral("Chose a competitor")).ok());

    QueueModel model(fixture.db(), fixture.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueFilter filter = mine(fixture);
    filter.stage = Stage::Sql;
    model.setFilter(filter);

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(nameAt(model, 0), QStringLiteral("Open deal"));
    EXPECT_EQ(model.index(0, QueueModel::StageColumn).data().toString(), QStringLiteral("SQL"));
    EXPECT_FALSE(model.index(0, QueueModel::LeadColumn).data(QueueModel::ClosedRole).toBool());
    EXPECT_EQ(model.index(1, QueueModel::StageColumn).data().toString(), QStringLiteral("Lost"));
    EXPECT_TRUE(model.index(1, QueueModel::LeadColumn).data(QueueModel::ClosedRole).toBool());
    EXPECT_EQ(model.index(1, QueueModel::ResponseColumn).data().toString(), QStringLiteral("—"));
}

} // namespace
} // namespace baton::test
