#pragma once

#include "feedback/Suggestion.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace baton {

/// The changes to the definition the feedback points at, each in words with an "Open as draft"
/// button; a word in their place while there are none, or while they are being worked out.
class SuggestionList : public QWidget {
    Q_OBJECT

public:
    explicit SuggestionList(QWidget *parent = nullptr);

    void setSuggestions(std::vector<Suggestion> suggestions);
    /// Shows the text instead of the suggestions (e.g. while they are counted).
    void setPlaceholder(const QString &text);

    int count() const { return static_cast<int>(m_suggestions.size()); }
    const Suggestion &suggestion(int index) const { return m_suggestions.at(static_cast<size_t>(index)); }
    QPushButton *openButton(int index) const;
    QString placeholderText() const;

Q_SIGNALS:
    /// "Open as draft" was pressed for the suggestion at this index.
    void openRequested(int index);

private:
    void clearRows();

    std::vector<Suggestion> m_suggestions;
    std::vector<QPushButton *> m_buttons;
    QVBoxLayout *m_rows;
    QLabel *m_placeholder;
};

} // namespace baton
