#include "ImportSource.h"

#include "import/ImportPreset.h"

#include <QDir>

namespace baton::cli {

Result<std::unique_ptr<QFile>> ImportSource::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists()) {
        return makeError(
            ErrorKind::NotFound,
            QStringLiteral("There is no file %1 to import.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file->open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Io,
            QStringLiteral("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file->errorString()));
    }
    return file;
}

Result<ColumnMapping> ImportSource::mapping(const QString &preset, const QString &mappingFile)
{
    if (!preset.isEmpty() && !mappingFile.isEmpty())
        return makeError(ErrorKind::InvalidInput, QStringLiteral("Give --preset or --mapping, not both."));
    if (!mappingFile.isEmpty())
        return ColumnMapping::load(mappingFile);
    if (preset.isEmpty()) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Say how to read the file: --preset %1, or --mapping FILE.")
                             .arg(ImportPreset::names().join(QLatin1Char('|'))));
    }
    if (auto known = ImportPreset::named(preset))
        return *known;
    return makeError(ErrorKind::InvalidInput,
                     QStringLiteral("There is no preset '%1'; the presets are %2.")
                         .arg(preset, ImportPreset::names().join(QStringLiteral(", "))));
}

} // namespace baton::cli
