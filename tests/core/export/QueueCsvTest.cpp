#include "export/QueueCsv.h"

#include "support/TestData.h"
#include "support/TestFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class QueueCsvTest : public ::testing::Test {
protected:
    QueueCsvTest()
        : team(addTeam(file.db()))
    {}

    qint64 lead(const QString &name, Stage stage, qint64 owner, int hoursAgo, const QString &company = {})
    {
        return addLead(file.db(),
                       LeadSpec{.name = name,
                                .company = company.isEmpty() ? QStringLiteral("Acme Corp") : company,
                                .stage = stage,
                                .ownerId = owner,
                                .campaignId = team.webinar,
                                .handoffAt = referenceTime().addSecs(-3600 * hoursAgo)});
    }

    QStringList lines(const QueueFilter &filter, qint64 expectedRows)
    {
        QString text;
        QTextStream out(&text);
        auto written = QueueCsv::write(file.db(), filter, out);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        if (written) {
            EXPECT_EQ(*written, expectedRows);
        }
        EXPECT_TRUE(text.endsWith(QStringLiteral("\r\n")));
        QStringList all = text.split(QStringLiteral("\r\n"));
        all.removeLast();
        return all;
    }

    TestFile file;
    Team team;
};

TEST_F(QueueCsvTest, Write_OwnersQueue_HeaderThenRowsInQueueOrder)
{
    const qint64 newer = lead(QStringLiteral("Jane Doe"), Stage::Mql, team.sdr, 2);
    const qint64 older =
        lead(QStringLiteral("John Roe"), Stage::Sal, team.sdr, 30, QStringLiteral("Globex, Ltd"));
    lead(QStringLiteral("Someone Else"), Stage::Mql, team.otherSdr, 1);
    lead(QStringLiteral("Long Gone"), Stage::Rejected, team.sdr, 3);

    const QStringList csv = lines({.ownerId = team.sdr}, 2);

    ASSERT_EQ(csv.size(), 3);
    EXPECT_EQ(csv[0], QStringLiteral("id,name,email,company,title,stage,opportunity,campaign,handed_over_at,"
                                     "respond_by,moved_without_contact"));
    EXPECT_TRUE(csv[1].startsWith(QStringLiteral("%1,John Roe,").arg(older))) << csv[1].toStdString();
    EXPECT_TRUE(csv[1].contains(QStringLiteral(",\"Globex, Ltd\",VP Marketing,sal,,Q3 Pipeline Webinar,"
                                               "2026-03-09T04:00:00Z,")))
        << csv[1].toStdString();
    EXPECT_TRUE(csv[2].startsWith(QStringLiteral("%1,Jane Doe,").arg(newer))) << csv[2].toStdString();
    EXPECT_TRUE(csv[2].contains(QStringLiteral(",mql,,Q3 Pipeline Webinar,2026-03-10T08:00:00Z,")));
}

TEST_F(QueueCsvTest, Write_Opportunities_ListsSqlLeadsOnly)
{
    lead(QStringLiteral("Jane Doe"), Stage::Mql, team.sdr, 2);
    const qint64 opportunity = lead(QStringLiteral("Mia Poe"), Stage::Sql, team.sdr, 5);

    const QStringList csv = lines({.stage = Stage::Sql}, 1);

    ASSERT_EQ(csv.size(), 2);
    EXPECT_TRUE(csv[1].startsWith(QStringLiteral("%1,Mia Poe,").arg(opportunity)));
    EXPECT_TRUE(csv[1].contains(QStringLiteral(",sql,")));
}

TEST_F(QueueCsvTest, Write_EmptyQueue_HeaderOnly)
{
    EXPECT_EQ(lines({.ownerId = team.sdr}, 0).size(), 1);
}

TEST_F(QueueCsvTest, Write_MoreRowsThanAPage_EveryRowOnce)
{
    for (int i = 0; i < 2345; ++i)
        lead(QStringLiteral("Lead %1").arg(i), Stage::Mql, team.sdr, 1 + i % 50);

    const QStringList csv = lines({}, 2345);

    QSet<QString> ids;
    for (qsizetype i = 1; i < csv.size(); ++i)
        ids.insert(csv[i].section(QLatin1Char(','), 0, 0));
    EXPECT_EQ(ids.size(), 2345);
}

TEST_F(QueueCsvTest, Save_FolderMissing_FailsAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/queue.csv"));
    auto saved = QueueCsv::save(file.db(), {}, path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::Io);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(QueueCsvTest, Save_WritesTheCsvToTheFile)
{
    lead(QStringLiteral("Jane Doe"), Stage::Mql, team.sdr, 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("queue.csv"));

    auto saved = QueueCsv::save(file.db(), {}, path);

    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(*saved, 1);
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll().count("\r\n"), 2);
}

} // namespace
} // namespace baton::test
