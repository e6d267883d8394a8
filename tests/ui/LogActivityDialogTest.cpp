#include "dialogs/LogActivityDialog.h"

#include <QComboBox>

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(LogActivityDialog, ChooseType_OffersThatTypesOutcomes)
{
    LogActivityDialog dialog(QStringLiteral("Jane Doe"));

    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(static_cast<int>(ActivityType::Email)));

    ASSERT_EQ(dialog.outcomeCombo()->count(), activityOutcomes(ActivityType::Email).size());
    dialog.outcomeCombo()->setCurrentIndex(dialog.outcomeCombo()->findData(QStringLiteral("replied")));
    EXPECT_EQ(dialog.choice().type, ActivityType::Email);
    EXPECT_EQ(dialog.choice().outcome, QStringLiteral("replied"));
}

TEST(LogActivityDialog, Open_DefaultsToACallWithItsFirstOutcome)
{
    LogActivityDialog dialog(QStringLiteral("Jane Doe"));

    EXPECT_EQ(dialog.choice().type, ActivityType::Call);
    EXPECT_EQ(dialog.choice().outcome, activityOutcomes(ActivityType::Call).value(0));
}

} // namespace
} // namespace baton
