#include "export/LeadExport.h"

#include "common/FixedClock.h"
#include "services/LeadService.h"
#include "storage/LeadRepository.h"
#include "storage/RoutingRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

namespace baton::test {
namespace {

class LeadExportTest : public ::testing::Test {
protected:
    LeadExportTest()
        : team(addTeam(file.db()))
    {}

    /// A nurture lead with a page view, handed over to the SDR, routed, accepted, then called.
    qint64 workedLead()
    {
        const qint64 id = addLead(file.db(), LeadSpec{.name = QStringLiteral("Jane Doe"),
                                                      .company = QStringLiteral("Acme, Inc."),
                                                      .stage = Stage::Nurture,
                                                      .campaignId = team.webinar});
        EngagementEvent event;
        event.leadId = id;
        event.type = EventType::PageView;
        event.occurredAt = referenceTime().addSecs(-7200);
        event.detail = QStringLiteral("/pricing");
        EXPECT_TRUE(LeadRepository(file.db()).insertEvent(event).ok());
        LeadService leads(file.db(), clock);
        EXPECT_TRUE(leads.handOver(id, team.sdr, team.salesManager).ok());
        RoutingRecord decision;
        decision.leadId = id;
        decision.decidedAt = referenceTime();
        decision.assigneeId = team.sdr;
        decision.ruleName = QStringLiteral("EMEA");
        decision.reason = QStringLiteral("Territory EMEA goes to Sam");
        EXPECT_TRUE(RoutingRepository(file.db()).insertDecision(decision).ok());
        EXPECT_TRUE(leads.accept(id, team.sdr).ok());
        EXPECT_TRUE(leads
                        .logActivity(id, team.sdr, ActivityType::Call, QStringLiteral("connected"),
                                     QStringLiteral("Wants a demo"))
                        .ok());
        return id;
    }

    QJsonArray exportAll(const LeadIdFilter &filter = {})
    {
        QString text;
        QTextStream out(&text);
        auto written = LeadExport(file.db()).writeJson(filter, out);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(document.isArray());
        if (written) {
            EXPECT_EQ(*written, document.array().size());
        }
        return document.array();
    }

    TestFile file;
    Team team;
    FixedClock clock{referenceTime()};
};

TEST_F(LeadExportTest, Json_WorkedLead_HoldsItsWholeHistory)
{
    const qint64 id = workedLead();

    auto json = LeadExport(file.db()).json(id);
    ASSERT_TRUE(json.ok()) << json.error().message.toStdString();
    const QJsonObject lead = *json;

    EXPECT_EQ(lead[QStringLiteral("id")].toInteger(), id);
    EXPECT_EQ(lead[QStringLiteral("stage")].toString(), QStringLiteral("sal"));
    EXPECT_EQ(lead[QStringLiteral("owner")].toString(), QStringLiteral("sam.sdr"));
    EXPECT_EQ(lead[QStringLiteral("person")][QStringLiteral("name")].toString(), QStringLiteral("Jane Doe"));
    EXPECT_EQ(lead[QStringLiteral("company")][QStringLiteral("name")].toString(),
              QStringLiteral("Acme, Inc."));
    EXPECT_EQ(lead[QStringLiteral("campaign")][QStringLiteral("name")].toString(),
              QStringLiteral("Q3 Pipeline Webinar"));

    const QJsonArray events = lead[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0][QStringLiteral("type")].toString(), QStringLiteral("page_view"));
    EXPECT_EQ(events[0][QStringLiteral("detail")].toString(), QStringLiteral("/pricing"));
    EXPECT_EQ(events[0][QStringLiteral("at")].toString(), QStringLiteral("2026-03-10T08:00:00Z"));

    const QJsonArray changes = lead[QStringLiteral("stageChanges")].toArray();
    ASSERT_GE(changes.size(), 3); // created, handed over, accepted
    EXPECT_EQ(changes.last()[QStringLiteral("from")].toString(), QStringLiteral("mql"));
    EXPECT_EQ(changes.last()[QStringLiteral("to")].toString(), QStringLiteral("sal"));
    EXPECT_EQ(changes.last()[QStringLiteral("user")].toString(), QStringLiteral("sam.sdr"));

