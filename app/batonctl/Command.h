#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace baton::cli {

class CommandContext;

/// One line of the command overview in `batonctl --help`.
struct CommandSummary {
    QString name;    ///< "lead reject"
    QString summary; ///< "Reject a lead, with a reason"
};

/// A batonctl command: parses its own arguments and does its work through core.
class Command {
public:
    Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;
    virtual ~Command() = default;

    /// The word that selects it: "init", "lead", "reject".
    virtual QString name() const = 0;
    /// One line for the overview.
    virtual QString summary() const = 0;
    /// The overview lines for this command (a group lists its subcommands).
    virtual QList<CommandSummary> summaries(const QString &prefix) const
    {
        return {{prefix.isEmpty() ? name() : prefix + QLatin1Char(' ') + name(), summary()}};
    }
    /// Runs it. args[0] is the command's own name; returns the process exit code.
    virtual int run(CommandContext &context, const QStringList &args) = 0;
};

} // namespace baton::cli
