#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batonctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    baton::cli::RunOptions options;
    options.interactive = isatty(fileno(stderr)) != 0;
    return baton::cli::run(QCoreApplication::arguments(), out, err, options);
}
