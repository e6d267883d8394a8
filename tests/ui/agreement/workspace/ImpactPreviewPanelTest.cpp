#include "agreement/ImpactPreviewPanel.h"

#include "AgreementSteps.h"
#include "UiFixture.h"
#include "agreement/BackgroundTask.h"

#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

TEST(ImpactPreviewPanel, Refresh_ListsStoredVersionsNewestProposalChosenAndTwelveWeeks)
{
    UiFixture fixture;
    AgreementSteps steps(fixture);
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(55));
    steps.propose(1, 2);
    steps.draft(DefinitionTeam::Sales, AgreementSteps::withMinFit(65));
    ImpactPreviewPanel panel(fixture.session());

    panel.refresh();

    EXPECT_EQ(panel.versionCombo()->count(), 4);
    EXPECT_EQ(panel.versionCombo()->currentData().toInt(), 3); // the open proposal
    EXPECT_EQ(panel.weeksSpin()->value(), 12);
    EXPECT_TRUE(panel.previewButton()->isEnabled());
    EXPECT_FALSE(panel.cancelButton()->isVisibleTo(&panel));
}

TEST(ImpactPreviewPanel, Preview_RunsOffTheUiThreadAndShowsTheNumbersInWords)
{
    UiFixture fixture;
    fixture.addLeads(3);
    AgreementSteps steps(fixture);
    steps.draft(DefinitionTeam::Marketing, AgreementSteps::withMinFit(55));
    ImpactPreviewPanel panel(fixture.session());
    panel.refresh();
    ASSERT_TRUE(panel.selectVersion(1));
    QSignalSpy finished(panel.task(), &BackgroundTask::finished);

    panel.previewButton()->click();

    EXPECT_TRUE(panel.task()->isRunning() || finished.count() == 1);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(10000));
    EXPECT_FALSE(panel.cancelButton()->isVisibleTo(&panel));
    EXPECT_TRUE(panel.previewButton()->isEnabled());
    EXPECT_TRUE(panel.summaryText().startsWith(QStringLiteral("In the last 12 weeks")))
        << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("version 1 would have handed over")))
        << panel.summaryText().toStdString();
}

} // namespace
} // namespace baton::test
