#include "dialogs/RejectDialog.h"

#include "LeadSpecBuilder.h"
#include "UiFixture.h"
#include "actions/LeadActions.h"
#include "mainwindow/MainWindow.h"
#include "queue/QueueView.h"
#include "storage/LeadRepository.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

std::vector<Reason> reasons()
{
    return {Reason{QStringLiteral("no_authority"), QStringLiteral("No authority"), Stage::Rejected, false},
            Reason{QStringLiteral("other"), QStringLiteral("Other"), Stage::Rejected, true}};
}

TEST(RejectDialog, Open_NoReasonChosen_OkIsDisabled)
{
    RejectDialog dialog(QStringLiteral("Jane Doe"), reasons());

    EXPECT_EQ(dialog.reasonCombo()->currentIndex(), -1);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(dialog.isComplete());
}

TEST(RejectDialog, ChooseReason_WithoutNeedForNote_EnablesOk)
{
    RejectDialog dialog(QStringLiteral("Jane Doe"), reasons());

    dialog.reasonCombo()->setCurrentIndex(0);

    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.choice().reasonCode, QStringLiteral("no_authority"));
}

TEST(RejectDialog, ChooseReasonThatNeedsNote_OkWaitsForTheNote)
{
    RejectDialog dialog(QStringLiteral("Jane Doe"), reasons());

    dialog.reasonCombo()->setCurrentIndex(1);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("   "));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Reseller, not a buyer"));

    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_EQ(dialog.choice().reasonCode, QStringLiteral("other"));
    EXPECT_EQ(dialog.choice().note, QStringLiteral("Reseller, not a buyer"));
}

TEST(RejectDialog, RejectAction_ReasonChosenInTheDialog_IsStoredInHistory)
{
    UiFixture fixture;
    const qint64 id = fixture.addLead(aLead(QStringLiteral("Jane Doe")));
    MainWindow window(fixture.session()); // real dialogs
    window.queueView()->selectRow(0);
    bool dialogSeen = false;
    bool okWasDisabled = false;

    // The dialog runs its own event loop: answer it from there.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<RejectDialog *>();
        ASSERT_NE(dialog, nullptr);
        dialogSeen = true;
        okWasDisabled = !dialog->okButton()->isEnabled();
        const int noAuthority = dialog->reasonCombo()->findData(QStringLiteral("no_authority"));
        ASSERT_GE(noAuthority, 0);
        dialog->reasonCombo()->setCurrentIndex(noAuthority);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Forwarded to the CMO"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    window.leadActions()->rejectAction()->trigger();

    EXPECT_TRUE(dialogSeen);
    EXPECT_TRUE(okWasDisabled);
    EXPECT_EQ(fixture.lead(id).stage, Stage::Rejected);
    auto history = LeadRepository(fixture.db()).history(id);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->empty());
    EXPECT_EQ(history->back().to, Stage::Rejected);
    EXPECT_EQ(history->back().reasonCode, QStringLiteral("no_authority"));
    EXPECT_EQ(history->back().note, QStringLiteral("Forwarded to the CMO"));
    EXPECT_EQ(history->back().userId, fixture.team().sdr);
}

} // namespace
} // namespace baton::test
