#include "feedback/CalibrationPanel.h"

#include "CalibrationFixture.h"
#include "agreement/BackgroundTask.h"
#include "feedback/CalibrationModel.h"
#include "feedback/SuggestionList.h"
#include "services/AgreementService.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

using Profile = CalibrationFixture::Profile;

class CalibrationPanelTest : public ::testing::Test {
protected:
    /// Sets the period of early March and waits for the numbers.
    void countMarch()
    {
        QSignalSpy shown(&panel, &CalibrationPanel::calibrationShown);
        panel.setPeriod(CalibrationFixture::day(1), CalibrationFixture::day(9));
        EXPECT_TRUE(panel.task()->isRunning() || shown.count() == 1); // counted off the UI thread
        ASSERT_TRUE(shown.count() == 1 || shown.wait(10000));
    }

    /// Thirty leads from downloads, twelve of them rejected for no buying intent and the rest
    /// accepted; ten from the pricing page, all accepted: downloads' leads are turned down for
    /// that reason 40% of the time, the rest never.
    void suggestionFixture()
    {
        std::vector<qint64> downloads;
        std::vector<qint64> pricing;
        downloads.reserve(30);
        pricing.reserve(10);
        for (int i = 0; i < 30; ++i)
            downloads.push_back(fixture.handedOver(Profile::Downloads, fixture.ui.team().webinar, 2 + i % 5));
        for (int i = 0; i < 10; ++i)
            pricing.push_back(fixture.handedOver(Profile::Pricing, fixture.ui.team().whitepaper, 2 + i % 5));
        fixture.ui.clock().set(CalibrationFixture::day(8));
        for (size_t i = 0; i < downloads.size(); ++i) {
            if (i < 12)
                fixture.reject(downloads[i], "no_buying_intent");
            else
                fixture.accept(downloads[i]);
        }
        for (qint64 id : pricing)
            fixture.accept(id);
    }

    CalibrationFixture fixture;
    CalibrationPanel panel{fixture.ui.session()};
};

TEST_F(CalibrationPanelTest, Open_NoPeriodYet_CountsNothingAndSaysWhy)
{
    EXPECT_FALSE(panel.task()->isRunning());
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Choose a period")))
        << panel.statusText().toStdString();
    EXPECT_EQ(panel.byCombo()->count(), 4);
    EXPECT_EQ(panel.dimension(), FeedbackDimension::Band);
}

TEST_F(CalibrationPanelTest, SetPeriod_CountsOffTheUiThreadAndShowsTheRows)
{
    const qint64 lead = fixture.handedOver(Profile::Pricing, fixture.ui.team().webinar, 3);
    fixture.handedOver(Profile::Downloads, fixture.ui.team().webinar, 4);
    fixture.ui.clock().set(CalibrationFixture::day(6));
    fixture.reject(lead, "no_authority");

    countMarch();

    EXPECT_FALSE(panel.task()->isRunning());
    ASSERT_EQ(panel.model()->rowCount(), 2);
    EXPECT_EQ(panel.model()->index(0, CalibrationModel::LabelColumn).data().toString(),
              QStringLiteral("40–59"));
    EXPECT_EQ(panel.model()->index(0, CalibrationModel::TopReasonColumn).data().toString(),
              QStringLiteral("No authority · 100%"));
    EXPECT_TRUE(panel.statusText().startsWith(QStringLiteral("Handoffs from")))
        << panel.statusText().toStdString();
    EXPECT_EQ(panel.suggestionList()->count(), 0);
    EXPECT_TRUE(panel.suggestionList()->placeholderText().contains(QStringLiteral("nothing to suggest")));
}

TEST_F(CalibrationPanelTest, ChooseAnotherDimension_CountsAgainByIt)
{
    fixture.handedOver(Profile::Pricing, fixture.ui.team().webinar, 3);
    fixture.handedOver(Profile::Downloads, fixture.ui.team().whitepaper, 4);
    fixture.handedOver(Profile::Downloads, fixture.ui.team().whitepaper, 4);
    countMarch();
    QSignalSpy shown(&panel, &CalibrationPanel::calibrationShown);

    panel.setDimension(FeedbackDimension::Campaign);

    ASSERT_TRUE(shown.count() == 1 || shown.wait(10000));
    EXPECT_EQ(panel.model()->dimension(), FeedbackDimension::Campaign);
    ASSERT_EQ(panel.model()->rowCount(), 2);
    EXPECT_EQ(panel.model()->index(0, CalibrationModel::LabelColumn).data().toString(),
              QStringLiteral("State of RevOps Whitepaper"));
    EXPECT_EQ(panel.model()->index(0, CalibrationModel::HandedOverColumn).data().toString(),
              QStringLiteral("2"));
}

TEST_F(CalibrationPanelTest, OpenAsDraft_ByMarketingManager_MakesTheDraftAndSaysSo)
{
    suggestionFixture();
    fixture.become(fixture.ui.team().marketingManager);
    countMarch();
    ASSERT_EQ(panel.suggestionList()->count(), 1);
    const Suggestion &suggestion = panel.suggestionList()->suggestion(0);
    EXPECT_EQ(suggestion.ruleKey, QStringLiteral("engagement:downloads"));
    EXPECT_EQ(suggestion.reasonCode, QStringLiteral("no_buying_intent"));
    EXPECT_TRUE(suggestion.text.contains(QStringLiteral("Downloaded content")))
        << suggestion.text.toStdString();
    QSignalSpy drafted(&panel, &CalibrationPanel::draftCreated);

    panel.suggestionList()->openButton(0)->click();

    ASSERT_EQ(drafted.count(), 1);
    const int number = drafted.at(0).at(0).toInt();
    auto draft = AgreementService(fixture.ui.db(), fixture.ui.clock()).find(number);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    EXPECT_EQ(draft->status, VersionStatus::Draft);
    EXPECT_EQ(draft->team, DefinitionTeam::Marketing);
    for (const EngagementRule &rule : draft->definition.engagementRules) {
        if (rule.id == QLatin1String("downloads"))
            EXPECT_DOUBLE_EQ(rule.points, 4.0); // half of 8
    }
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("Draft version %1").arg(number)))
        << panel.messageText().toStdString();
}

TEST_F(CalibrationPanelTest, OpenAsDraft_BySdr_ShowsTheRefusalAndMakesNoDraft)
{
    suggestionFixture();
    countMarch(); // the fixture's session user is the SDR
    ASSERT_EQ(panel.suggestionList()->count(), 1);
    QSignalSpy drafted(&panel, &CalibrationPanel::draftCreated);

    panel.suggestionList()->openButton(0)->click();

    EXPECT_EQ(drafted.count(), 0);
    EXPECT_TRUE(panel.messageText().contains(QStringLiteral("may not"))) << panel.messageText().toStdString();
    EXPECT_TRUE(AgreementService(fixture.ui.db(), fixture.ui.clock()).list()->empty());
}

} // namespace
} // namespace baton::test
