#include "CliRunner.h"
#include "ScopedEnvironment.h"
#include "storage/Database.h"
#include "support/FileHash.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {

using baton::test::fileHash;

namespace {

const QByteArray hubspotCsv =
    "\xEF\xBB\xBF\"Record ID\",\"First Name\",\"Last Name\",\"Email\",\"Company Name\",\"Job Title\","
    "\"Country/Region\",\"Industry\",\"Number of Employees\",\"Create Date\"\r\n"
    "\"1\",\"Ana\",\"Ruiz\",\"ana@acme.example\",\"Acme, Inc.\",\"VP Marketing\",\"United States\","
    "\"Software\",\"1200\",\"2026-03-01 09:15\"\r\n"
    "\"2\",\"Ben\",\"Olsen\",\"not an email\",\"Nordic AB\",\"Engineer\",\"Sweden\",\"Retail\",\"12\","
    "\"2026-03-02 16:40\"\r\n";

class ImportCommandTest : public ::testing::Test {
protected:
    ImportCommandTest()
        : team(baton::test::addTeam(file.db()))
        , now("BATON_NOW", "2026-03-10T10:00:00Z")
    {
        file.close();
    }

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }
    CliOutput ctl(const QStringList &args) { return CliRunner::onFile(file.path(), args); }
    qint64 leads()
    {
        file.reopen();
        const qint64 n = *file.db().queryInt("SELECT count(*) FROM leads");
        file.close();
        return n;
    }

    QTemporaryDir dir;
    baton::test::TestFile file;
    baton::test::Team team;
    ScopedEnvironment now;
};

TEST_F(ImportCommandTest, ImportLeads_HubSpotPreset_ImportsAndListsTheRefusedRow)
{
    const CliOutput run =
        ctl({QStringLiteral("import"), QStringLiteral("leads"), write("contacts.csv", hubspotCsv),
             QStringLiteral("--preset"), QStringLiteral("hubspot")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 added"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("row 3, Email \"not an email\""))) << run.out.toStdString();
    EXPECT_EQ(leads(), 1);
}

