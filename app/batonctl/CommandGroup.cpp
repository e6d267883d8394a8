#include "CommandGroup.h"

#include "CommandContext.h"
#include "CommandParser.h"

#include <algorithm>
#include <limits>

namespace baton::cli {

CommandGroup::CommandGroup(QString name, QString summary, QString description)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
    , m_description(std::move(description))
    , m_path(m_name)
{}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    if (auto *group = dynamic_cast<CommandGroup *>(command.get()))
        group->m_path = m_path + QLatin1Char(' ') + group->m_name;
    m_commands.push_back(std::move(command));
}

QList<CommandSummary> CommandGroup::summaries(const QString &prefix) const
{
    const QString path = prefix.isEmpty() ? m_name : prefix + QLatin1Char(' ') + m_name;
    QList<CommandSummary> lines;
    for (const auto &command : m_commands)
        lines += command->summaries(path);
    return lines;
}

int CommandGroup::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(m_path, QStringLiteral("COMMAND [options]"), m_description);
    parser.setStopAtFirstPositional(true);
    parser.setRequiresDatabase(false);
    parser.setPositionalRange(0, std::numeric_limits<int>::max());
    parser.addNote(commandList());
    if (auto stop = parser.parse(context, args))
        return *stop;

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        QStringList names;
        for (const auto &command : m_commands)
            names << command->name();
        return parser.usageError(
            context, QStringLiteral("%1 needs a command: %2.").arg(m_path, names.join(QStringLiteral(", "))));
    }
    for (const auto &command : m_commands) {
        if (command->name() == rest.first())
            return command->run(context, rest);
    }
    return parser.usageError(context, QStringLiteral("Unknown command '%1 %2'.").arg(m_path, rest.first()));
}

QString CommandGroup::commandList() const
{
    QString text = QStringLiteral("Commands:\n");
    const QList<CommandSummary> lines = summaries(QString());
    qsizetype width = 0;
    for (const CommandSummary &line : lines)
        width = std::max(width, line.name.size());
    for (const CommandSummary &line : lines)
        text += QStringLiteral("  %1  %2\n").arg(line.name.leftJustified(width), line.summary);
    text += QStringLiteral("\nRun 'batonctl %1 COMMAND --help' for a command's options and examples.")
                .arg(m_path);
    return text;
}

} // namespace baton::cli
