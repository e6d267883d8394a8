#include "storage/DatabaseOpener.h"
#include "support/FileHash.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::cli::test {
namespace {

using baton::test::fileHash;

/// Runs a shell command in a mount namespace of its own where `folder` is bound read-only, as a
/// share mounted read-only is met. Needs root and unshare(1); skipped with the reason otherwise.
struct MountRun {
    bool possible = false;
    int exitCode = -1;
    QString out;
    QString err;
};

MountRun runOnReadOnlyMount(const QString &folder, const QString &command)
{
    MountRun run;
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return run;
    QProcess process;
    process.start(unshare, {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && "
                                           "! touch \"$0/probe\" 2>/dev/null || exit 97; %1")
                                .arg(command),
                            folder});
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.possible = process.exitStatus() == QProcess::NormalExit && run.exitCode != 97 &&
                   !run.err.contains(QStringLiteral("unshare:")) &&
                   !run.err.contains(QStringLiteral("mount:"));
    return run;
}

TEST(ReadOnlyMount, FileOnAReadOnlyMount_OpensReadOnlyWithTheMountAsTheReasonAndIsUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.baton"));
    ASSERT_TRUE(DatabaseOpener::open(path).ok());
    const QByteArray before = fileHash(path);

    const MountRun check = runOnReadOnlyMount(
        dir.path(),
        QStringLiteral("exec '%1' --db \"$0/team.baton\" check").arg(QStringLiteral(BATONCTL_PATH)));
    if (!check.possible)
        GTEST_SKIP() << "no read-only bind mount here (needs root and unshare): " << check.err.toStdString();

    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("read-only: the drive it is on is mounted read-only")))
        << check.out.toStdString();
    EXPECT_EQ(fileHash(path), before);

    const MountRun write = runOnReadOnlyMount(
        dir.path(), QStringLiteral("exec '%1' --db \"$0/team.baton\" user add x.y --name X --role sdr")
                        .arg(QStringLiteral(BATONCTL_PATH)));
    EXPECT_NE(write.exitCode, 0);
    EXPECT_TRUE(write.err.contains(QStringLiteral("mounted read-only"))) << write.err.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

} // namespace
} // namespace baton::cli::test
