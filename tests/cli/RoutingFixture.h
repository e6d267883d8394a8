#pragma once

#include "CliRunner.h"
#include "ScopedEnvironment.h"
#include "storage/LeadRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace baton::cli::test {

/// The small team, and "now" fixed at Tue 2026-03-10 14:00 UTC (10:00 in New York), when both
/// SDRs are in their working hours. Routing is set up through batonctl itself.
class RoutingFixture : public ::testing::Test {
protected:
    RoutingFixture()
        : team(baton::test::addTeam(file.db()))
    {}

    /// Runs `batonctl --db FILE` with the words of `line` and then `more` (for values with spaces).
    CliOutput ctl(const QString &line, const QStringList &more = {})
    {
        return CliRunner::onFile(file.path(), line.split(QLatin1Char(' '), Qt::SkipEmptyParts) + more);
    }

    /// North America in New York time; pool Sales with both SDRs; Sales is the fallback pool.
    void setUpRouting()
    {
        const CliOutput result =
            ctl(QStringLiteral("team set --time-zone America/New_York --pool Sales --member sam.sdr "
                               "--member olive.sdr --fallback-pool Sales --as sally.manager"),
                {QStringLiteral("--team"), QStringLiteral("North America")});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }

    /// A lead in nurture, to be handed over by an event.
    qint64 nurtureLead(const QString &name = QStringLiteral("Nina Nurture"))
    {
        Lead lead;
        lead.person = Person{name, name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + "@x.test",
                             QStringLiteral("+1 555"), QStringLiteral("VP Sales"), QStringLiteral("vp")};
        lead.company =
            Company{QStringLiteral("Acme"), QStringLiteral("acme.test"), QStringLiteral("Software"), 300, 0,
                    QStringLiteral("US"),   QStringLiteral("NA")};
        lead.createdAt = baton::test::referenceTime().addDays(-30);
        auto id = LeadRepository(file.db()).insert(lead);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    /// A demo request now: the lead is handed over (hot tier, 15 business minutes) and routed.
    qint64 handedOverLead(const QString &name = QStringLiteral("Nina Nurture"))
    {
        const qint64 id = nurtureLead(name);
        const CliOutput result = ctl(QStringLiteral("event add %1 --type demo_request").arg(id));
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        EXPECT_TRUE(result.out.contains(QStringLiteral("handed over"))) << result.out.toStdString();
        return id;
    }

    std::optional<qint64> ownerOf(qint64 leadId)
    {
        auto lead = LeadRepository(file.db()).find(leadId);
        EXPECT_TRUE(lead.ok());
        return lead.ok() ? lead->ownerId : std::nullopt;
    }

    ScopedEnvironment now{"BATON_NOW", "2026-03-10T14:00:00Z"};
    baton::test::TestFile file;
    baton::test::Team team;
};

} // namespace baton::cli::test
