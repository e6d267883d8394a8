#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace baton {

/// An engagement rule's detail pattern, compiled once, matched without allocating.
/// Empty matches everything; without '*' it is a case-insensitive substring; with '*' a
/// case-insensitive glob over the whole text ("/pricing*", "*webinar*", "/customers/*/story").
class DetailPattern {
public:
    DetailPattern() = default;
    explicit DetailPattern(const QString &pattern);

    bool matches(QStringView text) const;

private:
    bool m_glob = false;
    // All case-folded once here.
    QString m_prefix;              ///< the substring when not a glob, else the text before the first '*'
    QString m_suffix;              ///< the text after the last '*'
    std::vector<QString> m_middle; ///< the parts between stars, found in order
};

} // namespace baton
