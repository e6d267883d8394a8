#include "agreement/ContextCompleteness.h"

#include "AgreementFixtures.h"
#include "agreement/ContextField.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(ContextCompletenessTest, Evaluate_AllPresent_IsHundred)
{
    const QStringList required{"email",    "title",        "company.industry", "company.employees",
                               "campaign", "buying_signal"};
    const Completeness result = ContextCompleteness::evaluate(test::softwareVp(), required, true, true);
    EXPECT_EQ(result.percent, 100);
    EXPECT_TRUE(result.missing.isEmpty());
}

TEST(ContextCompletenessTest, Evaluate_SomeMissing_ListsThemInOrder)
{
    // softwareVp has no phone; no campaign, no signal: 3 of 6 present = 50%.
    const QStringList required{"email", "phone", "title", "campaign", "company.industry", "buying_signal"};
    const Completeness result = ContextCompleteness::evaluate(test::softwareVp(), required, false, false);
    EXPECT_EQ(result.percent, 50);
    EXPECT_EQ(result.missing, QStringList({"phone", "campaign", "buying_signal"}));
}

TEST(ContextCompletenessTest, Evaluate_TwoOfThree_RoundsDown)
{
    Lead lead = test::softwareVp();
    lead.company.employees = 0;
    lead.person.title = QStringLiteral("   ");
    const QStringList required{"email", "title", "company.employees"};
    EXPECT_EQ(ContextCompleteness::evaluate(lead, required, true, true).percent, 33); // 1 × 100 / 3
    lead.person.title = QStringLiteral("CEO");
    EXPECT_EQ(ContextCompleteness::evaluate(lead, required, true, true).percent, 66); // 2 × 100 / 3
}

TEST(ContextCompletenessTest, Evaluate_NothingRequired_IsHundred)
{
    EXPECT_EQ(ContextCompleteness::evaluate(Lead{}, {}, false, false).percent, 100);
}

TEST(ContextCompletenessTest, IsPresent_EveryKnownField_IsUnderstood)
{
    Lead lead = test::softwareVp();
    lead.person.phone = QStringLiteral("+1 555 0100");
    for (const QString &field : knownContextFields())
        EXPECT_TRUE(ContextCompleteness::isPresent(lead, field, true, true)) << qPrintable(field);
    EXPECT_FALSE(ContextCompleteness::isPresent(lead, u"shoe_size", true, true));
}

} // namespace
} // namespace baton
