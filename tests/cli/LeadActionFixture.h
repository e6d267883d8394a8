#pragma once

#include "CliRunner.h"
#include "LeadSpecBuilder.h"
#include "ScopedEnvironment.h"
#include "storage/LeadRepository.h"
#include "support/TestData.h"
#include "support/TestFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace baton::cli::test {

/// A team, an mql, a sal and a nurture lead; every test acts at the same fixed time
/// (BATON_NOW), so stored times can be compared.
class LeadActionFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        team = baton::test::addTeam(file.db());
        mql = baton::test::addLead(file.db(),
                                   LeadSpecBuilder(QStringLiteral("Jane Doe")).stage(Stage::Mql).spec());
        sal = baton::test::addLead(
            file.db(),
            LeadSpecBuilder(QStringLiteral("Omar Haddad")).stage(Stage::Sal).owner(team.sdr).spec());
        nurture = baton::test::addLead(
            file.db(), LeadSpecBuilder(QStringLiteral("Nia Okafor")).stage(Stage::Nurture).spec());
    }

    CliOutput lead(const QStringList &args)
    {
        return CliRunner::onFile(file.path(), QStringList{QStringLiteral("lead")} + args);
    }

    Lead stored(qint64 id)
    {
        auto found = LeadRepository(file.db()).find(id);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : Lead{};
    }

    QJsonObject card(qint64 id)
    {
        return lead({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).json().object();
    }

    ScopedEnvironment now{"BATON_NOW", "2026-03-10T11:30:00Z"};
    baton::test::TestFile file;
    baton::test::Team team;
    qint64 mql = 0;
    qint64 sal = 0;
    qint64 nurture = 0;
};

} // namespace baton::cli::test
