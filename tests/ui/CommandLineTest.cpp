#include "startup/CommandLine.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace baton::test {
namespace {

bool asks(std::vector<const char *> arguments)
{
    arguments.insert(arguments.begin(), "baton");
    return CommandLine::asksForHelpOrVersion(static_cast<int>(arguments.size()), arguments.data());
}

LaunchOptions parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{QStringLiteral("baton")} + arguments);
}

class CommandLineHelpFlagTest : public ::testing::TestWithParam<const char *> {};

TEST_P(CommandLineHelpFlagTest, AsksForHelpOrVersion_Flag_ReturnsTrue)
{
    EXPECT_TRUE(asks({GetParam()}));
    EXPECT_TRUE(asks({"--db", "leads.baton", GetParam()}));
}

INSTANTIATE_TEST_SUITE_P(Flags, CommandLineHelpFlagTest,
                         ::testing::Values("--help", "-h", "--help-all", "--version", "-v"));

TEST(CommandLineTest, AsksForHelpOrVersion_OrdinaryArguments_ReturnsFalse)
{
    EXPECT_FALSE(asks({}));
    EXPECT_FALSE(asks({"--db", "leads.baton", "--user", "sam.sdr", "--measure"}));
    EXPECT_FALSE(asks({"--helpful", "-vv", "help", "version"}));
}

TEST(CommandLineTest, VersionText_IsTheProgramNameAndTheProjectVersion)
{
    EXPECT_EQ(CommandLine::versionText(), QStringLiteral("baton " BATON_VERSION));
}

TEST(CommandLineTest, AsksForHelpOrVersion_ProgramNameLooksLikeAFlag_IsIgnored)
{
    const char *arguments[] = {"--help"};
    EXPECT_FALSE(CommandLine::asksForHelpOrVersion(1, arguments));
}

TEST(CommandLineTest, Parse_NoArguments_DemoFileAndAPersonAtTheScreen)
{
    const LaunchOptions options = parse({});

    EXPECT_TRUE(options.databasePath.isEmpty());
    EXPECT_TRUE(options.userLogin.isEmpty());
    EXPECT_FALSE(options.measure);
    EXPECT_TRUE(options.screenshotPath.isEmpty());
    EXPECT_EQ(options.demoLeads, 20000);
    EXPECT_FALSE(options.demoLeadsGiven);
    EXPECT_FALSE(options.unattended());
}

TEST(CommandLineTest, Parse_DbAndUser_AreTaken)
{
    const LaunchOptions options = parse(
        {QStringLiteral("--db"), QStringLiteral("/data/team leads.baton"), QStringLiteral("--user=sam.sdr")});

    EXPECT_EQ(options.databasePath, QStringLiteral("/data/team leads.baton"));
    EXPECT_EQ(options.userLogin, QStringLiteral("sam.sdr"));
    EXPECT_FALSE(options.unattended());
}

TEST(CommandLineTest, Parse_Measure_RunsUnattended)
{
    const LaunchOptions options = parse({QStringLiteral("--measure")});

    EXPECT_TRUE(options.measure);
    EXPECT_TRUE(options.unattended());
}

TEST(CommandLineTest, Parse_Screenshot_TakesThePathAndRunsUnattended)
{
    const LaunchOptions options = parse({QStringLiteral("--screenshot"), QStringLiteral("/tmp/window.png")});

    EXPECT_EQ(options.screenshotPath, QStringLiteral("/tmp/window.png"));
    EXPECT_FALSE(options.measure);
    EXPECT_TRUE(options.unattended());
}

TEST(CommandLineTest, Parse_DemoLeads_TakesTheCountAndMarksItGiven)
{
    const LaunchOptions options = parse({QStringLiteral("--demo-leads"), QStringLiteral("300")});

    EXPECT_EQ(options.demoLeads, 300);
    EXPECT_TRUE(options.demoLeadsGiven);
}

// parse() reports a bad command line the way a command-line tool does: a message and an exit code.
class CommandLineDeathTest : public ::testing::Test {
protected:
    // The child runs the test binary again rather than forking a process that has Qt's threads.
    void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
    void TearDown() override { GTEST_FLAG_SET(death_test_style, m_style); }

private:
    std::string m_style = GTEST_FLAG_GET(death_test_style);
};

TEST_F(CommandLineDeathTest, Parse_DemoLeadsNotAPositiveNumber_ExitsWithCode2)
{
    EXPECT_EXIT(parse({QStringLiteral("--demo-leads"), QStringLiteral("0")}), ::testing::ExitedWithCode(2),
                "--demo-leads needs a positive number");
    EXPECT_EXIT(parse({QStringLiteral("--demo-leads"), QStringLiteral("lots")}), ::testing::ExitedWithCode(2),
                "--demo-leads needs a positive number");
}

TEST_F(CommandLineDeathTest, Parse_UnknownOption_ExitsWithCode1NamingIt)
{
    EXPECT_EXIT(parse({QStringLiteral("--colour")}), ::testing::ExitedWithCode(1), "Unknown option 'colour'");
}

} // namespace
} // namespace baton::test
