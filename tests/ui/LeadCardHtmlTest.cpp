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

namespace baton {
namespace {

Handoff sampleHandoff()
{
    Handoff handoff;
    handoff.at = now.addSecs(-3 * 3600);
    handoff.definitionNumber = 4;
    handoff.trigger = HandoffTrigger::Event;
    handoff.fit = 55;
    handoff.engagement = 40;
    handoff.fastTrack = true;
    handoff.signal = event(EventType::DemoRequest, QStringLiteral("Demo request form"), 4);
    handoff.completeness = 80;
    handoff.missing = {QStringLiteral("phone"), QStringLiteral("company.employees")};
    return handoff;
}

ScoreBreakdown sampleScore()
{
    ScoreBreakdown score;
    score.definitionNumber = 4;
    score.at = now;
    score.rule = MqlRule{50, 30, {EventType::DemoRequest}};
    score.fit = FitScore{45,
                         {FitContribution{QStringLiteral("icp"), QStringLiteral("Target industry"), true, 25,
                                          QStringLiteral("industry Software is in Software")},
                          FitContribution{QStringLiteral("size"), QStringLiteral("Mid-market size"), true, 20,
                                          QStringLiteral("employees 1200 is in 200–4999")},
                          FitContribution{QStringLiteral("students"), QStringLiteral("Students"), false, 0,
                                          QStringLiteral("seniority vp is not in student")}}};
    score.engagement.points = 21;
    score.engagement.exactPoints = 21.4;
    score.engagement.explanation = {
        EngagementContribution{QStringLiteral("pricing"), QStringLiteral("Visited the pricing page"), 3, 30,
                               21.4, false, 21.4, QStringLiteral("3 events × 10 = 30, decayed to 21.4")}};
    return score;
}

TEST(LeadCardHtml, Render_Handoff_ShowsVersionScoreSignalAndWhatIsMissing)
{
    LeadCard card = sampleCard();
    card.handoff = sampleHandoff();
    const QString text = plain(LeadCardHtml::render(card, now)).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Why it was handed over"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Definition version 4 · fast track"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("95 (fit 55 + engagement 40)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Demo request: Demo request form")));
    EXPECT_TRUE(text.contains(QStringLiteral("80% complete missing: phone, employees")))
        << text.toStdString();
}

TEST(LeadCardHtml, Render_ScoreNow_ListsTheRulesThatGavePointsAndTheVerdict)
{
    LeadCard card = sampleCard();
    card.score = sampleScore();
    const QString text = plain(LeadCardHtml::render(card, now)).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Score now: 66"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Target industry +25 industry Software is in Software")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Visited the pricing page 21.4 3 events × 10 = 30, decayed to 21.4")));
    EXPECT_FALSE(text.contains(QStringLiteral("Students")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("below the MQL rule: fit 45 of the 50 needed, engagement 21 of the 30 needed")));
    // Fit and engagement each under their own heading, with their points.
    EXPECT_LT(text.indexOf(QStringLiteral("Fit 45: who they are")),
              text.indexOf(QStringLiteral("Target industry")));
    EXPECT_LT(text.indexOf(QStringLiteral("Mid-market size")),
              text.indexOf(QStringLiteral("Engagement 21: what they did")));
    EXPECT_LT(text.indexOf(QStringLiteral("Engagement 21: what they did")),
              text.indexOf(QStringLiteral("Visited the pricing page")));
}

TEST(LeadCardHtml, Render_ScoreNowWithoutEngagement_SaysNothingEarnsPoints)
{
    LeadCard card = sampleCard();
    ScoreBreakdown score = sampleScore();
    score.engagement = EngagementScore{};
    card.score = score;
    const QString text = plain(LeadCardHtml::render(card, now)).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Engagement 0: what they did")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nothing they did earns engagement points.")))
        << text.toStdString();
}

TEST(LeadCardHtml, Render_ManualHandoff_SaysSoAndHasNoSignal)
{
    LeadCard card = sampleCard();
    Handoff handoff = sampleHandoff();
    handoff.trigger = HandoffTrigger::Manual;
    handoff.fastTrack = false;
    handoff.signal.reset();
    card.handoff = handoff;
    const QString text = plain(LeadCardHtml::render(card, now)).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("handed over by hand")));
    EXPECT_TRUE(text.contains(QStringLiteral("Buying signal none on record"))) << text.toStdString();
}

} // namespace
} // namespace baton

