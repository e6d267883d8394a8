#include "card/ResponseHtml.h"

#include "card/CardHtml.h"
#include "format/AgeFormat.h"
#include "format/SlaFormat.h"

namespace baton {

QString ResponseHtml::render(const std::optional<SlaClock> &clock, const QString &routing,
                             const QDateTime &now)
{
    if (!clock && routing.isEmpty())
        return {};
    std::vector<std::pair<QString, QString>> rows;
    if (clock) {
        rows.emplace_back(tr("Tier"), tr("<b>%1</b> · %2 business minutes")
                                          .arg(CardHtml::escaped(clock->tier))
                                          .arg(clock->windowMinutes));
        const SlaState state = clock->stateAt(now, SlaFormat::dueSoonMinutes);
        QString due =
            clock->dueAt ? CardHtml::escaped(AgeFormat::full(*clock->dueAt)) : tr("no working hours set");
        if (clock->dueAt && clock->running()) {
            due += QStringLiteral(" <b style=\"color:%1;\">%2</b>")
                       .arg(SlaFormat::foreground(state).name(),
                            CardHtml::escaped(SlaFormat::countdown(*clock->dueAt, now)));
        }
        rows.emplace_back(tr("Respond by"), due);
        rows.emplace_back(tr("State"), QStringLiteral("<span style=\"color:%1;\">%2</span>")
                                           .arg(SlaFormat::foreground(state).name(),
                                                CardHtml::escaped(slaStateLabel(state))));
        if (clock->firstContactAt) {
            rows.emplace_back(tr("First contact"),
                              CardHtml::escaped(AgeFormat::full(*clock->firstContactAt)));
        } else if (clock->closedAt) {
            rows.emplace_back(tr("First contact"),
                              CardHtml::muted(tr("none: it left the queue without one")));
        } else {
            rows.emplace_back(tr("First contact"), CardHtml::muted(tr("not yet")));
        }
    }
    if (!routing.isEmpty())
        rows.emplace_back(tr("Routed"), CardHtml::escaped(routing));
    return CardHtml::heading(tr("Response")) + CardHtml::fields(rows);
}

} // namespace baton
