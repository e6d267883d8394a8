#pragma once

#include "domain/LeadCard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace baton {

/// The card's "Opportunity" section (value, note, expected close, won or lost with the reason)
/// and its "Qualification" section: each item of the checklist with its answer and note.
class OpportunityHtml {
    Q_DECLARE_TR_FUNCTIONS(OpportunityHtml)

public:
    /// Empty when the lead never became an opportunity.
    static QString render(const LeadCard &card, const QDateTime &now);

private:
    static QString result(const LeadCard &card, const QDateTime &now);
    static QString qualification(const std::vector<QualificationAnswer> &answers);
    static QString answerText(ChecklistAnswer::Value value);
};

} // namespace baton
