#include "review/ReviewCsv.h"

#include "common/CsvWriter.h"

#include <QSaveFile>

namespace baton {
namespace {

QString csvRate(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

QString csvSeconds(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

const QStringList rowColumns{QStringLiteral("key"),
                             QStringLiteral("label"),
                             QStringLiteral("handed_over"),
                             QStringLiteral("accepted"),
                             QStringLiteral("rejected"),
                             QStringLiteral("acceptance_rate"),
                             QStringLiteral("sal_to_sql"),
                             QStringLiteral("mql_to_sql"),
                             QStringLiteral("first_contact_median_business_seconds"),
                             QStringLiteral("first_contact_p90_business_seconds"),
                             QStringLiteral("sla_compliance"),
                             QStringLiteral("completeness"),
                             QStringLiteral("stale_mqls"),
                             QStringLiteral("moves_without_contact")};

QStringList rowFields(const ReviewRow &row)
{
    const PeriodMetrics &m = row.metrics;
    return {row.key,
            row.label,
            QString::number(m.handedOver),
            QString::number(m.accepted),
            QString::number(m.rejected),
            csvRate(m.acceptanceRate()),
            csvRate(m.salToSql()),
            csvRate(m.mqlToSql()),
            csvSeconds(m.firstContactBusiness.median),
            csvSeconds(m.firstContactBusiness.p90),
            csvRate(m.slaCompliance()),
            csvRate(m.completeness()),
            QString::number(m.staleMqls),
            QString::number(m.movesWithoutContact)};
}

} // namespace

void ReviewCsv::writePeriod(QTextStream &out, const ReviewMetrics &review)
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("metric"), QStringLiteral("current"), QStringLiteral("previous")});
    const auto row = [&](const char *metric, const QString &now, const QString &before) {
        csv.writeRow({QString::fromLatin1(metric), now, before});
    };
    const PeriodMetrics &m = review.current;
    const PeriodMetrics &p = review.previous;
    row("handed_over", QString::number(m.handedOver), QString::number(p.handedOver));
    row("accepted", QString::number(m.accepted), QString::number(p.accepted));
    row("rejected", QString::number(m.rejected), QString::number(p.rejected));
    row("acceptance_rate", csvRate(m.acceptanceRate()), csvRate(p.acceptanceRate()));
    row("sal_to_sql", csvRate(m.salToSql()), csvRate(p.salToSql()));
    row("mql_to_sql", csvRate(m.mqlToSql()), csvRate(p.mqlToSql()));
    row("first_contact_median_business_seconds", csvSeconds(m.firstContactBusiness.median),
        csvSeconds(p.firstContactBusiness.median));
    row("first_contact_p90_business_seconds", csvSeconds(m.firstContactBusiness.p90),
        csvSeconds(p.firstContactBusiness.p90));
    row("first_contact_median_seconds", csvSeconds(m.firstContactWall.median),
        csvSeconds(p.firstContactWall.median));
    row("first_contact_p90_seconds", csvSeconds(m.firstContactWall.p90), csvSeconds(p.firstContactWall.p90));
    row("routing_delay_median_seconds", csvSeconds(m.routingDelay.median), csvSeconds(p.routingDelay.median));
    row("sla_compliance", csvRate(m.slaCompliance()), csvRate(p.slaCompliance()));
    row("completeness", csvRate(m.completeness()), csvRate(p.completeness()));
    row("stale_mqls", QString::number(m.staleMqls), QString::number(p.staleMqls));
    row("moves_without_contact", QString::number(m.movesWithoutContact),
        QString::number(p.movesWithoutContact));
}

void ReviewCsv::writeRows(QTextStream &out, const std::vector<ReviewRow> &rows)
{
    CsvWriter csv(out);
    csv.writeRow(rowColumns);
    for (const ReviewRow &row : rows)
        csv.writeRow(rowFields(row));
}

void ReviewCsv::writeReview(QTextStream &out, const ReviewMetrics &review,
                            const std::vector<GroupMetrics> &owners,
                            const std::vector<GroupMetrics> &campaigns)
{
    CsvWriter csv(out);
    csv.writeRow(QStringList{QStringLiteral("group")} + rowColumns);
    const auto write = [&](const QString &group, const std::vector<ReviewRow> &rows) {
        for (const ReviewRow &row : rows)
            csv.writeRow(QStringList{group} + rowFields(row));
    };
    write(QStringLiteral("week"), weekRows(review));
    write(QStringLiteral("owner"), groupRows(owners));
    write(QStringLiteral("campaign"), groupRows(campaigns));
}

Result<void> ReviewCsv::saveReview(const QString &path, const ReviewMetrics &review,
                                   const std::vector<GroupMetrics> &owners,
                                   const std::vector<GroupMetrics> &campaigns)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorKind::Io,
                         QStringLiteral("Cannot write %1: %2. Choose a folder you may write to.")
                             .arg(path, file.errorString()));
    }
    QTextStream out(&file);
    writeReview(out, review, owners, campaigns);
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit()) {
        return makeError(ErrorKind::Io,
                         QStringLiteral("Cannot write %1: %2. Choose a folder you may write to.")
                             .arg(path, file.errorString()));
    }
    return {};
}

std::vector<ReviewRow> ReviewCsv::weekRows(const ReviewMetrics &review)
{
    std::vector<ReviewRow> rows;
    rows.reserve(review.weeks.size());
    for (const WeekMetrics &week : review.weeks)
        rows.push_back({week.monday.toString(Qt::ISODate), week.monday.toString(Qt::ISODate), week.metrics});
    return rows;
}

std::vector<ReviewRow> ReviewCsv::groupRows(const std::vector<GroupMetrics> &groups)
{
    std::vector<ReviewRow> rows;
    rows.reserve(groups.size());
    for (const GroupMetrics &group : groups)
        rows.push_back({group.key, group.label, group.metrics});
    return rows;
}

} // namespace baton