    const QJsonArray activities = lead[QStringLiteral("activities")].toArray();
    ASSERT_EQ(activities.size(), 1);
    EXPECT_EQ(activities[0][QStringLiteral("type")].toString(), QStringLiteral("call"));
    EXPECT_EQ(activities[0][QStringLiteral("outcome")].toString(), QStringLiteral("connected"));
    EXPECT_EQ(activities[0][QStringLiteral("note")].toString(), QStringLiteral("Wants a demo"));

    const QJsonArray handoffs = lead[QStringLiteral("handoffs")].toArray();
    ASSERT_EQ(handoffs.size(), 1);
    EXPECT_EQ(handoffs[0][QStringLiteral("trigger")].toString(), QStringLiteral("manual"));

    const QJsonArray routing = lead[QStringLiteral("routingDecisions")].toArray();
    ASSERT_FALSE(routing.isEmpty());
    EXPECT_EQ(routing.last()[QStringLiteral("reason")].toString(),
              QStringLiteral("Territory EMEA goes to Sam"));
    EXPECT_EQ(routing.last()[QStringLiteral("assignee")].toString(), QStringLiteral("sam.sdr"));

    EXPECT_TRUE(lead[QStringLiteral("opportunity")].isNull());
}

TEST_F(LeadExportTest, WriteJson_StageFilter_WritesOnlyThoseLeadsInIdOrder)
{
    const qint64 worked = workedLead();
    const qint64 first = addLead(
        file.db(),
        LeadSpec{.name = QStringLiteral("Omar Haddad"), .stage = Stage::Sal, .ownerId = team.otherSdr});
    addLead(file.db(), LeadSpec{.name = QStringLiteral("Nia Okafor"), .stage = Stage::Mql});

    const QJsonArray accepted = exportAll({.stage = Stage::Sal});
    ASSERT_EQ(accepted.size(), 2);
    EXPECT_EQ(accepted[0][QStringLiteral("id")].toInteger(), std::min(worked, first));
    EXPECT_EQ(accepted[1][QStringLiteral("id")].toInteger(), std::max(worked, first));

    const QJsonArray olives = exportAll({.ownerId = team.otherSdr});
    ASSERT_EQ(olives.size(), 1);
    EXPECT_EQ(olives[0][QStringLiteral("person")][QStringLiteral("name")].toString(),
              QStringLiteral("Omar Haddad"));
    EXPECT_EQ(exportAll().size(), 3);
}

TEST_F(LeadExportTest, WriteJson_NoLeads_IsAnEmptyArray)
{
    EXPECT_TRUE(exportAll().isEmpty());
}

TEST_F(LeadExportTest, WriteJson_MoreLeadsThanAPage_AllWrittenWithProgress)
{
    for (int i = 0; i < 1203; ++i)
        addLead(file.db(), LeadSpec{.name = QStringLiteral("Lead %1").arg(i), .stage = Stage::Mql});
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    TaskControl control;
    control.onProgress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    QString text;
    QTextStream out(&text);
    auto written = LeadExport(file.db()).writeJson({}, out, control);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(*written, 1203);
    EXPECT_EQ(lastDone, 1203);
    EXPECT_EQ(lastTotal, 1203);
    EXPECT_EQ(QJsonDocument::fromJson(text.toUtf8()).array().size(), 1203);
}

TEST_F(LeadExportTest, WriteJson_Cancelled_StopsWithCancelled)
{
    addLead(file.db(), LeadSpec{.stage = Stage::Mql});
    const std::atomic<bool> stop{true};
    TaskControl control;
    control.cancel = &stop;
    QString text;
    QTextStream out(&text);
    auto written = LeadExport(file.db()).writeJson({}, out, control);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, ErrorKind::Cancelled);
}

TEST_F(LeadExportTest, SaveLead_WritesTheLeadsObjectToTheFile)
{
    const qint64 id = workedLead();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jane.json"));

    ASSERT_TRUE(LeadExport(file.db()).saveLead(id, path).ok());

    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(saved.readAll()).object();
    EXPECT_EQ(object[QStringLiteral("id")].toInteger(), id);
    EXPECT_EQ(object[QStringLiteral("activities")].toArray().size(), 1);
}

TEST_F(LeadExportTest, Json_UnknownLead_NotFound)
{
    auto json = LeadExport(file.db()).json(999);
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(json.error().kind, ErrorKind::NotFound);
}

} // namespace
} // namespace baton::test
