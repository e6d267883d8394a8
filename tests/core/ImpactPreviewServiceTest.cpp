#include "services/ImpactPreviewService.h"

#include "HandoffFixture.h"

#include <atomic>

namespace baton {
namespace {

/// Six leads over one week (2026-03-03 10:00 to 2026-03-10 10:00), previewed under
/// handoffDefinition(): software fit 60, page views 10 points (half-life 10 days), a demo request
/// is fast track; MQL at fit 50 and engagement 30.
class ImpactPreviewServiceTest : public test::HandoffFixture {
protected:
    ImpactPreviewServiceTest()
        : draft(draftVersion())
    {
        const QDateTime now = clock.now();
        // A: software, demo request, handed over and accepted. Actual and draft; accepted.
        const qint64 a = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead A"));
        event(a, EventType::DemoRequest, now.addDays(-2));
        move(a, Stage::Mql, now.addDays(-2));
        move(a, Stage::Sal, now.addDays(-1));
        // B: retail, two views, handed over and rejected as not a fit. Actual only: avoided.
        const qint64 b = nurtureLead(QStringLiteral("Retail"), QStringLiteral("Lead B"));
        event(b, EventType::PageView, now.addDays(-3));
        event(b, EventType::PageView, now.addDays(-3).addSecs(60));
        move(b, Stage::Mql, now.addDays(-3).addSecs(120));
        move(b, Stage::Rejected, now.addDays(-2), QStringLiteral("not_icp_fit"));
        // C: software, three views in one hour, never handed over. Draft only.
        const qint64 c = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead C"));
        for (int i = 0; i < 3; ++i)
            event(c, EventType::PageView, now.addDays(-5).addSecs(600 * i));
        // D: handed over and rejected for no authority a month ago, recycled; three views this
        // week. Draft only, and it brings back a lead sales rejected: added.
        const qint64 d = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead D"));
        move(d, Stage::Mql, now.addDays(-28));
        move(d, Stage::Rejected, now.addDays(-27), QStringLiteral("no_authority"));
        move(d, Stage::Recycled, now.addDays(-26), QStringLiteral("bad_timing"));
        for (int i = 0; i < 3; ++i)
            event(d, EventType::PageView, now.addDays(-4).addSecs(600 * i));
        // E: software, one view, handed over yesterday, not judged yet. Actual only.
        const qint64 e = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead E"));
        event(e, EventType::PageView, now.addDays(-1));
        move(e, Stage::Mql, now.addDays(-1));
        // F: software, demo request, handed over and rejected for no buying intent. Both; rejected.
        const qint64 f = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead F"));
        event(f, EventType::DemoRequest, now.addDays(-6));
        move(f, Stage::Mql, now.addDays(-6));
        move(f, Stage::Rejected, now.addDays(-5), QStringLiteral("no_buying_intent"));
        // G: outside the window altogether.
        const qint64 g = nurtureLead(QStringLiteral("Software"), QStringLiteral("Lead G"));
        event(g, EventType::DemoRequest, now.addDays(-20));
    }

    int draftVersion()
    {
        AgreementService agreement(file.db(), clock);
        auto made =
            agreement.importDraft(DefinitionTeam::Marketing, handoffDefinition(), team.marketingManager);
        EXPECT_TRUE(made.ok());
        return made->number;
    }

    int draft;
};

TEST_F(ImpactPreviewServiceTest, Preview_OneWeek_CountsComputedByHand)
{
    auto preview = ImpactPreviewService(file.db(), clock).preview(draft, 1);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->versionNumber, draft);
    EXPECT_EQ(preview->from, clock.now().addDays(-7));
    EXPECT_EQ(preview->to, clock.now());

    EXPECT_EQ(preview->actualHandoffs, 4); // A, B, E, F
    EXPECT_EQ(preview->draftHandoffs, 4);  // A, C, D, F
    EXPECT_EQ(preview->bothHandoffs, 2);   // A, F

    EXPECT_EQ(preview->judged, 3);         // A accepted; B, F rejected
    EXPECT_EQ(preview->judgedAccepted, 1); // A
    EXPECT_EQ(preview->judgedSent, 2);     // A, F
    EXPECT_EQ(preview->judgedSentAccepted, 1);
    EXPECT_DOUBLE_EQ(*preview->actualAcceptanceRate(), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*preview->draftAcceptanceRate(), 0.5);

    ASSERT_EQ(preview->reasons.size(), 2u);
    for (const ReasonImpact &reason : preview->reasons) {
        if (reason.code == QStringLiteral("not_icp_fit")) {
            EXPECT_EQ(reason.avoided, 1);
            EXPECT_EQ(reason.added, 0);
            EXPECT_EQ(reason.label, QStringLiteral("Not an ICP fit"));
        } else {
            EXPECT_EQ(reason.code, QStringLiteral("no_authority"));
            EXPECT_EQ(reason.avoided, 0);
            EXPECT_EQ(reason.added, 1);
        }
    }
}

TEST_F(ImpactPreviewServiceTest, Preview_StricterDefinition_SendsFewerAndAvoidsMore)
{
    Definition strict = handoffDefinition();
    strict.mqlRule.fastTrackEvents.clear(); // a demo request alone (40) still passes at fit 60
    strict.mqlRule.minEngagement = 45;
    auto preview = ImpactPreviewService(file.db(), clock).preview(strict, -1, 1);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->draftHandoffs, 0);
    EXPECT_EQ(preview->judgedSent, 0);
    EXPECT_FALSE(preview->draftAcceptanceRate().has_value());
    EXPECT_EQ(preview->versionNumber, -1);
}

TEST_F(ImpactPreviewServiceTest, Preview_WeeksOutOfRange_Refused)
{
    auto preview = ImpactPreviewService(file.db(), clock).preview(draft, 0);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().kind, ErrorKind::InvalidInput);
}

TEST_F(ImpactPreviewServiceTest, Preview_Cancelled_ReturnsCancelled)
{
    std::atomic<bool> stop{true};
    TaskControl control;
    control.cancel = &stop;
    auto preview = ImpactPreviewService(file.db(), clock).preview(draft, 1, control);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().kind, ErrorKind::Cancelled);
}

TEST_F(ImpactPreviewServiceTest, Preview_UnknownVersion_NotFound)
{
    auto preview = ImpactPreviewService(file.db(), clock).preview(42, 1);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().kind, ErrorKind::NotFound);
}

} // namespace
} // namespace baton
