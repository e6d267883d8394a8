#pragma once

#include "common/Result.h"

#include <QSaveFile>
#include <QString>
#include <QTextStream>

#include <memory>

namespace baton::cli {

/// Where an export goes: standard output for "-", else a file written whole or not at all (a
/// failed or stopped export leaves what was at the path untouched).
class ExportOutput {
public:
    ExportOutput(QString path, QTextStream &standardOutput);
    ExportOutput(const ExportOutput &) = delete;
    ExportOutput &operator=(const ExportOutput &) = delete;
    ExportOutput(ExportOutput &&) = delete;
    ExportOutput &operator=(ExportOutput &&) = delete;
    ~ExportOutput() = default;

    Result<QTextStream *> open();
    /// Puts the file in place (nothing for standard output).
    Result<void> commit();
    bool toStandardOutput() const { return m_path == QLatin1String("-"); }

private:
    QString m_path;
    QTextStream &m_standardOutput;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QTextStream> m_stream;
};

} // namespace baton::cli
