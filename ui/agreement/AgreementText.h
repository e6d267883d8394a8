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
    /// "Version 3 · sales draft", "Version 5 · proposal, proposed", "Version 0 · built-in defaults"
    static QString versionTitle(const DefinitionVersion &version);
    /// "Mark Marketing as marketing manager on Tue 10 Mar 2026, 11:00"
    static QString signature(const DefinitionSignature &signature, const UserDirectory &users);

    /// "Fit rules" for "fitRules", and so on for every part DefinitionDiff names.
    static QString partLabel(const QString &part);
    /// "Min fit" for "minFit": a property name from the definition file, in words.
    static QString propertyLabel(const QString &property);
};

} // namespace baton
