#pragma once

#include "card/LeadCardHtml.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QTextBrowser;

namespace baton {

class LeadCardService;
class Session;

/// The context card beside the queue: everything about the selected lead, or a word
/// saying there is nothing to show.
class LeadCardView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadCardView)

public:
    explicit LeadCardView(Session &session, QWidget *parent = nullptr);
    ~LeadCardView() override;

    /// Reads the lead's card and shows it.
    void showLead(qint64 leadId);
    void showNothingSelected();
    void showEmptyQueue();
    /// Reads the shown lead again (after an action, or after one failed).
    void reload();

    /// Leaves the thread out of the card, for a page that shows it beside the card.
    void setThreadShown(bool shown)
    {
        m_thread = shown ? LeadCardHtml::Thread::Shown : LeadCardHtml::Thread::Left;
    }

    qint64 leadId() const { return m_leadId; }
    QTextBrowser *browser() const { return m_browser; }
    /// The card as plain text, e.g. for tests.
    QString plainText() const;

private:
    void loadReasonLabels();
    void setHtml(const QString &html);

    Session &m_session;
    std::unique_ptr<LeadCardService> m_cards;
    QTextBrowser *m_browser;
    qint64 m_leadId = 0;
    LeadCardHtml::Thread m_thread = LeadCardHtml::Thread::Shown;
    QHash<QString, QString> m_reasonLabels;
};

} // namespace baton
