#include "review/ReviewPdf.h"

#include "review/AcceptanceTrendChart.h"
#include "review/CompletenessChart.h"
#include "review/ContactHistogramChart.h"
#include "review/FunnelChart.h"
#include "review/OwnerSlaChart.h"
#include "review/PdfLayout.h"
#include "review/RejectionReasonsChart.h"
#include "review/ReviewPdfTables.h"
#include "review/ReviewText.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <memory>

namespace baton {
namespace {

/// The screen's logical resolution: the charts are laid out in its pixels.
constexpr int resolution = 96;
constexpr int chartHeight = 300;

/// Draws a chart at its own size into `area` of the page, laid out as the Review page would.
void drawChart(ReviewChart *chart, QPainter &painter, const QRectF &area)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from here
    chart->resize(area.size());
    // The chart lays its axes and series out when the layout request it posted is handled.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
}

/// A table's columns at their shares of the width; with `numbers`, those after the first are
/// right-aligned.
QList<PdfLayout::Column> columns(const QStringList &titles, const QList<qreal> &shares, bool numbers)
{
    QList<PdfLayout::Column> result;
    for (qsizetype i = 0; i < titles.size(); ++i)
        result.append({titles[i], shares.value(i, 1), numbers && i > 0});
    return result;
}

} // namespace

QString ReviewPdf::title() const
{
    return tr("Joint review: week of %1")
        .arg(QLocale().toString(m_document.week, QStringLiteral("d MMMM yyyy")));
}

Result<int> ReviewPdf::write(const QString &path) const
{
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) == nullptr) {
        return makeError(ErrorKind::InvalidInput,
                         tr("The review's PDF draws its charts with the desktop app's widgets, and this "
                            "program did not start them (it has no QApplication). Export it from the desktop "
                            "app or with batonctl."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorKind::Io,
            tr("Cannot write %1: %2. Choose a folder you may write to.").arg(path, file.errorString()));

    const ReviewNumbers &numbers = m_document.numbers;
    const ReviewMetrics &review = numbers.review;
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Baton"));
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        PdfLayout layout(writer, title());
        if (!layout.isActive()) {
            file.cancelWriting();
            return makeError(ErrorKind::Io, tr("Cannot write %1: the PDF could not be started.").arg(path));
        }

        layout.title(title());
        layout.paragraph(ReviewPdfTables::filterText(m_document));
        const QLocale locale;
        const QString zone = QString::fromUtf8(numbers.request.zone.id());
        layout.paragraph(
            tr("Handoffs from %1 to %2 (weeks from Monday, %3), against the week before.")
                .arg(locale.toString(m_document.week, QStringLiteral("ddd d MMM")),
                     locale.toString(m_document.week.addDays(6), QStringLiteral("ddd d MMM yyyy")), zone),
            true);
        layout.paragraph(review.definitionNumber
                             ? tr("Lead definition version %1 is in effect.").arg(*review.definitionNumber)
                             : tr("No lead definition has been signed by both teams yet."),
                         true);
        layout.paragraph(tr("Generated at %1; what sales made of each handoff is counted as it stood then.")
                             .arg(locale.toString(m_document.generatedAt.toTimeZone(numbers.request.zone),
                                                  QStringLiteral("d MMM yyyy HH:mm")) +
                                  QLatin1Char(' ') + zone),
                         true);

        layout.heading(tr("The week's numbers"));
        layout.table(columns(ReviewPdfTables::metricColumns(), {3.2, 1, 1, 1, 1, 0.8}, true),
                     ReviewPdfTables::metricRows(review));

        layout.heading(tr("Charts"));
        const int year = m_document.week.year();
        const auto chart = [&](ReviewChart *shown) {
            const qreal height = std::max(chartHeight, shown->preferredHeight());
            layout.picture(
                height, [shown](QPainter &painter, const QRectF &area) { drawChart(shown, painter, area); });
        };
        // Each chart is built for its page and dropped with its scene.
        auto *trend = new AcceptanceTrendChart;
        trend->showWeeks(review.weeks, year);
        chart(trend);
        auto *funnel = new FunnelChart;
        funnel->showMetrics(review.current);
        chart(funnel);
        auto *contact = new ContactHistogramChart;
        contact->showMetrics(review.current);
        chart(contact);
        auto *owners = new OwnerSlaChart;
        owners->showGroups(numbers.owners);
        chart(owners);
        auto *reasons = new RejectionReasonsChart;
        reasons->showReasons(numbers.reasons);
        chart(reasons);
        auto *completeness = new CompletenessChart;
        completeness->showGroups(numbers.campaigns);
        chart(completeness);

        const QList<qreal> groupShares{2.4, 1, 1, 1, 1, 1, 1, 1, 1.1};
        layout.heading(tr("By owner"));
        if (numbers.owners.empty())
            layout.paragraph(tr("No handoffs this week."), true);
        else
            layout.table(columns(ReviewPdfTables::groupColumns(tr("Owner")), groupShares, true),
                         ReviewPdfTables::groupRows(numbers.owners));
        layout.heading(tr("By campaign"));
        if (numbers.campaigns.empty())
            layout.paragraph(tr("No handoffs this week."), true);
        else
            layout.table(columns(ReviewPdfTables::groupColumns(tr("Campaign")), groupShares, true),
                         ReviewPdfTables::groupRows(numbers.campaigns));
        layout.heading(tr("Rejection reasons"));
        if (numbers.reasons.empty())
            layout.paragraph(tr("Nothing was rejected or disqualified this week."), true);
        else
            layout.table(columns(ReviewPdfTables::reasonColumns(), {4, 1, 1}, true),
                         ReviewPdfTables::reasonRows(numbers));

        layout.heading(tr("Decisions"));
        if (m_document.decisions.empty())
            layout.paragraph(tr("No decisions were recorded for this week."), true);
        else
            layout.table(
                columns(ReviewPdfTables::decisionColumns(), {1.3, 1.5, 2, 5}, false),
                ReviewPdfTables::decisionRows(m_document.decisions, m_document.numbers.request.zone));
        layout.heading(tr("Action items"));
        if (m_document.actionItems.empty())
            layout.paragraph(tr("No action items are open or were raised this week."), true);
        else
            layout.table(columns(ReviewPdfTables::actionColumns(), {4, 1.6, 1.3, 1.3, 2}, false),
                         ReviewPdfTables::actionRows(m_document.actionItems));
        layout.finish();
        pages = layout.pageCount();
    }
    if (!file.commit())
        return makeError(
            ErrorKind::Io,
            tr("Cannot write %1: %2. Choose a folder you may write to.").arg(path, file.errorString()));
    return pages;
}

} // namespace baton
