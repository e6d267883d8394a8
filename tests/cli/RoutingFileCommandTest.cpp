#include "RoutingFixture.h"

#include <QFile>
#include <QTemporaryDir>

namespace baton::cli::test {
namespace {

class RoutingFileCommandTest : public RoutingFixture {
protected:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    CliOutput import(const QString &path, const char *as = "sally.manager")
    {
        return ctl(QStringLiteral("routing import"), {path, QStringLiteral("--as"), QString::fromLatin1(as)});
    }

    QTemporaryDir dir;
};

TEST_F(RoutingFileCommandTest, RoutingExport_NothingStored_WritesAnEmptyConfiguration)
{
    const CliOutput result = ctl(QStringLiteral("routing export"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject root = result.json().object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toInt(), 1);
    EXPECT_TRUE(root.value(QStringLiteral("pools")).toArray().isEmpty());
    EXPECT_TRUE(root.value(QStringLiteral("teams")).toArray().isEmpty());
}

TEST_F(RoutingFileCommandTest, ExportThenImport_RoundTripsTheConfiguration)
{
    setUpRouting();
    ASSERT_EQ(
        ctl(QStringLiteral("team set --person olive.sdr --away 2026-04-01..2026-04-03 --as sally.manager"))
            .exitCode,
        0);
    const CliOutput exported = ctl(QStringLiteral("routing export"));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("America/New_York")));

    const CliOutput imported = import(write("routing.json", exported.out.toUtf8()));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(
        imported.out.contains(QStringLiteral("Stored routing configuration version 3 from routing.json")))
        << imported.out.toStdString();
    EXPECT_EQ(ctl(QStringLiteral("routing export")).out, exported.out);
}

TEST_F(RoutingFileCommandTest, RoutingImport_UnknownLogin_RefusedNamingThePlaceAndNothingChanges)
{
    setUpRouting();
    const QString before = ctl(QStringLiteral("routing export")).out;
    QString edited = before;
    edited.replace(QStringLiteral("\"olive.sdr\""), QStringLiteral("\"nobody.here\""));
    ASSERT_NE(edited, before);

    const CliOutput result = import(write("edited.json", edited.toUtf8()));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("pools (“Sales”): there is no user nobody.here")))
        << result.err.toStdString();
    EXPECT_EQ(ctl(QStringLiteral("routing export")).out, before);
}

TEST_F(RoutingFileCommandTest, RoutingImport_MalformedFile_RefusedNamingTheFile)
{
    setUpRouting();
    const QString before = ctl(QStringLiteral("routing export")).out;
    const CliOutput broken = import(write("broken.json", QByteArrayLiteral("{\"pools\": [ {\"name\": 3 ]")));
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("broken.json"))) << broken.err.toStdString();

    const CliOutput wrongField = import(write("field.json", QByteArrayLiteral(R"({"pools": [{"name": "Sales",
        "members": [{"login": "sam.sdr", "weight": 500}]}]})")));
    EXPECT_EQ(wrongField.exitCode, 1);
    EXPECT_TRUE(wrongField.err.contains(QStringLiteral("weight"))) << wrongField.err.toStdString();
    EXPECT_EQ(ctl(QStringLiteral("routing export")).out, before);
}

TEST_F(RoutingFileCommandTest, RoutingImport_BySdrOrWithoutAs_Refused)
{
    const QString path = write("routing.json", ctl(QStringLiteral("routing export")).out.toUtf8());
    const CliOutput sdr = import(path, "sam.sdr");
    EXPECT_EQ(sdr.exitCode, 1);
    EXPECT_TRUE(sdr.err.contains(QStringLiteral("only a sales manager or an admin")))
        << sdr.err.toStdString();
    EXPECT_EQ(ctl(QStringLiteral("routing import"), {path}).exitCode, 2);
    EXPECT_EQ(import(dir.filePath(QStringLiteral("missing.json"))).exitCode, 1);
}

} // namespace
} // namespace baton::cli::test
