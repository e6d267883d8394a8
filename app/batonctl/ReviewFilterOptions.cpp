#include "ReviewFilterOptions.h"

#include "CommandParser.h"
#include "UserResolver.h"
#include "ValueParser.h"
#include "routing/RoutingCondition.h"

#include <limits>

namespace baton::cli {
namespace {

const QString campaignOption = QStringLiteral("campaign");
const QString segmentOption = QStringLiteral("segment");
const QString ownerOption = QStringLiteral("owner");
const QString teamOption = QStringLiteral("team");

} // namespace

void ReviewFilterOptions::add(CommandParser &parser, bool withSegment)
{
    parser.addOption(QCommandLineOption(
        campaignOption, QStringLiteral("Only handoffs from this campaign, by id; 0 for those without one."),
        QStringLiteral("ID")));
    if (withSegment) {
        parser.addOption(
            QCommandLineOption(segmentOption,
                               QStringLiteral("Only leads of this segment by annual revenue: %1.")
                                   .arg(RoutingCondition::allSegments().join(QStringLiteral(", "))),
                               QStringLiteral("SEGMENT")));
    }
    parser.addOption(QCommandLineOption(
        ownerOption, QStringLiteral("Only handoffs this user owns (login or id)."), QStringLiteral("USER")));
    parser.addOption(QCommandLineOption(
        teamOption,
        QStringLiteral("Only handoffs owned by this team's people; its weeks are in its time zone."),
        QStringLiteral("TEAM")));
}

Result<ReviewFilter> ReviewFilterOptions::read(const CommandParser &parser, Database &db)
{
    ReviewFilter filter;
    if (parser.isSet(campaignOption)) {
        auto id = ValueParser::count(parser.value(campaignOption), QStringLiteral("--campaign"), 0,
                                     std::numeric_limits<qint64>::max());
        if (!id)
            return id.error();
        filter.campaignId = *id;
    }
    if (parser.hasOption(segmentOption) && parser.isSet(segmentOption)) {
        const QString segment = parser.value(segmentOption).trimmed().toLower();
        if (!RoutingCondition::allSegments().contains(segment)) {
            return Error{ErrorKind::InvalidInput,
                         QStringLiteral("--segment '%1' is not a segment. Segments: %2.")
                             .arg(parser.value(segmentOption),
                                  RoutingCondition::allSegments().join(QStringLiteral(", ")))};
        }
        filter.segment = segment;
    }
    if (parser.isSet(ownerOption)) {
        auto owner = UserResolver::resolve(db, parser.value(ownerOption), QStringLiteral("--owner"));
        if (!owner)
            return owner.error();
        filter.ownerId = owner->id;
    }
    if (parser.isSet(teamOption))
        filter.team = parser.value(teamOption).trimmed();
    return filter;
}

} // namespace baton::cli
