#include "mainwindow/ExportActions.h"

#include "FakePrompter.h"
#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "card/LeadCardView.h"
#include "mainwindow/MainWindow.h"
#include "queue/QueueView.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class ExportActionsTest : public ::testing::Test {
protected:
    ExportActionsTest()
    {
        const QDateTime now = referenceTime();
        older = fixture.addLead(aLead(QStringLiteral("Jane Doe")).handoffAt(now.addSecs(-5 * 3600)));
        newer = fixture.addLead(aLead(QStringLiteral("John Roe")).handoffAt(now.addSecs(-3600)));
        fixture.addLead(aLead(QStringLiteral("Olive's Lead")).owner(fixture.team().otherSdr));
        window = std::make_unique<MainWindow>(fixture.session(), std::make_unique<FakePrompter>());
        exports = window->exportActions();
        exports->setFileChooser([this](const QString &, const QString &suggested, const QString &) {
            suggestions << suggested;
            return chosen;
        });
        exports->setFailureReporter([this](const QString &message) { failures << message; });
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    UiFixture fixture;
    qint64 older = 0;
    qint64 newer = 0;
    std::unique_ptr<MainWindow> window;
    ExportActions *exports = nullptr;
    QTemporaryDir dir;
    QString chosen;
    QStringList suggestions;
    QStringList failures;
};

TEST_F(ExportActionsTest, ExportCsv_WritesTheQueueOnShowInItsOrder)
{
    chosen = dir.filePath(QStringLiteral("mine.csv"));
    QSignalSpy ended(exports, &ExportActions::queueExportEnded);
    QSignalSpy exported(exports, &ExportActions::exported);

    exports->queueCsvAction()->trigger();
    EXPECT_FALSE(exports->queueCsvAction()->isEnabled()); // one export at a time
    ASSERT_TRUE(ended.wait(10'000));

    const QList<QByteArray> lines = read(chosen).split('\n');
    ASSERT_EQ(lines.size(), 4) << read(chosen).toStdString(); // header, two leads, the last CRLF's end
    EXPECT_TRUE(lines[0].startsWith("id,name,email,"));
    EXPECT_TRUE(lines[1].startsWith(QByteArray::number(older) + ",Jane Doe,"));
    EXPECT_TRUE(lines[2].startsWith(QByteArray::number(newer) + ",John Roe,"));
    EXPECT_TRUE(failures.isEmpty());
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_TRUE(suggestions.front().endsWith(QStringLiteral("queue.csv")));
    ASSERT_EQ(exported.size(), 1);
    EXPECT_EQ(exported.front().front().toString(), chosen);
    EXPECT_TRUE(exports->queueCsvAction()->isEnabled());
}

TEST_F(ExportActionsTest, ExportLeadAsJson_WritesTheLeadOnTheCard)
{
    ASSERT_EQ(window->cardView()->leadId(), older); // the most urgent lead is selected at start
    ASSERT_TRUE(exports->leadJsonAction()->isEnabled());
    chosen = dir.filePath(QStringLiteral("lead.json"));

    exports->leadJsonAction()->trigger();

    const QJsonObject lead = QJsonDocument::fromJson(read(chosen)).object();
    EXPECT_EQ(lead[QStringLiteral("id")].toInteger(), older);
    EXPECT_EQ(lead[QStringLiteral("person")][QStringLiteral("name")].toString(), QStringLiteral("Jane Doe"));
    EXPECT_TRUE(lead[QStringLiteral("stageChanges")].isArray());
    EXPECT_TRUE(suggestions.front().endsWith(QStringLiteral("lead-%1.json").arg(older)));
}

TEST_F(ExportActionsTest, ExportCsv_Cancelled_WritesNothing)
{
    chosen.clear();
    exports->queueCsvAction()->trigger();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_TRUE(failures.isEmpty());
}

TEST_F(ExportActionsTest, ExportCsv_FolderCannotBeWritten_SaysSo)
{
    chosen = dir.filePath(QStringLiteral("missing/folder/queue.csv"));
    QSignalSpy ended(exports, &ExportActions::queueExportEnded);
    exports->queueCsvAction()->trigger();
    ASSERT_TRUE(ended.wait(10'000));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.front().contains(QStringLiteral("Cannot write")));
}

TEST_F(ExportActionsTest, ExportCsv_CancelledWhileWriting_LeavesTheFileThereAsItWas)
{
    fixture.addLeads(3000); // pages enough for the cancel to land before the end
    chosen = dir.filePath(QStringLiteral("queue.csv"));
    {
        QFile existing(chosen);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier export\n");
    }
    QSignalSpy ended(exports, &ExportActions::queueExportEnded);
    QSignalSpy exported(exports, &ExportActions::exported);

    ASSERT_TRUE(exports->startQueueExport(chosen));
    EXPECT_FALSE(exports->startQueueExport(chosen)); // one at a time
    exports->cancelQueueExport();
    ASSERT_TRUE(ended.wait(10'000));

    EXPECT_TRUE(exported.isEmpty());
    EXPECT_TRUE(failures.isEmpty()); // a cancel is no failure
    EXPECT_EQ(read(chosen), QByteArray("an earlier export\n"));
    EXPECT_FALSE(exports->isExportingQueue());
}

} // namespace
} // namespace baton::test
