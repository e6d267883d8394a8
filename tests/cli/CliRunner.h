#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace baton::cli::test {

/// What one batonctl run printed and returned.
struct CliOutput {
    int exitCode = -1;
    QString out;
    QString err;

    /// stdout parsed as JSON; a test failure is recorded when it is not JSON.
    QJsonDocument json() const;
};

/// Runs batonctl in-process, as `batonctl ARGS…` would, and captures its output.
class CliRunner {
public:
    static CliOutput run(const QStringList &args);
    /// The same with `--db path` in front.
    static CliOutput onFile(const QString &path, const QStringList &args);
    /// Writes bytes that are not an SQLite database to path.
    static void writeNotADatabase(const QString &path);
};

} // namespace baton::cli::test