namespace baton {
namespace {

TEST(LeadCardHtml, Render_RunningClock_ShowsTierDueTimeCountdownAndWhyItWasRouted)
{
    LeadCard card = sampleCard();
    SlaClock clock;
    clock.tier = QStringLiteral("hot");
    clock.windowMinutes = 15;
    clock.startedAt = now.addSecs(-600);
    clock.dueAt = now.addSecs(300 - 60);
    card.clock = clock;
    card.routing =
        QStringLiteral("Rule 2 “EMEA” matched region EMEA: pool “EMEA SDRs”, round robin by weight: "
                       "Sophie Laurent was next in turn.");
    const QString text = plain(LeadCardHtml::render(card, now)).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Response"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("hot · 15 business minutes")));
    EXPECT_TRUE(text.contains(QStringLiteral("4 min left")));
    EXPECT_TRUE(text.contains(QStringLiteral("Due soon")));
    EXPECT_TRUE(text.contains(QStringLiteral("First contact not yet")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sophie Laurent was next in turn")));
}

TEST(LeadCardHtml, Render_ClockStoppedByAContact_ShowsMetAndWhen)
{
    LeadCard card = sampleCard();
    SlaClock clock;
    clock.tier = QStringLiteral("warm");
    clock.windowMinutes = 240;
    clock.startedAt = now.addSecs(-7200);
    clock.dueAt = now.addSecs(3600);
    clock.firstContactAt = now.addSecs(-3600);
    card.clock = clock;
    const QString text = plain(LeadCardHtml::render(card, now)).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("State Met"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("left")));
}

TEST(LeadCardHtml, Render_NoClockNorRouting_NoResponseSection)
{
    const QString text = plain(LeadCardHtml::render(sampleCard(), now));
    EXPECT_FALSE(text.contains(QStringLiteral("Respond by")));
}

} // namespace
} // namespace baton

namespace baton {
namespace {

QualificationAnswer answer(const char *id, const char *name, bool required, ChecklistAnswer::Value value,
                           const QString &note = {})
{
    QualificationAnswer stored;
    stored.criterion = QualificationCriterion{QString::fromLatin1(id), QString::fromLatin1(name), required};
    stored.answer = ChecklistAnswer{stored.criterion.id, value, note};
    stored.answeredAt = now.addDays(-2);
    return stored;
}

LeadCard opportunityCard()
{
    LeadCard card = sampleCard();
    card.lead.stage = Stage::Sql;
    card.opportunity =
        Opportunity{7, 4'500'000, QStringLiteral("Pilot for the EMEA team"), now.addDays(-2), 3};
    card.answers = {
        answer("budget", "Budget confirmed", true, ChecklistAnswer::Value::Yes,
               QStringLiteral("Approved by the CFO in March")),
        answer("authority", "Decision maker involved", true, ChecklistAnswer::Value::Yes),
        answer("champion", "Internal champion identified", false, ChecklistAnswer::Value::Unknown)};
    card.expectedClose = QDate(2026, 5, 29);
    return card;
}

TEST(LeadCardHtml, Render_Opportunity_ShowsEachAnswerWithItsNoteAndTheExpectedClose)
{
    const QString text = plain(LeadCardHtml::render(opportunityCard(), now)).simplified();

    EXPECT_TRUE(text.contains(QStringLiteral("$45,000.00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pilot for the EMEA team")));
    EXPECT_TRUE(text.contains(QStringLiteral("Expected close")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Result open: not won or lost yet")));
    EXPECT_TRUE(text.contains(QStringLiteral("Qualification")));
    EXPECT_TRUE(text.contains(QStringLiteral("Budget confirmed ✓ Yes Approved by the CFO in March")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Decision maker involved ✓ Yes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Internal champion identified (optional) ? Unknown")));
}

TEST(LeadCardHtml, Render_LostOpportunity_SaysLostWithTheReasonAndWho)
{
    LeadCard card = opportunityCard();
    card.closing = OpportunityClosing{false, QStringLiteral("Went with a competitor"), now.addSecs(-7200), 3,
                                      QStringLiteral("Sam Sdr")};

    const QString text = plain(LeadCardHtml::render(card, now)).simplified();

    EXPECT_TRUE(text.contains(QStringLiteral("Result Lost — Went with a competitor Sam Sdr, 2 h ago")))
        << text.toStdString();
}

TEST(LeadCardHtml, Render_WonOpportunity_SaysWon)
{
    LeadCard card = opportunityCard();
    card.closing = OpportunityClosing{true, {}, now.addDays(-1), 3, QStringLiteral("Sam Sdr")};

    const QString text = plain(LeadCardHtml::render(card, now)).simplified();

    EXPECT_TRUE(text.contains(QStringLiteral("Result Won Sam Sdr, 1 d ago"))) << text.toStdString();
}

TEST(LeadCardHtml, Render_NoOpportunity_NoQualificationSection)
{
    const QString text = plain(LeadCardHtml::render(sampleCard(), now));

    EXPECT_FALSE(text.contains(QStringLiteral("Qualification")));
    EXPECT_FALSE(text.contains(QStringLiteral("Expected close")));
}

TEST(LeadCardHtml, Render_Thread_ShowsBothTeamsEntriesWithWhoAndWhenOldestFirst)
{
    LeadCard card = sampleCard();
    LeadComment rejected;
    rejected.writtenAt = now.addDays(-3);
    rejected.authorName = QStringLiteral("Mark Okafor");
    rejected.kind = QStringLiteral("disputed");
    rejected.body = QStringLiteral("They asked for pricing twice: this is a buyer");
    LeadComment reply;
    reply.writtenAt = now.addSecs(-2 * 3600);
    reply.authorName = QStringLiteral("Sam Sdr");
    reply.body = QStringLiteral("Calling them back <today>");
    card.thread = {rejected, reply};

    const QString text = plain(LeadCardHtml::render(card, now)).simplified();

    EXPECT_TRUE(text.contains(QStringLiteral("Thread")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("3 d ago Mark Okafor · disputed They asked for pricing twice: this is a buyer")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 h ago Sam Sdr Calling them back <today>")));
    EXPECT_LT(text.indexOf(QStringLiteral("Mark Okafor")), text.indexOf(QStringLiteral("Sam Sdr")));
}

TEST(LeadCardHtml, Render_EmptyThread_SaysHowToStartIt)
{
    const QString text = plain(LeadCardHtml::render(sampleCard(), now)).simplified();

    EXPECT_TRUE(text.contains(QStringLiteral("No comments yet"))) << text.toStdString();
}

TEST(LeadCardHtml, Render_AcceptedWithoutContact_ShowsTheFlagLineAndMarksTheMove)
{
    LeadCard card = sampleCard();
    card.lead.stage = Stage::Sal;
    StageChange accepted;
    accepted.from = Stage::Mql;
    accepted.to = Stage::Sal;
    accepted.changedAt = now.addSecs(-600);
    accepted.userId = 3;
    accepted.userName = QStringLiteral("Sam Sdr");
    accepted.withoutContact = true;
    card.history.push_back(accepted);
    card.movedWithoutContact = true;

    const QString text = plain(LeadCardHtml::render(card, now)).simplified();

    EXPECT_TRUE(text.contains(QStringLiteral("Accepted without a meaningful contact"))) << text.toStdString();
    EXPECT_LT(text.indexOf(QStringLiteral("Accepted without a meaningful contact")),
              text.indexOf(QStringLiteral("Company")));
    EXPECT_TRUE(text.contains(QStringLiteral("MQL → SAL")));
    EXPECT_TRUE(text.contains(QStringLiteral("no meaningful contact before it")));
}

TEST(LeadCardHtml, Render_ContactedLead_NoFlagLine)
{
    LeadCard card = sampleCard();
    card.lead.stage = Stage::Sal;

    const QString text = plain(LeadCardHtml::render(card, now));

    EXPECT_FALSE(text.contains(QStringLiteral("without a meaningful contact")));
}

} // namespace
} // namespace baton
