#include <QCoreApplication>

#ifdef BATON_BENCH_WITH_UI
#include <QApplication>
#endif

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
#ifdef BATON_BENCH_WITH_UI
    // The review's PDF draws charts; without a display they are drawn offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
