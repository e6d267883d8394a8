#include "UiFixture.h"

#include "storage/LeadRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <gtest/gtest.h>

namespace baton::test {

UiFixture::UiFixture()
    : m_team(addTeam(m_file.db()))
    , m_clock(referenceTime())
    , m_session(std::make_unique<Session>(m_file.db(), m_clock))
{
    auto sdr = UserRepository(m_file.db()).find(m_team.sdr);
    EXPECT_TRUE(sdr.ok());
    if (sdr)
        m_session->setUser(*sdr);
}

qint64 UiFixture::addLead(LeadSpec spec)
{
    if (!spec.ownerId)
        spec.ownerId = m_team.sdr;
    return baton::test::addLead(db(), spec);
}

void UiFixture::addLeads(int count)
{
    const QDateTime first = referenceTime().addDays(-30);
    for (int i = 0; i < count; ++i) {
        LeadSpec spec;
        spec.name = QStringLiteral("Lead %1").arg(i, 4, 10, QLatin1Char('0'));
        spec.company = QStringLiteral("Company %1").arg(i);
        spec.handoffAt = first.addSecs(60LL * i);
        addLead(spec);
    }
}

void UiFixture::addEvent(qint64 leadId, EventType type, const QString &detail, qint64 hoursAgo)
{
    EngagementEvent event;
    event.leadId = leadId;
    event.type = type;
    event.detail = detail;
    event.occurredAt = referenceTime().addSecs(-3600 * hoursAgo);
    auto stored = LeadRepository(db()).insertEvent(event);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
}

Lead UiFixture::lead(qint64 id)
{
    auto found = LeadRepository(db()).find(id);
    EXPECT_TRUE(found.ok());
    return found ? *found : Lead{};
}

} // namespace baton::test
