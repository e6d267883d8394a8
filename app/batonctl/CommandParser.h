#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton::cli {

class CommandContext;

/// One command's options, positional arguments, help text and examples, on top of
/// QCommandLineParser. Every command accepts --help and --db FILE.
class CommandParser {
public:
    /// command: "lead reject"; synopsis: what follows it, e.g. "ID --reason CODE --as USER".
    CommandParser(QString command, QString synopsis, QString description);

    void addOption(const QCommandLineOption &option);
    void addPositionalArgument(const QString &name, const QString &description);
    /// An example command line (after "batonctl") and what it does.
    void addExample(const QString &arguments, const QString &explanation);
    /// A paragraph shown after the options.
    void addNote(const QString &text);
    /// For command groups: the first positional argument and all after it belong to a subcommand.
    void setStopAtFirstPositional(bool stop);
    /// Whether the command works on a file and so needs --db (default true).
    void setRequiresDatabase(bool required) { m_requiresDatabase = required; }
    /// How many positional arguments are acceptable (default: as many as were declared).
    void setPositionalRange(int minimum, int maximum);

    /// Parses args (args[0] is the command's name) and takes --db into the context.
    /// Returns an exit code when the command ends here: 0 after --help, 2 on a usage error.
    std::optional<int> parse(CommandContext &context, const QStringList &args);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    /// Whether the command has this option (for code shared by commands with different options).
    bool hasOption(const QString &name) const { return m_optionNames.contains(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    /// Every value of an option given more than once, in order.
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    const QString &command() const { return m_command; }
    QString helpText() const;

    /// Prints the message and a pointer to --help; returns the usage exit code.
    int usageError(CommandContext &context, const QString &message) const;

private:
    struct Positional {
        QString name;
        QString description;
    };
    struct Example {
        QString arguments;
        QString explanation;
    };

    QCommandLineParser m_parser;
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QList<Positional> m_positionals;
    QList<Example> m_examples;
    QStringList m_notes;
    QStringList m_optionNames;
    bool m_requiresDatabase = true;
    std::optional<int> m_minimumPositionals;
    std::optional<int> m_maximumPositionals;
};

} // namespace baton::cli
