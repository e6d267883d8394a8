#include "RoutingEditOptions.h"

#include "CommandParser.h"

namespace baton::cli {
namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorKind::InvalidInput, message);
}

} // namespace

void RoutingEditOptions::addTo(CommandParser &parser)
{
    const auto add = [&parser](const QString &name, const char *description,
                               const char *valueName = nullptr) {
        parser.addOption(valueName ? QCommandLineOption(name, QString::fromUtf8(description),
                                                        QString::fromLatin1(valueName))
                                   : QCommandLineOption(name, QString::fromUtf8(description)));
    };
    add(team, "The team to change (as users' teams are named); made when missing.", "NAME");
    add(timeZone,
        "The team's or person's time zone (IANA, e.g. America/New_York); for a person, "
        "\"team\" goes back to the team's.",
        "ZONE");
    add(hours,
        "The team's or person's working hours, e.g. \"mon-fri 09:00-17:00; sat 10:00-14:00\", "
        "\"always\", \"none\"; for a person, \"team\" goes back to the team's.",
        "HOURS");
    add(holiday, "A day off for the whole team (repeatable; adds).", "YYYY-MM-DD");
    add(noHoliday, "No longer a day off (repeatable; removes).", "YYYY-MM-DD");
    add(warnBefore, "Warn the owner this many minutes before the due time.", "MINUTES");
    add(reassignAfter, "Take the lead back this many minutes after the due time (0: never).", "MINUTES");
    add(reassignPool, "The pool escalated leads go to (\"\": the fallback pool).", "POOL");
    add(pool, "The pool to change; made when missing.", "NAME");
    add(member, "Add this person to the pool, or change them (repeatable).", "LOGIN");
    add(weight, "The members' share of the pool's leads, 1 to 100 (new members: 1).", "N");
    add(dailyCap, "At most N new leads a day for the members; \"none\" lifts the cap.", "N");
    add(openCap, "No new lead while a member holds N open ones; \"none\" lifts the cap.", "N");
    add(removeMember, "Take this person out of the pool (repeatable).", "LOGIN");
    add(deletePool, "Delete the pool.");
    add(person, "The person whose availability changes; made when missing.", "LOGIN");
    add(away, "Out of office on these dates, both included (repeatable).", "FROM..TO");
    add(back, "Clear the person's absences.");
    add(fallbackPool, "The pool that takes the leads no rule takes (\"\": none).", "POOL");
}

Result<void> RoutingEditOptions::checkCombination(const CommandParser &parser)
{
    const bool hasTeam = parser.isSet(team);
    const bool hasPool = parser.isSet(pool);
    const bool hasPerson = parser.isSet(person);
    for (const QString &option : {timeZone, hours}) {
        if (parser.isSet(option) && hasTeam == hasPerson)
            return invalid(QStringLiteral("%1 is for --team NAME or --person LOGIN: give one of them with it "
                                          "(run team set twice to change both).")
                               .arg(dashed(option)));
    }
    const auto needs = [&parser](const QList<QString> &options, bool given,
                                 const char *target) -> Result<void> {
        for (const QString &option : options) {
            if (parser.isSet(option) && !given)
                return invalid(QStringLiteral("%1 needs %2.").arg(dashed(option), QLatin1String(target)));
        }
        return {};
    };
    BATON_TRY(needs({holiday, noHoliday, warnBefore, reassignAfter, reassignPool}, hasTeam, "--team NAME"));
    BATON_TRY(needs({member, removeMember, deletePool}, hasPool, "--pool NAME"));
    BATON_TRY(needs({weight, dailyCap, openCap}, parser.isSet(member),
                    "--pool NAME --member LOGIN: the members they apply to"));
    BATON_TRY(needs({away, back}, hasPerson, "--person LOGIN"));
    if (parser.isSet(deletePool) && (parser.isSet(member) || parser.isSet(removeMember)))
        return invalid(
            QStringLiteral("--delete-pool deletes the whole pool: leave out --member and --remove-member."));
    if (!hasTeam && !hasPool && !hasPerson && !parser.isSet(fallbackPool))
        return invalid(
            QStringLiteral("team set needs what to change: --team NAME, --pool NAME, --person LOGIN "
                           "or --fallback-pool POOL."));
    return {};
}

} // namespace baton::cli
