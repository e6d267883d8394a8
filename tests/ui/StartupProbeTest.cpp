#include "startup/StartupProbe.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

TEST(StartupProbeTest, ResidentMegabytes_ThisProcess_IsPositiveAndAtMostThePeak)
{
    const double resident = StartupProbe::residentMegabytes();
    const double peak = StartupProbe::residentMegabytes("VmHWM:");

    EXPECT_GT(resident, 0.0);
    EXPECT_GE(peak, resident);
}

TEST(StartupProbeTest, ResidentMegabytes_UnknownField_ReturnsMinusOne)
{
    EXPECT_EQ(StartupProbe::residentMegabytes("VmNothing:"), -1.0);
}

TEST(StartupProbeTest, ElapsedMs_TimerStartedJustNow_CountsFromTheStartOfTheProcess)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const StartupProbe probe(sinceMain);

    // The process (loading Qt, creating the application) is older than the timer just started.
    EXPECT_GT(probe.elapsedMs(), sinceMain.elapsed());
}

} // namespace
} // namespace baton::test
