#include "DefinitionText.h"

#include "TextFormat.h"
#include "ValueParser.h"
#include "agreement/DefinitionJson.h"

#include <QFile>
#include <QFileInfo>

namespace baton::cli {
namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString kindMark(DefinitionDifference::Kind kind)
{
    switch (kind) {
    case DefinitionDifference::Kind::Added:
        return QStringLiteral("+");
    case DefinitionDifference::Kind::Removed:
        return QStringLiteral("-");
    case DefinitionDifference::Kind::Changed:
        return QStringLiteral("~");
    }
    return {};
}

} // namespace

Result<Definition> DefinitionText::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::InvalidInput,
                         QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    return DefinitionJson::fromJson(file.readAll(), QFileInfo(path).fileName());
}

Result<int> DefinitionText::number(const QString &text, bool allowDefaults)
{
    auto value =
        ValueParser::count(text, QStringLiteral("definition version"), allowDefaults ? 0 : 1, 1'000'000'000);
    if (!value)
        return value.error();
    return static_cast<int>(*value);
}

QString DefinitionText::state(const DefinitionVersion &version)
{
    if (version.number == 0)
        return QStringLiteral("built-in defaults (nothing signed yet)");
    if (version.kind == VersionKind::Draft)
        return teamName(version.team.value_or(DefinitionTeam::Marketing)) + QStringLiteral(" draft");
    QString text = QStringLiteral("proposal, ") + statusName(version.status);
    if (version.effectiveFrom)
        text += QStringLiteral(" from ") + timeText(*version.effectiveFrom);
    return text;
}

void DefinitionText::writeSummary(QTextStream &out, const DefinitionVersion &version)
{
    out << "Version " << version.number << ": " << state(version) << '\n';
    if (version.number == 0)
        return;
    out << "Created: " << timeText(version.createdAt) << '\n';
    if (version.sourceDrafts.size() == 2) {
        out << "Reconciles marketing's draft " << version.sourceDrafts[0] << " and sales' draft "
            << version.sourceDrafts[1] << '\n';
    }
    for (const DefinitionSignature &signature : version.signatures) {
        out << "Signed by user " << signature.userId << " (" << roleLabel(signature.role) << ") at "
            << timeText(signature.signedAt) << '\n';
    }
    if (auto seconds = version.timeToAgreementSeconds())
        out << "Time to agreement: " << TextFormat::duration(*seconds) << '\n';
}

void DefinitionText::writeDifferences(QTextStream &out, const std::vector<DefinitionDifference> &differences)
{
    if (differences.empty()) {
        out << "No differences." << Qt::endl;
        return;
    }
    for (const DefinitionDifference &difference : differences) {
        out << kindMark(difference.kind) << ' ' << difference.part << ' ' << difference.key;
        if (!difference.name.isEmpty() && difference.name != difference.key)
            out << " (" << difference.name << ')';
        out << '\n';
        for (const PropertyChange &change : difference.changes)
            out << "    " << change.property << ": " << change.oldValue << " -> " << change.newValue << '\n';
    }
    out.flush();
}

} // namespace baton::cli
