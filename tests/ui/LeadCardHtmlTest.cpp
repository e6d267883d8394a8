#include "card/LeadCardHtml.h"

#include <QTextDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton {
namespace {

const QDateTime now(QDate(2026, 3, 10), QTime(10, 0), QTimeZone::utc());

EngagementEvent event(EventType type, const QString &detail, qint64 hoursAgo)
{
    EngagementEvent e;
    e.type = type;
    e.detail = detail;
    e.occurredAt = now.addSecs(-3600 * hoursAgo);
    return e;
}

LeadCard sampleCard()
{
    LeadCard card;
    card.lead.id = 7;
    card.lead.person =
        Person{QStringLiteral("Jane <Doe>"), QStringLiteral("jane@acme.example"),
               QStringLiteral("+1 555 0100"), QStringLiteral("VP Marketing"), QStringLiteral("vp")};
    card.lead.company = Company{QStringLiteral("Acme Corp"),
                                QStringLiteral("acme.example"),
                                QStringLiteral("Software"),
                                1200,
                                250'000'000,
                                QStringLiteral("DE"),
                                QStringLiteral("EMEA")};
    card.lead.stage = Stage::Mql;
    card.lead.handoffAt = now.addSecs(-3 * 3600);
    card.campaign =
        Campaign{1, QStringLiteral("Q3 Pipeline Webinar"), QStringLiteral("webinar"), QDate(2026, 1, 5)};
    card.story = EngagementStory::fromEvents({
        event(EventType::PageView, QStringLiteral("/pricing"), 48),
        event(EventType::PageView, QStringLiteral("/pricing"), 30),
        event(EventType::PageView, QStringLiteral("/pricing"), 50),
        event(EventType::WebinarQuestion, QStringLiteral("Does it work with Salesforce?"), 72),
        event(EventType::ContentDownload, QStringLiteral("State of RevOps 2026"), 100),
        event(EventType::DemoRequest, QStringLiteral("Demo request form"), 4),
    });
    StageChange created;
    created.to = Stage::Nurture;
    created.changedAt = now.addDays(-10);
    StageChange handoff;
    handoff.from = Stage::Nurture;
    handoff.to = Stage::Mql;
    handoff.changedAt = now.addSecs(-3 * 3600);
    card.history = {created, handoff};
    return card;
}

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

TEST(LeadCardHtml, Render_FullCard_ShowsPersonCompanyAndCampaign)
{
    const QString text = plain(LeadCardHtml::render(sampleCard(), now));

    EXPECT_TRUE(text.contains(QStringLiteral("Jane <Doe>"))); // escaped in HTML, intact as text
    EXPECT_TRUE(text.contains(QStringLiteral("VP Marketing")));
    EXPECT_TRUE(text.contains(QStringLiteral("jane@acme.example")));
    EXPECT_TRUE(text.contains(QStringLiteral("Acme Corp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Software")));
    EXPECT_TRUE(text.contains(QStringLiteral("1,200")) || text.contains(QStringLiteral("1200")));
    EXPECT_TRUE(text.contains(QStringLiteral("Germany")));
    EXPECT_TRUE(text.contains(QStringLiteral("Q3 Pipeline Webinar")));
    EXPECT_TRUE(text.contains(QStringLiteral("Handed over 3 h ago")));
}

TEST(LeadCardHtml, Render_EngagementStory_GroupsPagesAndQuotesQuestions)
{
    const QString text = plain(LeadCardHtml::render(sampleCard(), now));

    EXPECT_TRUE(text.contains(QStringLiteral("/pricing")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 visits, last 1 d ago")));
    EXPECT_TRUE(text.contains(QStringLiteral("Does it work with Salesforce?")));
    EXPECT_TRUE(text.contains(QStringLiteral("State of RevOps 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Demo requests")));
    EXPECT_LT(text.indexOf(QStringLiteral("Demo requests")), text.indexOf(QStringLiteral("Downloads")));
}

TEST(LeadCardHtml, Render_History_ShowsEveryMoveWithReasonLabel)
{
    LeadCard card = sampleCard();
    StageChange rejected;
    rejected.from = Stage::Mql;
    rejected.to = Stage::Rejected;
    rejected.changedAt = now;
    rejected.userId = 3;
    rejected.userName = QStringLiteral("Sam Sdr");
    rejected.reasonCode = QStringLiteral("no_authority");
    rejected.note = QStringLiteral("Intern, forwarded to the CMO");
    card.history.push_back(rejected);

    const QString text = plain(LeadCardHtml::render(card, now, [](const QString &code) {
        return code == QLatin1String("no_authority") ? QStringLiteral("No authority") : QString();
    }));

    EXPECT_TRUE(text.contains(QStringLiteral("Created as Nurture")));
    EXPECT_TRUE(text.contains(QStringLiteral("MQL → Rejected")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sam Sdr")));
    EXPECT_TRUE(text.contains(QStringLiteral("No authority")));
    EXPECT_TRUE(text.contains(QStringLiteral("Intern, forwarded to the CMO")));
}

TEST(LeadCardHtml, Placeholders_SayWhatToDo)
{
    EXPECT_TRUE(plain(LeadCardHtml::nothingSelected()).contains(QStringLiteral("Select a lead")));
    EXPECT_TRUE(plain(LeadCardHtml::emptyQueue()).contains(QStringLiteral("Nothing in your queue")));
}

} // namespace
} // namespace baton
