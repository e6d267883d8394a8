#include "CliRunner.h"

#include "CommandLine.h"

#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

namespace baton::cli::test {

QJsonDocument CliOutput::json() const
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << "not JSON: " << error.errorString().toStdString() << "\n"
        << out.toStdString();
    return document;
}

CliOutput CliRunner::run(const QStringList &args)
{
    CliOutput output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    output.exitCode = baton::cli::run(QStringList{QStringLiteral("batonctl")} + args, out, err);
    out.flush();
    err.flush();
    return output;
}

CliOutput CliRunner::onFile(const QString &path, const QStringList &args)
{
    return run(QStringList{QStringLiteral("--db"), path} + args);
}

void CliRunner::writeNotADatabase(const QString &path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 50; ++i)
        file.write("name,email,company\nJane Doe,jane@example.com,Acme Corp\n");
}

} // namespace baton::cli::test
