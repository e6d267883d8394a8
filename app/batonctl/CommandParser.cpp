#include "CommandParser.h"

#include "CommandContext.h"

namespace baton::cli {
namespace {

const QString helpName = QStringLiteral("help");
const QString dbName = QStringLiteral("db");

} // namespace

CommandParser::CommandParser(QString command, QString synopsis, QString description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption(dbName, QStringLiteral("The Baton file to work on."), QStringLiteral("FILE")));
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), helpName}, QStringLiteral("Show this help.")));
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_optionNames += option.names();
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals.append({name, description});
}

void CommandParser::addExample(const QString &arguments, const QString &explanation)
{
    m_examples.append({arguments, explanation});
}

void CommandParser::addNote(const QString &text)
{
    m_notes.append(text);
}

void CommandParser::setStopAtFirstPositional(bool stop)
{
    m_parser.setOptionsAfterPositionalArgumentsMode(stop ? QCommandLineParser::ParseAsPositionalArguments
                                                         : QCommandLineParser::ParseAsOptions);
}

void CommandParser::setPositionalRange(int minimum, int maximum)
{
    m_minimumPositionals = minimum;
    m_maximumPositionals = maximum;
}

std::optional<int> CommandParser::parse(CommandContext &context, const QStringList &args)
{
    if (!m_parser.parse(args))
        return usageError(context, m_parser.errorText());
    if (m_parser.isSet(helpName)) {
        context.out() << helpText();
        context.out().flush();
        return toInt(ExitCode::Ok);
    }
    if (m_parser.isSet(dbName))
        context.setDatabasePath(m_parser.value(dbName));

    const QStringList positionals = m_parser.positionalArguments();
    const int minimum = m_minimumPositionals.value_or(static_cast<int>(m_positionals.size()));
    const int maximum = m_maximumPositionals.value_or(static_cast<int>(m_positionals.size()));
    if (positionals.size() < minimum) {
        const Positional &missing = m_positionals.at(positionals.size());
        QString what = missing.description;
        if (!what.isEmpty())
            what[0] = what[0].toLower();
        return usageError(context, QStringLiteral("%1 needs %2: %3").arg(m_command, missing.name, what));
    }
    if (positionals.size() > maximum)
        return usageError(context, QStringLiteral("Unexpected argument '%1'.").arg(positionals.at(maximum)));

    if (m_requiresDatabase && context.databasePath().isEmpty()) {
        return usageError(context, QStringLiteral("No Baton file given: add --db FILE (for example "
                                                  "`batonctl --db team.baton %1`).")
                                       .arg(m_command));
    }
    return std::nullopt;
}

QString CommandParser::helpText() const
{
    QString text = QStringLiteral("Usage: batonctl --db FILE %1").arg(m_command);
    if (!m_synopsis.isEmpty())
        text += QLatin1Char(' ') + m_synopsis;
    text += QStringLiteral("\n\n") + m_description + QLatin1Char('\n');

    // QCommandLineParser lays out options and arguments well; its usage line names the
    // running executable, so only the part from "Options:" on is kept.
    const QString generated = m_parser.helpText();
    const qsizetype options = generated.indexOf(QStringLiteral("Options:"));
    if (options >= 0)
        text += QLatin1Char('\n') + generated.mid(options);

    for (const QString &note : m_notes)
        text += QLatin1Char('\n') + note + QLatin1Char('\n');

    if (!m_examples.isEmpty()) {
        text += QStringLiteral("\nExamples:\n");
        for (const Example &example : m_examples) {
            text += QStringLiteral("  batonctl %1\n").arg(example.arguments);
            text += QStringLiteral("      %1\n").arg(example.explanation);
        }
    }
    return text;
}

int CommandParser::usageError(CommandContext &context, const QString &message) const
{
    context.err() << "batonctl: " << message << '\n'
                  << "Run 'batonctl " << m_command << " --help' for usage." << Qt::endl;
    return toInt(ExitCode::Usage);
}

} // namespace baton::cli
