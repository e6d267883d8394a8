#pragma once

#include "domain/Conversion.h"
#include "domain/Lead.h"
#include "domain/Stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baton {
class Database;
}

namespace baton::test {

/// A small team in a test file: two SDRs, a sales manager, a marketing manager, an admin,
/// and two campaigns.
struct Team {
    qint64 sdr = 0;              ///< login "sam.sdr"
    qint64 otherSdr = 0;         ///< login "olive.sdr"
    qint64 salesManager = 0;     ///< login "sally.manager"
    qint64 marketingManager = 0; ///< login "mark.marketing"
    qint64 admin = 0;            ///< login "ada.admin"
    qint64 webinar = 0;          ///< campaign "Q3 Pipeline Webinar"
    qint64 whitepaper = 0;       ///< campaign "State of RevOps Whitepaper"
};

Team addTeam(Database &db);

/// The fixed "now" of hand-made data: Tuesday 2026-03-10 10:00 UTC.
QDateTime referenceTime();

/// Options for one hand-made lead; unset fields get plausible values.
struct LeadSpec {
    QString name = QStringLiteral("Jane Doe");
    QString email; ///< derived from the name when empty
    QString company = QStringLiteral("Acme Corp");
    QString title = QStringLiteral("VP Marketing");
    Stage stage = Stage::Mql;
    std::optional<qint64> ownerId;
    std::optional<qint64> campaignId;
    QDateTime handoffAt; ///< defaults to referenceTime() minus an hour for mql/sal
};

/// Inserts a lead directly in the given stage (with a history that reaches it); returns its id.
qint64 addLead(Database &db, const LeadSpec &spec);

/// A conversion that meets the built-in checklist: budget, authority, need and timeline are yes.
Conversion qualified(qint64 valueCents, const QString &note = {});

} // namespace baton::test
