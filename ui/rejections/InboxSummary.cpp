#include "rejections/InboxSummary.h"

#include "rejections/InboxText.h"
#include "rejections/InboxTile.h"

#include <QColor>
#include <QHBoxLayout>

namespace baton {
namespace {

const QColor moreColor(0xb9, 0x1c, 0x1c);
const QColor fewerColor(0x15, 0x80, 0x3d);

} // namespace

InboxSummary::InboxSummary(QWidget *parent)
    : QWidget(parent)
    , m_total(new InboxTile(tr("Rejections in the period"), this))
    , m_split(new InboxTile(tr("Rejected / disqualified"), this))
    , m_open(new InboxTile(tr("Not reviewed yet"), this))
    , m_disputed(new InboxTile(tr("Disputed"), this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (InboxTile *tile : {m_total, m_split, m_open, m_disputed})
        layout->addWidget(tile);
}

void InboxSummary::showInbox(const RejectionInbox &inbox, const RejectionPeriod &period, const QDateTime &now)
{
    const double weeks = period.elapsedWeeks(now);
    const double rate = weeks > 0 ? inbox.total / weeks : 0.0;
    const double earlier =
        inbox.earlierWeeks > 0 ? static_cast<double>(inbox.earlierTotal) / inbox.earlierWeeks : 0.0;
    const QString change = InboxText::change(rate, earlier);
    QColor colour;
    if (earlier > 0 && rate > earlier * 1.005)
        colour = moreColor;
    else if (earlier > 0 && rate < earlier * 0.995)
        colour = fewerColor;
    m_total->setNumbers(InboxText::number(inbox.total),
                        tr("%1 a week against the %2 weeks before\n%3 a week in this period, %4 before")
                            .arg(change)
                            .arg(inbox.earlierWeeks)
                            .arg(InboxText::average(rate), InboxText::average(earlier)),
                        colour);

    const double rejectedShare = inbox.total > 0 ? static_cast<double>(inbox.rejected) / inbox.total : 0.0;
    m_split->setNumbers(
        tr("%1 / %2").arg(InboxText::number(inbox.rejected), InboxText::number(inbox.disqualified)),
        inbox.total > 0
            ? tr("%1 turned down before they were accepted").arg(InboxText::percent(rejectedShare))
            : tr("none in the period"));

    const double openShare = inbox.total > 0 ? static_cast<double>(inbox.open) / inbox.total : 0.0;
    m_open->setNumbers(InboxText::number(inbox.open),
                       inbox.total == 0  ? tr("nothing to review")
                       : inbox.open == 0 ? tr("every one has been looked at")
                                         : tr("%1 of the period's").arg(InboxText::percent(openShare)));
    m_disputed->setNumbers(InboxText::number(inbox.disputed), inbox.disputed == 0
                                                                  ? tr("no dispute waiting")
                                                                  : tr("waiting for a sales manager"));
}

void InboxSummary::showPending(const QString &words)
{
    for (InboxTile *tile : {m_total, m_split, m_open, m_disputed})
        tile->setNumbers(QStringLiteral("…"), words);
}

} // namespace baton
