#include "dialogs/ConvertDialog.h"

#include "dialogs/ChecklistAnswersWidget.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace baton {
namespace {

const QDate today(2026, 3, 10);

std::vector<QualificationCriterion> checklist()
{
    return {{QStringLiteral("budget"), QStringLiteral("Budget confirmed"), true},
            {QStringLiteral("authority"), QStringLiteral("Decision maker involved"), true},
            {QStringLiteral("competition"), QStringLiteral("Competitors known"), false}};
}

using Value = ChecklistAnswer::Value;

TEST(ConvertDialog, Open_NothingAnswered_ConvertDisabledAndSaysWhatIsMissing)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), checklist(), today);

    EXPECT_EQ(dialog.checklist()->itemCount(), 3);
    EXPECT_TRUE(dialog.checklist()->answerButton(0, Value::Unknown)->isChecked());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.gateText().contains(QStringLiteral("Budget confirmed")))
        << dialog.gateText().toStdString();
    EXPECT_TRUE(dialog.gateText().contains(QStringLiteral("Decision maker involved")));
    EXPECT_FALSE(dialog.gateText().contains(QStringLiteral("Competitors known")));
}

TEST(ConvertDialog, AnswerRequiredItems_OkWaitsForEveryRequiredYes)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), checklist(), today);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(dialog.checklist()->answerButton(0, Value::Yes), Qt::LeftButton);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(dialog.gateText().contains(QStringLiteral("Budget confirmed")));
    EXPECT_TRUE(dialog.gateText().contains(QStringLiteral("Decision maker involved")));

    QTest::mouseClick(dialog.checklist()->answerButton(1, Value::No), Qt::LeftButton);
    EXPECT_FALSE(dialog.okButton()->isEnabled());

    QTest::mouseClick(dialog.checklist()->answerButton(1, Value::Yes), Qt::LeftButton);
    EXPECT_TRUE(dialog.okButton()->isEnabled()); // the optional item may stay unknown
    EXPECT_FALSE(dialog.gateText().contains(QStringLiteral("Decision maker involved")));

    QTest::mouseClick(dialog.checklist()->answerButton(0, Value::Unknown), Qt::LeftButton);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
}

TEST(ConvertDialog, Choice_CarriesEveryAnswerWithItsNote)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), checklist(), today);
    dialog.checklist()->answerButton(0, Value::Yes)->setChecked(true);
    dialog.checklist()->answerButton(1, Value::Yes)->setChecked(true);
    dialog.checklist()->answerButton(2, Value::No)->setChecked(true);
    QTest::keyClicks(dialog.checklist()->noteField(0), QStringLiteral("Signed off by the CFO"));

    const Conversion conversion = dialog.choice().conversion;

    ASSERT_EQ(conversion.answers.size(), 3u);
    EXPECT_EQ(conversion.answers[0].criterionId, QStringLiteral("budget"));
    EXPECT_EQ(conversion.answers[0].value, Value::Yes);
    EXPECT_EQ(conversion.answers[0].note, QStringLiteral("Signed off by the CFO"));
    EXPECT_EQ(conversion.answers[1].value, Value::Yes);
    EXPECT_EQ(conversion.answers[2].criterionId, QStringLiteral("competition"));
    EXPECT_EQ(conversion.answers[2].value, Value::No);
    EXPECT_TRUE(conversion.answers[2].note.isEmpty());
}

TEST(ConvertDialog, Choice_ValueInCurrency_IsGivenInCents)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), checklist(), today);
    dialog.valueBox()->setValue(45000.07);
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Budget approved"));

    EXPECT_EQ(dialog.choice().conversion.valueCents, 4'500'007);
    EXPECT_EQ(dialog.choice().conversion.note, QStringLiteral("Budget approved"));
}

TEST(ConvertDialog, Open_NoValueOrCloseYet_StartsAtZeroWithoutADate)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), checklist(), today);

    EXPECT_EQ(dialog.choice().conversion.valueCents, 0);
    EXPECT_FALSE(dialog.choice().conversion.expectedClose.isValid());
    EXPECT_EQ(dialog.expectedCloseEdit()->text(), QStringLiteral("Not known yet"));
}

TEST(ConvertDialog, ExpectedClose_Chosen_IsCarried)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), checklist(), today);

    dialog.expectedCloseEdit()->setDate(QDate(2026, 5, 29));

    EXPECT_EQ(dialog.choice().conversion.expectedClose, QDate(2026, 5, 29));
}

TEST(ConvertDialog, EmptyChecklist_ConvertEnabled)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"), {}, today);

    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.choice().conversion.answers.empty());
}

} // namespace
} // namespace baton
