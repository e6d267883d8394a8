#include "feedback/SuggestionList.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

SuggestionList::SuggestionList(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    setPlaceholder(QString());
}

void SuggestionList::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *row = item->widget())
            row->deleteLater();
        delete item;
    }
    m_buttons.clear();
}

void SuggestionList::setPlaceholder(const QString &text)
{
    clearRows();
    m_suggestions.clear();
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

void SuggestionList::setSuggestions(std::vector<Suggestion> suggestions)
{
    setPlaceholder(suggestions.empty() ? tr("No rule stands out in this period: nothing to suggest.")
                                       : QString());
    m_suggestions = std::move(suggestions);
    for (size_t i = 0; i < m_suggestions.size(); ++i) {
        auto *row = new QFrame(this);
        row->setFrameShape(QFrame::StyledPanel);
        auto *text = new QLabel(m_suggestions[i].text, row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *open = new QPushButton(tr("Open as draft"), row);
        open->setToolTip(tr("Make a draft of the lead definition with this change, for the joint review"));
        auto *line = new QHBoxLayout(row);
        line->addWidget(text, 1);
        line->addWidget(open, 0, Qt::AlignVCenter);
        m_rows->addWidget(row);
        m_buttons.push_back(open);
        const int index = static_cast<int>(i);
        connect(open, &QPushButton::clicked, this, [this, index] { Q_EMIT openRequested(index); });
    }
}

QPushButton *SuggestionList::openButton(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_buttons.size()))
        return nullptr;
    return m_buttons[static_cast<size_t>(index)];
}

QString SuggestionList::placeholderText() const
{
    return m_placeholder->isVisibleTo(this) ? m_placeholder->text() : QString();
}

} // namespace baton
