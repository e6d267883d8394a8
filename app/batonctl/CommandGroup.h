#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace baton::cli {

/// A command made of subcommands, such as `lead list` and `lead show`.
class CommandGroup : public Command {
public:
    CommandGroup(QString name, QString summary, QString description);

    /// A group added to a group (`review action`) takes its place in the usage lines and messages.
    void add(std::unique_ptr<Command> command);

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QList<CommandSummary> summaries(const QString &prefix) const override;
    int run(CommandContext &context, const QStringList &args) override;

private:
    /// The subcommands with their summaries, for --help.
    QString commandList() const;

    QString m_name;
    QString m_summary;
    QString m_description;
    QString m_path; ///< "review action" for a group inside `review`; else the name
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace baton::cli
