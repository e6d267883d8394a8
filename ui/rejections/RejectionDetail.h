#pragma once

#include "common/Result.h"
#include "domain/RejectionReview.h"
#include "rejections/ReviewAction.h"

#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace baton {

class LeadCardView;
class ReviewPrompter;
class Session;

/// The selected rejection: the owner's reason and note, where the review stands and the
/// lead's thread, its context package (the lead card), and the review steps the current user
/// may take on it. Each step is checked against the version read; a step someone else took
/// first is reported in the core's words and the rejection read again.
class RejectionDetail : public QWidget {
    Q_OBJECT

public:
    RejectionDetail(Session &session, ReviewPrompter &prompter, QWidget *parent = nullptr);

    /// Reads the review and its thread and shows them; 0 shows that nothing is selected.
    void showReview(qint64 reviewId);
    /// Reads the shown review again.
    void reload();
    /// Asks for the step's words where it needs them, and takes it.
    void take(ReviewAction action);

    const std::optional<RejectionReview> &review() const { return m_review; }
    QPushButton *button(ReviewAction action) const { return m_buttons.at(action); }
    LeadCardView *card() const { return m_card; }
    QTextBrowser *reviewBrowser() const { return m_browser; }
    /// The review and thread as plain text, e.g. for tests.
    QString reviewText() const;
    QString message() const;

Q_SIGNALS:
    /// A step was stored, or the review was found moved on: lists and counts read again.
    void reviewChanged(qint64 reviewId);
    /// The lead changed stage (recycled, reopened): views of the queue read again.
    void leadsChanged();

private:
    QPushButton *addButton(ReviewAction action, const QString &text, const QString &toolTip);
    void updateButtons();
    void showMessage(const QString &text, bool failure);
    /// The step's outcome; empty when the person cancelled it.
    std::optional<Result<void>> run(ReviewAction action, const RejectionReview &review, qint64 actorId);
    static QString done(ReviewAction action, const QString &leadName);

    Session &m_session;
    ReviewPrompter &m_prompter;
    std::optional<RejectionReview> m_review;
    QLabel *m_message;
    QTextBrowser *m_browser;
    LeadCardView *m_card;
    QSplitter *m_splitter;
    std::map<ReviewAction, QPushButton *> m_buttons;
    std::map<ReviewAction, QString> m_toolTips;
};

} // namespace baton
