#include "dialogs/ConvertDialog.h"

#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(ConvertDialog, Choice_ValueInCurrency_IsGivenInCents)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"));
    dialog.valueBox()->setValue(45000.07);
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Budget approved"));

    EXPECT_EQ(dialog.choice().conversion.valueCents, 4'500'007);
    EXPECT_EQ(dialog.choice().conversion.note, QStringLiteral("Budget approved"));
}

TEST(ConvertDialog, Open_NoValueYet_StartsAtZero)
{
    ConvertDialog dialog(QStringLiteral("Jane Doe"));

    EXPECT_EQ(dialog.choice().conversion.valueCents, 0);
}

} // namespace
} // namespace baton
