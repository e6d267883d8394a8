#pragma once

#include "domain/Stage.h"

#include <QString>

#include <utility>
#include <vector>

namespace baton {

/// The small pieces the context card is written with: escaping, muted text, a stage badge,
/// section headings and label/value tables. Colours live here and nowhere else.
class CardHtml {
public:
    static QString escaped(const QString &text);
    /// Secondary text in a muted grey (the text is escaped).
    static QString muted(const QString &text);
    /// Already-formed HTML in the muted grey.
    static QString mutedHtml(const QString &html);
    /// The stage label in its colours, as a small badge.
    static QString badge(Stage stage);
    /// The stage label in its colour, without the fill.
    static QString stageText(Stage stage);
    static QString heading(const QString &title);
    /// Rows of label (escaped) and value (HTML): empty values are left out.
    static QString fields(const std::vector<std::pair<QString, QString>> &rows);
    /// A centred message for an empty card.
    static QString placeholder(const QString &title, const QString &text);
    /// A line in amber with a warning sign, for what needs a second look (the text is escaped).
    static QString warning(const QString &text);
    /// Text set off by a coloured bar, for quoting what a lead wrote or asked.
    static QString quote(const QString &text, const QString &caption);
    /// The document style sheet the card's HTML expects.
    static QString styleSheet();
};

} // namespace baton
