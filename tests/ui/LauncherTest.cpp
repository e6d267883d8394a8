#include "startup/Launcher.h"

#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

TEST(LauncherTest, DefaultFilePath_IsTheDemoFileInTheAppDataFolder)
{
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);

    const QString path = Launcher::defaultFilePath();

    EXPECT_TRUE(QDir::isAbsolutePath(path));
    EXPECT_EQ(path, QDir(dataFolder).filePath(QStringLiteral("baton/demo.baton")));
}

} // namespace
} // namespace baton::test