TEST_F(ImportCommandTest, ImportLeads_JsonDryRun_PreviewAndRefusalsNothingWritten)
{
    const QString csv = write("contacts.csv", hubspotCsv);
    const QByteArray before = fileHash(file.path());
    const CliOutput run =
        ctl({QStringLiteral("import"), QStringLiteral("leads"), csv, QStringLiteral("--preset"),
             QStringLiteral("hubspot"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json().object();
    EXPECT_TRUE(result.value(QStringLiteral("dryRun")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("added")).toInt(), 1);
    EXPECT_EQ(result.value(QStringLiteral("refused")).toInt(), 1);
    const QJsonArray preview = result.value(QStringLiteral("preview")).toArray();
    ASSERT_EQ(preview.size(), 1);
    EXPECT_EQ(preview.at(0).toObject().value(QStringLiteral("country")).toString(), QStringLiteral("US"));
    const QJsonObject refusal = result.value(QStringLiteral("refusals")).toArray().at(0).toObject();
    EXPECT_EQ(refusal.value(QStringLiteral("row")).toInt(), 3);
    EXPECT_EQ(refusal.value(QStringLiteral("column")).toString(), QStringLiteral("Email"));
    EXPECT_EQ(fileHash(file.path()), before);
}

TEST_F(ImportCommandTest, ImportLeads_SavedMapping_ReadsAnotherToolsHeaders)
{
    const CliOutput mapping = ctl({QStringLiteral("import"), QStringLiteral("mapping"),
                                   QStringLiteral("--preset"), QStringLiteral("salesforce")});
    ASSERT_EQ(mapping.exitCode, 0) << mapping.err.toStdString();
    QJsonObject object = mapping.json().object();
    QJsonObject columns = object.value(QStringLiteral("columns")).toObject();
    columns.insert(QStringLiteral("email"), QStringLiteral("Mail"));
    columns.insert(QStringLiteral("company"), QStringLiteral("Firma"));
    object.insert(QStringLiteral("columns"), columns);
    object.insert(QStringLiteral("dateFormats"), QJsonArray{QStringLiteral("DD.MM.YYYY")});
    const QString mappingFile = write("ours.json", QJsonDocument(object).toJson());
    const QString csv =
        write("ours.csv", "Mail,Firma,Create Date\nkai@firma.example,Firma GmbH,05.03.2026\n");

    const CliOutput run = ctl({QStringLiteral("import"), QStringLiteral("leads"), csv,
                               QStringLiteral("--mapping"), mappingFile, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json().object();
    EXPECT_EQ(result.value(QStringLiteral("added")).toInt(), 1);
    const QJsonObject lead = result.value(QStringLiteral("preview")).toArray().at(0).toObject();
    EXPECT_EQ(lead.value(QStringLiteral("company")).toString(), QStringLiteral("Firma GmbH"));
    EXPECT_TRUE(lead.value(QStringLiteral("createdAt")).toString().startsWith(QStringLiteral("2026-03-05")));
    EXPECT_EQ(leads(), 1);
}

TEST_F(ImportCommandTest, ImportLeads_Windows1252File_ReadsItsAccentsAndSaysHowItWasRead)
{
    const QByteArray csv(
        "\"Email\",\"First Name\",\"Last Name\"\r\n\"jose@x.test\",\"Jos\xe9\",\"M\xfcller\"\r\n");
    const CliOutput run = ctl({QStringLiteral("import"), QStringLiteral("leads"), write("old.csv", csv),
                               QStringLiteral("--preset"), QStringLiteral("hubspot")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("read as Windows-1252"))) << run.out.toStdString();
    file.reopen();
    EXPECT_EQ(*file.db().queryInt("SELECT count(*) FROM leads WHERE name = 'Jos\xc3\xa9 M\xc3\xbcller'"), 1);
    file.close();

    const CliOutput json = ctl({QStringLiteral("import"), QStringLiteral("leads"), write("old2.csv", csv),
                                QStringLiteral("--preset"), QStringLiteral("hubspot"),
                                QStringLiteral("--dry-run"), QStringLiteral("--json")});
    EXPECT_EQ(json.json().object().value(QStringLiteral("encoding")).toString(),
              QStringLiteral("Windows-1252"));
}

TEST_F(ImportCommandTest, ImportLeads_NoPresetOrMapping_UsageError)
{
    const CliOutput run =
        ctl({QStringLiteral("import"), QStringLiteral("leads"), write("c.csv", hubspotCsv)});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--preset"))) << run.err.toStdString();
}

TEST_F(ImportCommandTest, ImportLeads_FileWithoutEmailColumn_FailsAndFileUnchanged)
{
    const QByteArray before = fileHash(file.path());
    const CliOutput run =
        ctl({QStringLiteral("import"), QStringLiteral("leads"), write("c.csv", "Name\nAnn\n"),
             QStringLiteral("--preset"), QStringLiteral("marketo")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Email Address"))) << run.err.toStdString();
    EXPECT_EQ(fileHash(file.path()), before);
}

TEST_F(ImportCommandTest, ImportEvents_KnownLead_StoredAndUnknownEmailRefused)
{
    ASSERT_EQ(ctl({QStringLiteral("import"), QStringLiteral("leads"), write("c.csv", hubspotCsv),
                   QStringLiteral("--preset"), QStringLiteral("hubspot")})
                  .exitCode,
              0);
    const QString events =
        write("events.csv", "email,type,time,detail\n"
                            "ana@acme.example,page_view,2026-03-10T09:00:00Z,/pricing\n"
                            "who@nowhere.example,page_view,2026-03-10T09:00:00Z,/pricing\n");
    const CliOutput run =
        ctl({QStringLiteral("import"), QStringLiteral("events"), events, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject result = run.json().object();
    EXPECT_EQ(result.value(QStringLiteral("added")).toInt(), 1);
    EXPECT_EQ(result.value(QStringLiteral("refused")).toInt(), 1);
    EXPECT_EQ(result.value(QStringLiteral("refusals"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("row"))
                  .toInt(),
              3);
}

TEST_F(ImportCommandTest, ImportEvents_DryRun_NothingWritten)
{
    ASSERT_EQ(ctl({QStringLiteral("import"), QStringLiteral("leads"), write("c.csv", hubspotCsv),
                   QStringLiteral("--preset"), QStringLiteral("hubspot")})
                  .exitCode,
              0);
    const QByteArray before = fileHash(file.path());
    const QString events =
        write("events.csv", "email,type,time\nana@acme.example,demo_request,2026-03-10T09:00:00Z\n");
    const CliOutput run =
        ctl({QStringLiteral("import"), QStringLiteral("events"), events, QStringLiteral("--dry-run")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Nothing was written"))) << run.out.toStdString();
    EXPECT_EQ(fileHash(file.path()), before);
}

} // namespace
} // namespace baton::cli::test
