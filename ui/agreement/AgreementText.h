#pragma once

#include "agreement/DefinitionVersion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace baton {

class UserDirectory;

/// The words the Agreement workspace uses for versions, durations and the parts of a definition.
class AgreementText {
    Q_DECLARE_TR_FUNCTIONS(AgreementText)

public:
    /// The two largest units, in words: "3 days 4 hours", "1 hour 5 minutes", "less than a minute".
    static QString duration(qint64 seconds);
    /// "agreed in 3 days 4 hours"
    static QString agreedIn(qint64 seconds);
    /// A full local date and time; "—" when invalid.
    static QString time(const QDateTime &time);
    /// "1,204" in the user's locale.
    static QString number(qint64 value);
    /// "1 lead", "1,204 leads" (singular and plural given in English).
    static QString count(qint64 value, const QString &singular, const QString &plural);

    static QString teamLabel(DefinitionTeam team);    ///< "Marketing", "Sales"
    static QString kindLabel(VersionKind kind);       ///< "Draft", "Proposal"
    static QString statusLabel(VersionStatus status); ///< "Draft", "Proposed", "Effective", "Superseded"
    /// "Marketing's draft", "Sales' draft"
    static QString draftOf(DefinitionTeam team);
    /// "Version 3 · sales draft", "Version 5 · proposal awaiting signatures", "Version 4 · effective",
    /// "Version 0 · built-in defaults"
    static QString versionTitle(const DefinitionVersion &version);
    /// "Mark Marketing (marketing manager) on Tue 10 Mar 2026, 11:00"
    static QString signature(const DefinitionSignature &signature, const UserDirectory &users);

    /// "Fit rules" for "fitRules", and so on for every part DefinitionDiff names.
    static QString partLabel(const QString &part);
    /// "Minimum fit score" for "minFit": a property name from the definition file, in the words the
    /// editor uses; names it does not know are split into words ("fooBar" -> "Foo bar").
    static QString propertyLabel(const QString &property);
    /// A property's value as `DefinitionDiff` writes it, in words: event types, fields, tests, stages
    /// and outcomes by their labels, numbers with group separators, "—" for none.
    static QString propertyValue(const QString &property, const QString &value);
};

} // namespace baton
