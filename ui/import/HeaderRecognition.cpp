#include "import/HeaderRecognition.h"

#include "import/CsvReader.h"
#include "import/CsvRecord.h"
#include "import/ImportHeader.h"
#include "import/ImportPreset.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>

namespace baton {
namespace {

constexpr std::array<ImportField, 1> leadRequired{ImportField::Email};
constexpr std::array<ImportField, 3> eventRequired{ImportField::Email, ImportField::EventType,
                                                   ImportField::EventTime};

} // namespace

Result<QStringList> HeaderRecognition::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Io,
            QObject::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    CsvReader reader(file);
    CsvRecord record;
    return ImportHeader::read(reader, record);
}

QString HeaderRecognition::presetFor(const QStringList &header)
{
    QString best;
    long bestCount = 0;
    for (const QString &name : ImportPreset::names()) {
        auto columns = ImportPreset::named(name)->resolve(header, leadFields, leadRequired);
        if (!columns)
            continue;
        const long count = std::count_if(leadFields.begin(), leadFields.end(),
                                         [&](ImportField field) { return columns->has(field); });
        if (count > bestCount) {
            best = name;
            bestCount = count;
        }
    }
    return best;
}

std::span<const ImportField> HeaderRecognition::fields(ImportKind kind)
{
    if (kind == ImportKind::Events)
        return eventFields;
    return leadFields;
}

std::span<const ImportField> HeaderRecognition::required(ImportKind kind)
{
    if (kind == ImportKind::Events)
        return eventRequired;
    return leadRequired;
}

} // namespace baton
