#include "agreement/ImpactPreviewText.h"

#include "agreement/AgreementText.h"

#include <QLocale>

#include <cmath>

namespace baton {
namespace {

QString leads(qint64 count)
{
    return AgreementText::count(count, ImpactPreviewText::tr("lead"), ImpactPreviewText::tr("leads"));
}

} // namespace

QStringList ImpactPreviewText::paragraphs(const ImpactPreview &preview)
{
    return {handoffs(preview), overlap(preview), acceptance(preview)};
}

QString ImpactPreviewText::draftName(const ImpactPreview &preview)
{
    if (preview.versionNumber < 0)
        return tr("the definition being edited");
    if (preview.versionNumber == 0)
        return tr("the built-in defaults");
    return tr("version %1").arg(preview.versionNumber);
}

QString ImpactPreviewText::capitalizedDraftName(const ImpactPreview &preview)
{
    QString name = draftName(preview);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString ImpactPreviewText::handoffs(const ImpactPreview &preview)
{
    const QString window =
        preview.weeks == 1 ? tr("the last week") : tr("the last %1 weeks").arg(preview.weeks);
    QString text =
        tr("In %1 (%2 to %3), %4 handed over to sales; %5 would have handed over %6.")
            .arg(window, QLocale().toString(preview.from.toLocalTime().date(), QLocale::ShortFormat),
                 QLocale().toString(preview.to.toLocalTime().date(), QLocale::ShortFormat),
                 preview.actualHandoffs == 1
                     ? tr("1 lead was")
                     : tr("%1 leads were").arg(AgreementText::number(preview.actualHandoffs)),
                 draftName(preview), leads(preview.draftHandoffs));
    const qint64 change = preview.draftHandoffs - preview.actualHandoffs;
    if (change > 0)
        text += QLatin1Char(' ') + tr("That is %1 more.").arg(AgreementText::number(change));
    else if (change < 0)
        text += QLatin1Char(' ') + tr("That is %1 fewer.").arg(AgreementText::number(-change));
    else
        text += QLatin1Char(' ') + tr("The same number.");
    return text;
}

QString ImpactPreviewText::overlap(const ImpactPreview &preview)
{
    const qint64 kept = preview.bothHandoffs;
    const qint64 heldBack = preview.actualHandoffs - preview.bothHandoffs;
    const qint64 added = preview.draftHandoffs - preview.bothHandoffs;
    if (preview.actualHandoffs == 0 && preview.draftHandoffs == 0)
        return tr("Neither hands over any lead in this window, so there is no overlap to compare.");
    return tr("%1 handed over either way. %2 would have held back %3 that were handed over, and handed "
              "over %4 that were not.")
        .arg(kept == 1 ? tr("1 lead would have been")
                       : tr("%1 leads would have been").arg(AgreementText::number(kept)))
        .arg(capitalizedDraftName(preview))
        .arg(leads(heldBack), leads(added));
}

QString ImpactPreviewText::acceptance(const ImpactPreview &preview)
{
    const auto actual = preview.actualAcceptanceRate();
    if (!actual)
        return tr("Sales has not accepted or rejected any of the leads from this window yet, so there is no "
                  "acceptance rate to compare.");
    QString text =
        tr("Sales accepted %1 of the %2 it judged (%3).")
            .arg(AgreementText::number(preview.judgedAccepted), leads(preview.judged), percent(actual));
    const auto draft = preview.draftAcceptanceRate();
    if (!draft) {
        text += QLatin1Char(' ') +
                tr("%1 would have sent none of those judged leads.").arg(capitalizedDraftName(preview));
        return text;
    }
    text += QLatin1Char(' ') + tr("Of the %1 that %2 would also have sent, it accepted %3 (%4).")
                                   .arg(leads(preview.judgedSent), draftName(preview),
                                        AgreementText::number(preview.judgedSentAccepted), percent(draft));
    const long points = std::lround((*draft - *actual) * 100.0);
    if (points > 0)
        text += QLatin1Char(' ') + tr("Acceptance would have been %1 points higher.").arg(points);
    else if (points < 0)
        text += QLatin1Char(' ') + tr("Acceptance would have been %1 points lower.").arg(-points);
    else
        text += QLatin1Char(' ') + tr("Acceptance would have been about the same.");
    return text;
}

QString ImpactPreviewText::percent(std::optional<double> rate)
{
    if (!rate)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(std::lround(*rate * 100.0));
}

} // namespace baton
