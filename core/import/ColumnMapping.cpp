#include "import/ColumnMapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace baton {
namespace {

const QString formatKey = QStringLiteral("format");
const QString formatValue = QStringLiteral("baton-import-mapping");
const QString versionKey = QStringLiteral("version");
const QString nameKey = QStringLiteral("name");
const QString columnsKey = QStringLiteral("columns");
const QString datesKey = QStringLiteral("dateFormats");
const QString zoneKey = QStringLiteral("timeZone");
const QString footerKey = QStringLiteral("footer");

Error invalid(const QString &message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

Result<QStringList> stringList(const QJsonValue &value, const QString &what)
{
    if (value.isString())
        return QStringList{value.toString()};
    if (!value.isArray())
        return invalid(QStringLiteral("In the mapping, %1 must be a text or a list of texts.").arg(what));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return invalid(QStringLiteral("In the mapping, %1 must list texts only.").arg(what));
        list << item.toString();
    }
    return list;
}

QString normalized(const QString &header)
{
    return header.trimmed().toCaseFolded();
}

} // namespace

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columnsObject;
    for (const auto &[field, headers] : columns) {
        columnsObject.insert(fieldName(field), headers.size() == 1
                                                   ? QJsonValue(headers.first())
                                                   : QJsonValue(QJsonArray::fromStringList(headers)));
    }
    QJsonObject object{{formatKey, formatValue},
                       {versionKey, 1},
                       {nameKey, name},
                       {columnsKey, columnsObject},
                       {datesKey, QJsonArray::fromStringList(dateFormats)},
                       {zoneKey, timeZone}};
    if (!footer.isEmpty())
        object.insert(footerKey, QJsonArray::fromStringList(footer));
    return object;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &object)
{
    if (object.value(formatKey).toString() != formatValue) {
        return invalid(QStringLiteral("This is not a Baton import mapping: it needs \"format\": \"%1\".")
                           .arg(formatValue));
    }
    if (object.value(versionKey).toInt(1) != 1) {
        return invalid(QStringLiteral("The mapping is of version %1; this Baton reads version 1.")
                           .arg(object.value(versionKey).toInt()));
    }
    ColumnMapping mapping;
    mapping.name = object.value(nameKey).toString();
    const QJsonValue columnsValue = object.value(columnsKey);
    if (!columnsValue.isObject() || columnsValue.toObject().isEmpty())
        return invalid(QStringLiteral("The mapping needs \"columns\": which header holds each field."));
    const QJsonObject columnsObject = columnsValue.toObject();
    for (auto it = columnsObject.begin(); it != columnsObject.end(); ++it) {
        const auto field = fieldFromName(it.key());
        if (!field) {
            QStringList known;
            for (size_t i = 0; i < importFieldCount; ++i)
                known << fieldName(static_cast<ImportField>(i));
            return invalid(QStringLiteral("The mapping names a field '%1' Baton does not know; the fields "
                                          "are %2.")
                               .arg(it.key(), known.join(QStringLiteral(", "))));
        }
        auto headers = stringList(it.value(), QStringLiteral("the column of '%1'").arg(it.key()));
        if (!headers)
            return headers.error();
        mapping.columns[*field] = *headers;
    }
    if (object.contains(datesKey)) {
        auto formats = stringList(object.value(datesKey), datesKey);
        if (!formats)
            return formats.error();
        for (const QString &format : *formats) {
            if (auto parsed = DateFormat::parse(format); !parsed)
                return parsed.error();
        }
        mapping.dateFormats = *formats;
    }
    if (object.contains(zoneKey)) {
        mapping.timeZone = object.value(zoneKey).toString();
        if (!QTimeZone(mapping.timeZone.toUtf8()).isValid()) {
            return invalid(QStringLiteral("The mapping's time zone '%1' is not one this computer knows; "
                                          "give an IANA name such as Europe/Berlin, or UTC.")
                               .arg(mapping.timeZone));
        }
    }
    if (object.contains(footerKey)) {
        auto footer = stringList(object.value(footerKey), footerKey);
        if (!footer)
            return footer.error();
        mapping.footer = *footer;
    }
    return mapping;
}

Result<void> ColumnMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    return fromJsonText(file.readAll(), path);
}

Result<ColumnMapping> ColumnMapping::fromJsonText(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(QStringLiteral("%1 is not a JSON object (%2 at offset %3).")
                           .arg(sourceName, error.errorString())
                           .arg(error.offset));
    }
    return fromJson(document.object());
}

Result<ImportColumns> ColumnMapping::resolve(const QStringList &header, std::span<const ImportField> allowed,
                                             std::span<const ImportField> required) const
{
    ImportColumns resolved;
    resolved.headers = header;
    resolved.footer = footer;
    QStringList folded;
    for (const QString &h : header)
        folded << normalized(h);
    for (const auto &[field, candidates] : columns) {
        if (std::find(allowed.begin(), allowed.end(), field) == allowed.end())
            continue;
        for (const QString &candidate : candidates) {
            const auto at = folded.indexOf(normalized(candidate));
            if (at >= 0) {
                resolved.index[static_cast<size_t>(field)] = static_cast<int>(at);
                break;
            }
        }
    }
    for (ImportField field : required) {
        if (resolved.has(field))
            continue;
        const auto wanted = columns.find(field);
        const QString looked =
            wanted == columns.end()
                ? QStringLiteral("the mapping names no column for it")
                : QStringLiteral("looked for %1").arg(wanted->second.join(QStringLiteral(", ")));
        return invalid(QStringLiteral("The file has no column for %1 (%2). Its columns are: %3. Use a "
                                      "mapping file (--mapping) that names the right one.")
                           .arg(fieldName(field), looked, header.join(QStringLiteral(", "))));
    }
    for (const QString &format : dateFormats) {
        auto parsed = DateFormat::parse(format);
        if (!parsed)
            return parsed.error();
        resolved.dateFormats.push_back(std::move(parsed).value());
    }
    if (timeZone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) != 0 && !timeZone.isEmpty()) {
        resolved.zone = QTimeZone(timeZone.toUtf8());
        if (!resolved.zone.isValid())
            return invalid(
                QStringLiteral("The time zone '%1' is not one this computer knows.").arg(timeZone));
    }
    return resolved;
}

} // namespace baton
