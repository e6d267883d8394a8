#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace baton::casefold {

// Case-insensitive matching against needles folded once (QString::toCaseFolded()), without
// allocating: ASCII folds through a comparison, other BMP characters through QChar's simple
// case folding, as Qt::CaseInsensitive does. Several times faster than Qt's general path on
// the short texts of scoring (titles, industries, URLs).

inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
    return QChar::toCaseFolded(c);
}

/// Whether text[at, at + needle.size()) equals the folded needle; the caller checks the bounds.
inline bool equalAt(QStringView text, qsizetype at, QStringView foldedNeedle)
{
    const char16_t *t = text.utf16() + at;
    const char16_t *n = foldedNeedle.utf16();
    for (qsizetype i = 0; i < foldedNeedle.size(); ++i) {
        if (fold(t[i]) != n[i])
            return false;
    }
    return true;
}

inline bool equals(QStringView text, QStringView foldedNeedle)
{
    return text.size() == foldedNeedle.size() && equalAt(text, 0, foldedNeedle);
}

inline bool startsWith(QStringView text, QStringView foldedNeedle)
{
    return text.size() >= foldedNeedle.size() && equalAt(text, 0, foldedNeedle);
}

inline bool endsWith(QStringView text, QStringView foldedNeedle)
{
    return text.size() >= foldedNeedle.size() &&
           equalAt(text, text.size() - foldedNeedle.size(), foldedNeedle);
}

/// The first position at or after `from` where the folded needle occurs, or -1.
inline qsizetype indexOf(QStringView text, QStringView foldedNeedle, qsizetype from = 0)
{
    if (foldedNeedle.isEmpty())
        return from <= text.size() ? from : -1;
    const char16_t first = foldedNeedle.utf16()[0];
    const char16_t *t = text.utf16();
    for (qsizetype at = from; at + foldedNeedle.size() <= text.size(); ++at) {
        if (fold(t[at]) == first && equalAt(text, at, foldedNeedle))
            return at;
    }
    return -1;
}

inline bool contains(QStringView text, QStringView foldedNeedle)
{
    return indexOf(text, foldedNeedle) >= 0;
}

} // namespace baton::casefold
