#pragma once

#include "domain/LeadCard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace baton {

/// Writes a lead's context card as HTML for a QTextBrowser: who they are (and a warning when
/// its stage moved on without a meaningful contact), their company, the source campaign, the
/// opportunity and its qualification, the response, the thread both teams write in, the score,
/// the engagement story, the stage history and the activities.
class LeadCardHtml {
    Q_DECLARE_TR_FUNCTIONS(LeadCardHtml)

public:
    /// Turns a reason code into its label ("no_authority" -> "No authority").
    using ReasonLabel = std::function<QString(const QString &code)>;

    /// Whether the card carries the lead's thread (a page that shows the thread beside it leaves it out).
    enum class Thread { Shown, Left };

    static QString render(const LeadCard &card, const QDateTime &now, const ReasonLabel &reasonLabel = {},
                          Thread thread = Thread::Shown);
    static QString nothingSelected();
    static QString emptyQueue();
    static QString unreadable(const QString &message);

private:
    static QString header(const LeadCard &card, const QDateTime &now);
    static QString person(const Person &person);
    static QString company(const Company &company);
    static QString campaign(const LeadCard &card);
    static QString withoutContact(Stage stage);
    static QString seniorityLabel(const QString &seniority);
    static QString countryLabel(const QString &isoCode);
};

} // namespace baton
