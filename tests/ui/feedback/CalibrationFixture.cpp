#include "CalibrationFixture.h"

#include "services/LeadService.h"
#include "storage/LeadRepository.h"
#include "storage/UserRepository.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {

QDateTime CalibrationFixture::day(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(10, 0), QTimeZone::utc());
}

qint64 CalibrationFixture::handedOver(Profile profile, std::optional<qint64> campaign, int on)
{
    const QDateTime at = day(on).addSecs(60LL * m_made);
    const QString name = QStringLiteral("Lead %1").arg(++m_made);
    Lead lead;
    lead.person = Person{name,
                         QStringLiteral("lead%1@firm%1.test").arg(m_made),
                         {},
                         QStringLiteral("Engineer"),
                         QStringLiteral("individual")};
    lead.company =
        Company{QStringLiteral("Firm %1").arg(m_made),
                QStringLiteral("firm%1.test").arg(m_made),
                profile == Profile::Pricing ? QStringLiteral("Software") : QStringLiteral("Retail"),
                50,
                1'000'000,
                QStringLiteral("BR"),
                QStringLiteral("LATAM")};
    lead.campaignId = campaign;
    lead.createdAt = at.addDays(-10);
    LeadRepository leads(ui.db());
    auto id = leads.insert(lead);
    EXPECT_TRUE(id.ok());
    if (!id)
        return 0;
    for (int i = 0; i < 3; ++i) {
        EngagementEvent event;
        event.leadId = *id;
        event.occurredAt = at.addDays(-1);
        event.type = profile == Profile::Downloads ? EventType::ContentDownload : EventType::PageView;
        event.detail = profile == Profile::Downloads ? QStringLiteral("guide-%1.pdf").arg(i)
                                                     : QStringLiteral("/pricing");
        EXPECT_TRUE(leads.insertEvent(event).ok());
    }
    ui.clock().set(at);
    auto handed = LeadService(ui.db(), ui.clock()).handOver(*id, ui.team().sdr, ui.team().salesManager);
    EXPECT_TRUE(handed.ok()) << handed.error().message.toStdString();
    return *id;
}

void CalibrationFixture::accept(qint64 leadId)
{
    auto done = LeadService(ui.db(), ui.clock()).accept(leadId, ui.team().sdr);
    EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
}

void CalibrationFixture::convert(qint64 leadId)
{
    auto done = LeadService(ui.db(), ui.clock()).convert(leadId, ui.team().sdr, qualified(100'000));
    EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
}

void CalibrationFixture::reject(qint64 leadId, const char *reason)
{
    auto done =
        LeadService(ui.db(), ui.clock()).reject(leadId, ui.team().sdr, QString::fromLatin1(reason), {});
    EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
}

void CalibrationFixture::disqualify(qint64 leadId, const char *reason)
{
    auto done =
        LeadService(ui.db(), ui.clock()).disqualify(leadId, ui.team().sdr, QString::fromLatin1(reason), {});
    EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
}

void CalibrationFixture::recycle(qint64 leadId, const char *reason)
{
    auto done = LeadService(ui.db(), ui.clock())
                    .recycle(leadId, ui.team().sdr, QString::fromLatin1(reason), {}, QDate(2026, 6, 1));
    EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
}

void CalibrationFixture::become(qint64 userId)
{
    auto user = UserRepository(ui.db()).find(userId);
    ASSERT_TRUE(user.ok());
    ui.session().setUser(*user);
}

} // namespace baton::test
