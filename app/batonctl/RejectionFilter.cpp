#include "RejectionFilter.h"

#include "CommandParser.h"
#include "ReportPeriod.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "feedback/FeedbackDimension.h"

#include <QStringList>

#include <limits>

namespace baton::cli {
namespace {

const QString statusOption = QStringLiteral("status");
const QString stageOption = QStringLiteral("stage");
const QString reasonOption = QStringLiteral("reason");
const QString campaignOption = QStringLiteral("campaign");
const QString sourceOption = QStringLiteral("source");
const QString bandOption = QStringLiteral("band");
const QString ownerOption = QStringLiteral("owner");
const QString limitOption = QStringLiteral("limit");
constexpr qint64 maxLimit = 100'000;

QString statusNames()
{
    QStringList names;
    for (ReviewStatus status : allReviewStatuses)
        names << reviewStatusName(status);
    return names.join(QStringLiteral(", "));
}

QString bandNames()
{
    QStringList lows;
    for (int low = 0; low <= ScoreBand::top; low += ScoreBand::width)
        lows << QString::number(low);
    return lows.join(QStringLiteral(", "));
}

Error invalid(const QString &message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

} // namespace

void RejectionFilter::addOptions(CommandParser &parser)
{
    parser.addOption(QCommandLineOption(
        statusOption, QStringLiteral("Only reviews with this status: %1.").arg(statusNames()),
        QStringLiteral("STATUS")));
    parser.addOption(QCommandLineOption(
        stageOption, QStringLiteral("Only rejections (rejected) or disqualifications (disqualified)."),
        QStringLiteral("STAGE")));
    parser.addOption(QCommandLineOption(reasonOption,
                                        QStringLiteral("Only this reason code (`lead reasons` lists them)."),
                                        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(
        campaignOption, QStringLiteral("Only leads from this campaign, by id; 0 for leads without one."),
        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(
        sourceOption,
        QStringLiteral("Only leads from campaigns of this kind (webinar, whitepaper, …); none "
                       "for leads without a campaign."),
        QStringLiteral("KIND")));
    parser.addOption(QCommandLineOption(
        bandOption,
        QStringLiteral("Only leads whose score at handoff was in the band starting at LOW: %1 (each %2 "
                       "points wide, %3 and more for the top one); none for those handed over with no score.")
            .arg(bandNames())
            .arg(ScoreBand::width)
            .arg(ScoreBand::top),
        QStringLiteral("LOW")));
    parser.addOption(QCommandLineOption(ownerOption,
                                        QStringLiteral("Only those turned down by this user (login or id)."),
                                        QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(limitOption,
                                        QStringLiteral("At most N reviews (default %1).").arg(defaultLimit),
                                        QStringLiteral("N")));
}

Result<ReviewQuery> RejectionFilter::parse(const CommandParser &parser, const ReportPeriod &period)
{
    ReviewQuery query;
    query.from = period.from();
    query.to = period.to();
    query.limit = defaultLimit;
    if (parser.isSet(statusOption)) {
        const auto status = reviewStatusFromName(parser.value(statusOption).trimmed().toLower());
        if (!status) {
            return invalid(QStringLiteral("'%1' is not a review status. Statuses: %2.")
                               .arg(parser.value(statusOption), statusNames()));
        }
        query.status = *status;
    }
    if (parser.isSet(stageOption)) {
        auto stage = ValueParser::stage(parser.value(stageOption));
        if (!stage || (*stage != Stage::Rejected && *stage != Stage::Disqualified)) {
            return invalid(QStringLiteral("--stage '%1': reviews are of rejected or disqualified leads.")
                               .arg(parser.value(stageOption)));
        }
        query.stage = *stage;
    }
    if (parser.isSet(reasonOption))
        query.reasonCode = parser.value(reasonOption).trimmed();
    if (parser.isSet(campaignOption)) {
        auto id = ValueParser::count(parser.value(campaignOption), QStringLiteral("--campaign"), 0,
                                     std::numeric_limits<qint64>::max());
        if (!id)
            return id.error();
        query.campaignId = *id;
    }
    if (parser.isSet(sourceOption)) {
        const QString source = parser.value(sourceOption).trimmed().toLower();
        query.source = source == QLatin1String("none") ? QStringLiteral("") : source;
    }
    if (parser.isSet(bandOption) && parser.value(bandOption).trimmed().toLower() == QLatin1String("none")) {
        query.withoutScore = true;
    } else if (parser.isSet(bandOption)) {
        auto low = ValueParser::count(parser.value(bandOption), QStringLiteral("--band"), 0, ScoreBand::top);
        if (!low || *low % ScoreBand::width != 0) {
            return invalid(
                QStringLiteral("--band '%1' is not the low end of a score band. Bands start at %2, or none.")
                    .arg(parser.value(bandOption), bandNames()));
        }
        const auto [minimum, maximum] = ScoreBand::range(static_cast<int>(*low));
        query.minScore = minimum;
        query.maxScore = maximum;
    }
    if (parser.isSet(limitOption)) {
        auto limit = ValueParser::count(parser.value(limitOption), QStringLiteral("--limit"), 1, maxLimit);
        if (!limit)
            return limit.error();
        query.limit = static_cast<int>(*limit);
    }
    return query;
}

Result<void> RejectionFilter::resolveOwner(ReviewQuery &query, Database &db, const CommandParser &parser)
{
    if (!parser.isSet(ownerOption))
        return {};
    auto owner = UserResolver::resolve(db, parser.value(ownerOption), QStringLiteral("--owner"));
    if (!owner)
        return owner.error();
    query.rejectedBy = owner->id;
    return {};
}

} // namespace baton::cli
