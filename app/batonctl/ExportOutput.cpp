#include "ExportOutput.h"

#include <QDir>

namespace baton::cli {
namespace {

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(ErrorKind::Io, QStringLiteral("Cannot write %1: %2. Choose a folder you may write to.")
                                        .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

ExportOutput::ExportOutput(QString path, QTextStream &standardOutput)
    : m_path(std::move(path))
    , m_standardOutput(standardOutput)
{}

Result<QTextStream *> ExportOutput::open()
{
    if (toStandardOutput())
        return &m_standardOutput;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return cannotWrite(m_path, m_file->errorString());
    m_stream = std::make_unique<QTextStream>(m_file.get());
    return m_stream.get();
}

Result<void> ExportOutput::commit()
{
    if (toStandardOutput()) {
        m_standardOutput.flush();
        return {};
    }
    m_stream->flush();
    if (m_stream->status() != QTextStream::Ok || !m_file->commit())
        return cannotWrite(m_path, m_file->errorString());
    return {};
}

} // namespace baton::cli
