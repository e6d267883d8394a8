#include "storage/CheckListRewrite.h"

#include "storage/Database.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

namespace baton {

QString CheckListRewrite::asOrs(const QString &sql)
{
    static const QRegularExpression list(
        QStringLiteral(
            R"(\b([A-Za-z_][A-Za-z0-9_]*)\s+IN\s*\(((?:\s*'(?:[^']|'')*'\s*,){2,}\s*'(?:[^']|'')*'\s*)\))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression value(QStringLiteral("'(?:[^']|'')*'"));
    QString rewritten;
    qsizetype copied = 0;
    for (auto match = list.globalMatch(sql); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const QString column = found.captured(1);
        if (column.compare(QLatin1String("NOT"), Qt::CaseInsensitive) == 0)
            continue; // NOT IN reads differently; no table of Baton's has one
        QStringList equalities;
        for (auto each = value.globalMatch(found.captured(2)); each.hasNext();)
            equalities << column + QStringLiteral(" = ") + each.next().captured();
        rewritten += QStringView(sql).mid(copied, found.capturedStart() - copied);
        rewritten += QLatin1Char('(') + equalities.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        copied = found.capturedEnd();
    }
    if (copied == 0)
        return sql;
    rewritten += QStringView(sql).mid(copied);
    return rewritten;
}

Result<void> CheckListRewrite::apply(Database &db)
{
    auto tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL");
    if (!tables)
        return tables.error();
    std::vector<std::pair<QString, QString>> changed;
    BATON_TRY(tables->forEachRow([&](const Statement &row) {
        const QString sql = row.text(1);
        QString rewritten = asOrs(sql);
        if (rewritten != sql)
            changed.emplace_back(row.text(0), std::move(rewritten));
    }));
    if (changed.empty())
        return {};
    auto version = db.queryInt("PRAGMA schema_version");
    if (!version)
        return version.error();

    BATON_TRY(db.exec("PRAGMA writable_schema = ON"));
    const auto off = qScopeGuard([&db] { (void)db.exec("PRAGMA writable_schema = OFF"); });
    auto update = db.prepare("UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1");
    if (!update)
        return update.error();
    for (const auto &[name, sql] : changed) {
        update->bind(1, name);
        update->bind(2, sql);
        BATON_TRY(update->run());
        update->reset();
    }
    return db.exec("PRAGMA schema_version = " + std::to_string(*version + 1));
}

} // namespace baton
