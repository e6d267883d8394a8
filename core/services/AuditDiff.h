#pragma once

#include <QJsonObject>
#include <QStringList>

namespace baton {

/// The part of two JSON documents an audit entry keeps: only the top-level sections that differ,
/// before and after; a long list named in `counted` is kept as its length alone.
class AuditDiff {
public:
    AuditDiff(const QJsonObject &before, const QJsonObject &after, const QStringList &counted = {});

    const QJsonObject &before() const { return m_before; }
    const QJsonObject &after() const { return m_after; }
    /// The sections that differ, in order: "rules, pools".
    QStringList sections() const { return m_sections; }

private:
    QJsonObject m_before;
    QJsonObject m_after;
    QStringList m_sections;
};

} // namespace baton
