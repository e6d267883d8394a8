#include "RejectionFixture.h"

#include "storage/Database.h"
#include "storage/LeadRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <gtest/gtest.h>

#include <string>

namespace baton::test {

qint64 RejectionFixture::reject(const RejectionSpec &spec)
{
    const QDateTime at = spec.at.isValid() ? spec.at : referenceTime().addSecs(-3600);
    const qint64 owner = spec.by.value_or(ui.team().sdr);
    LeadSpec lead;
    lead.name = spec.name;
    lead.company = spec.company;
    lead.stage = spec.stage == Stage::Disqualified ? Stage::Sal : Stage::Mql;
    lead.ownerId = owner;
    lead.campaignId = spec.campaignId;
    lead.handoffAt = at.addSecs(-7200);
    const qint64 leadId = ui.addLead(lead);

    StageChange change;
    change.leadId = leadId;
    change.from = lead.stage;
    change.to = spec.stage;
    change.changedAt = at;
    change.userId = owner;
    change.reasonCode = spec.reason;
    change.note = spec.note;
    auto applied = LeadRepository(ui.db()).applyStageChange(change, ui.lead(leadId).version);
    EXPECT_TRUE(applied.ok()) << (applied.ok() ? "" : applied.error().message.toStdString());
    auto review = ReviewRepository(ui.db()).latestFor(leadId);
    EXPECT_TRUE(review.ok() && review->has_value());
    if (!review.ok() || !review->has_value())
        return 0;
    const qint64 id = (*review)->id;
    if (spec.score) {
        const std::string sql = "UPDATE rejection_reviews SET total_score = " + std::to_string(*spec.score) +
                                " WHERE id = " + std::to_string(id);
        EXPECT_TRUE(ui.db().exec(sql).ok());
    }
    return id;
}

void RejectionFixture::rejectMany(int count, const QString &reason)
{
    auto transaction = Transaction::begin(ui.db());
    ASSERT_TRUE(transaction.ok());
    const QDateTime newest = referenceTime().addSecs(-3600);
    for (int i = 0; i < count; ++i) {
        RejectionSpec spec;
        spec.name = QStringLiteral("Lead %1").arg(i, 3, 10, QLatin1Char('0'));
        spec.company = QStringLiteral("Company %1").arg(i);
        spec.reason = reason;
        spec.at = newest.addSecs(-60LL * i);
        reject(spec);
    }
    ASSERT_TRUE(transaction->commit().ok());
}

void RejectionFixture::become(qint64 userId)
{
    auto user = UserRepository(ui.db()).find(userId);
    ASSERT_TRUE(user.ok());
    ui.session().setUser(*user);
}

qint64 RejectionFixture::leadOf(qint64 reviewId)
{
    auto review = ReviewRepository(ui.db()).find(reviewId);
    EXPECT_TRUE(review.ok());
    return review.ok() ? review->leadId : 0;
}

} // namespace baton::test
