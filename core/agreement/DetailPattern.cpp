#include "agreement/DetailPattern.h"

#include "agreement/CaseFold.h"

#include <QStringList>

namespace baton {

DetailPattern::DetailPattern(const QString &pattern)
{
    if (!pattern.contains(QLatin1Char('*'))) {
        m_prefix = pattern.toCaseFolded();
        return;
    }
    m_glob = true;
    const QStringList parts = pattern.toCaseFolded().split(QLatin1Char('*'));
    m_prefix = parts.front();
    m_suffix = parts.back();
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        if (!parts[i].isEmpty())
            m_middle.push_back(parts[i]);
    }
}

bool DetailPattern::matches(QStringView text) const
{
    if (!m_glob)
        return m_prefix.isEmpty() || casefold::contains(text, m_prefix);
    if (text.size() < m_prefix.size() + m_suffix.size())
        return false;
    if (!casefold::startsWith(text, m_prefix) || !casefold::endsWith(text, m_suffix))
        return false;
    if (m_middle.empty())
        return true;
    const QStringView window = text.sliced(m_prefix.size(), text.size() - m_prefix.size() - m_suffix.size());
    qsizetype from = 0;
    for (const QString &part : m_middle) {
        const qsizetype at = casefold::indexOf(window, part, from);
        if (at < 0)
            return false;
        from = at + part.size();
    }
    return true;
}

} // namespace baton
