#include "LeadHandOverCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "UserResolver.h"
#include "services/LeadService.h"

namespace baton::cli {
namespace {

const QString toOption = QStringLiteral("to");

} // namespace

QString LeadHandOverCommand::description() const
{
    return QStringLiteral("The lead met the agreed definition: it becomes an MQL, the SLA clock starts,\n"
                          "and it goes to the named owner (or waits unassigned in the team queue).");
}

void LeadHandOverCommand::addOptions(CommandParser &parser) const
{
    parser.addOption(
        QCommandLineOption(toOption, QStringLiteral("The owner, by login or id."), QStringLiteral("USER")));
    parser.addExample(QStringLiteral("--db team.baton lead handover 42 --to sam.sdr"),
                      QStringLiteral("Lead 42 goes to Sam."));
}

int LeadHandOverCommand::perform(Request &request)
{
    std::optional<qint64> ownerId;
    QString detail;
    if (request.parser.isSet(toOption)) {
        auto owner =
            UserResolver::resolve(request.db, request.parser.value(toOption), QStringLiteral("--to"));
        if (!owner)
            return request.context.actionFailed(owner.error());
        ownerId = owner->id;
        detail = QStringLiteral("owner %1").arg(owner->login);
    } else {
        detail = QStringLiteral("unassigned");
    }
    return report(request,
                  request.service.handOver(request.lead.id, ownerId,
                                           request.actor ? std::optional(request.actor->id) : std::nullopt,
                                           request.expected),
                  detail);
}

} // namespace baton::cli
