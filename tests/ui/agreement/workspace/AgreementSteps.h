#pragma once

#include "UiFixture.h"
#include "agreement/Definition.h"
#include "services/AgreementService.h"
#include "storage/UserRepository.h"

#include <gtest/gtest.h>

#include <optional>

namespace baton::test {

/// Drafts, proposals and signatures made straight through AgreementService, and the switch of
/// the session's user, for the Agreement workspace tests.
class AgreementSteps {
public:
    explicit AgreementSteps(UiFixture &fixture)
        : m_fixture(fixture)
    {}

    AgreementService service() { return AgreementService(m_fixture.db(), m_fixture.clock()); }

    /// Marketing's draft by the marketing manager, sales' by the sales manager.
    int draft(DefinitionTeam team, const Definition &definition)
    {
        const qint64 actor = team == DefinitionTeam::Marketing ? m_fixture.team().marketingManager
                                                               : m_fixture.team().salesManager;
        auto made = service().importDraft(team, definition, actor);
        EXPECT_TRUE(made.ok()) << made.error().message.toStdString();
        return made.ok() ? made->number : 0;
    }

    int propose(int marketing, int sales, const std::optional<Definition> &reconciled = std::nullopt)
    {
        auto proposed = service().propose(marketing, sales, reconciled, m_fixture.team().admin);
        EXPECT_TRUE(proposed.ok()) << proposed.error().message.toStdString();
        return proposed.ok() ? proposed->number : 0;
    }

    void sign(int number, qint64 userId)
    {
        auto signedVersion = service().sign(number, userId);
        EXPECT_TRUE(signedVersion.ok()) << signedVersion.error().message.toStdString();
    }

    void actAs(qint64 userId)
    {
        auto user = UserRepository(m_fixture.db()).find(userId);
        ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
        m_fixture.session().setUser(*user);
    }

    /// The defaults with the MQL bar moved: a draft that differs in one property.
    static Definition withMinFit(int minFit)
    {
        Definition definition = Definition::defaults();
        definition.mqlRule.minFit = minFit;
        return definition;
    }

private:
    UiFixture &m_fixture;
};

} // namespace baton::test
