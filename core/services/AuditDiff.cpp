#include "services/AuditDiff.h"

#include <QJsonArray>

namespace baton {
namespace {

QJsonValue kept(const QJsonValue &value, bool counted)
{
    if (counted && value.isArray())
        return QJsonObject{{QStringLiteral("count"), value.toArray().size()}};
    return value;
}

} // namespace

AuditDiff::AuditDiff(const QJsonObject &before, const QJsonObject &after, const QStringList &counted)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys << key;
    }
    for (const QString &key : keys) {
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        if (was == now)
            continue;
        m_sections << key;
        const bool count = counted.contains(key);
        if (!was.isUndefined())
            m_before.insert(key, kept(was, count));
        if (!now.isUndefined())
            m_after.insert(key, kept(now, count));
    }
}

} // namespace baton
