#pragma once

#include "../HandoffFixture.h"
#include "import/EventImporter.h"
#include "import/LeadImporter.h"
#include "services/RoutingService.h"
#include "support/FileHash.h"

#include <QBuffer>
#include <QFile>

#include <memory>

namespace baton::test {

/// A test file with the small team, a definition under which a software company qualifies on its
/// fit alone (or with `minEngagement` of engagement), and Sam and Olive sharing the pool "Sales".
class ImportFixture : public HandoffFixture {
protected:
    explicit ImportFixture(int minEngagement = 0)
        : version(makeEffective(handoffDefinition(minEngagement)))
    {
        RoutingService routing(file.db(), clock);
        RoutingConfig config;
        TeamSettings na;
        na.team = QStringLiteral("North America");
        na.timeZone = QStringLiteral("America/New_York");
        config.teams = {na};
        config.pools = {RoutingPool{QStringLiteral("Sales"),
                                    {PoolMember{QStringLiteral("sam.sdr"), 1, {}, {}},
                                     PoolMember{QStringLiteral("olive.sdr"), 1, {}, {}}}}};
        config.fallbackPool = QStringLiteral("Sales");
        auto current = routing.load();
        EXPECT_TRUE(current.ok());
        auto saved = routing.save(config, current->version, team.salesManager);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }

    Result<ImportResult> importLeads(const QByteArray &csv, const ColumnMapping &mapping,
                                     const ImportOptions &options = {}, const TaskControl &control = {})
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return LeadImporter(file.db(), clock).run(buffer, mapping, options, control);
    }

    Result<ImportResult> importEvents(const QByteArray &csv, const ImportOptions &options = {},
                                      const TaskControl &control = {})
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return EventImporter(file.db(), clock).run(buffer, options, control);
    }

    /// The file's bytes once its log is checkpointed: equal before and after means untouched.
    QByteArray fileDigest()
    {
        EXPECT_TRUE(file.db().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        const QByteArray digest = fileHash(file.path());
        EXPECT_FALSE(digest.isEmpty()) << "the file can be read";
        return digest;
    }

    qint64 leadCount() { return count("SELECT count(*) FROM leads"); }
    qint64 leadId(const char *email)
    {
        return count(std::string("SELECT coalesce(max(id), 0) FROM leads WHERE email = '") + email + "'");
    }

    int version;
};

} // namespace baton::test
