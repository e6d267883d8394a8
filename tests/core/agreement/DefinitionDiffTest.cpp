#include "agreement/DefinitionDiff.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using Kind = DefinitionDifference::Kind;

const DefinitionDifference *findDiff(const std::vector<DefinitionDifference> &diffs, const QString &part,
                                     const QString &key)
{
    for (const DefinitionDifference &diff : diffs) {
        if (diff.part == part && diff.key == key)
            return &diff;
    }
    return nullptr;
}

TEST(DefinitionDiffTest, Compare_SameDefinition_IsEmpty)
{
    EXPECT_TRUE(DefinitionDiff::compare(Definition::defaults(), Definition::defaults()).empty());
}

TEST(DefinitionDiffTest, Compare_ChangedFitRule_ListsOldAndNewValues)
{
    const Definition marketing = Definition::defaults();
    Definition sales = marketing;
    sales.fitRules[0].points = 25;
    sales.fitRules[0].values.append(QStringLiteral("Fintech"));
    const auto diffs = DefinitionDiff::compare(marketing, sales);
    ASSERT_EQ(diffs.size(), 1U);
    EXPECT_EQ(diffs[0].part, "fitRules");
    EXPECT_EQ(diffs[0].key, "icp_industry");
    EXPECT_EQ(diffs[0].name, "Target industry");
    EXPECT_EQ(diffs[0].kind, Kind::Changed);
    ASSERT_EQ(diffs[0].changes.size(), 2U);
    const PropertyChange &points =
        diffs[0].changes[0].property == "points" ? diffs[0].changes[0] : diffs[0].changes[1];
    const PropertyChange &values =
        diffs[0].changes[0].property == "values" ? diffs[0].changes[0] : diffs[0].changes[1];
    EXPECT_EQ(points.oldValue, "20");
    EXPECT_EQ(points.newValue, "25");
    EXPECT_EQ(values.oldValue, "Software, Financial Services, Healthcare, Professional Services");
    EXPECT_EQ(values.newValue, "Software, Financial Services, Healthcare, Professional Services, Fintech");
}

TEST(DefinitionDiffTest, Compare_AddedAndRemovedRules_AreMarked)
{
    const Definition a = Definition::defaults();
    Definition b = a;
    b.fitRules.erase(b.fitRules.begin() + 4); // core_regions
    FitRule apac;
    apac.id = QStringLiteral("apac");
    apac.name = QStringLiteral("APAC expansion");
    apac.field = FitField::Region;
    apac.values = {QStringLiteral("APAC")};
    apac.points = 5;
    b.fitRules.push_back(apac);
    const auto diffs = DefinitionDiff::compare(a, b);
    ASSERT_EQ(diffs.size(), 2U);
    EXPECT_EQ(diffs[0].key, "core_regions");
    EXPECT_EQ(diffs[0].kind, Kind::Removed);
    EXPECT_EQ(diffs[1].key, "apac");
    EXPECT_EQ(diffs[1].name, "APAC expansion");
    EXPECT_EQ(diffs[1].kind, Kind::Added);
}

TEST(DefinitionDiffTest, Compare_CapRemoved_ShowsNone)
{
    const Definition a = Definition::defaults();
    Definition b = a;
    b.engagementRules[0].cap.reset();
    const auto diffs = DefinitionDiff::compare(a, b);
    ASSERT_EQ(diffs.size(), 1U);
    ASSERT_EQ(diffs[0].changes.size(), 1U);
    EXPECT_EQ(diffs[0].changes[0].property, "cap");
    EXPECT_EQ(diffs[0].changes[0].oldValue, "30");
    EXPECT_EQ(diffs[0].changes[0].newValue, "(none)");
}

TEST(DefinitionDiffTest, Compare_LargeBound_ShowsWholeNumber)
{
    const Definition a = Definition::defaults();
    Definition b = a;
    b.fitRules[3].min = 1'000'000'000'000;
    const auto diffs = DefinitionDiff::compare(a, b);
    ASSERT_EQ(diffs.size(), 1U);
    EXPECT_EQ(diffs[0].changes[0].oldValue, "20000000");
    EXPECT_EQ(diffs[0].changes[0].newValue, "1000000000000");
}

TEST(DefinitionDiffTest, Compare_ReorderedTiers_ShowsPositions)
{
    const Definition a = Definition::defaults();
    Definition b = a;
    std::swap(b.slaTiers[1], b.slaTiers[2]);
    const auto diffs = DefinitionDiff::compare(a, b);
    ASSERT_EQ(diffs.size(), 2U);
    const DefinitionDifference *warm = findDiff(diffs, "slaTiers", "warm");
    ASSERT_NE(warm, nullptr);
    ASSERT_EQ(warm->changes.size(), 1U);
    EXPECT_EQ(warm->changes[0].property, "position");
    EXPECT_EQ(warm->changes[0].oldValue, "2");
    EXPECT_EQ(warm->changes[0].newValue, "3");
}

TEST(DefinitionDiffTest, Compare_EveryPart_IsCompared)
{
    const Definition a = Definition::defaults();
    Definition b = a;
    b.mqlRule.minFit = 60;
    b.requiredFields.append(QStringLiteral("phone"));
    b.checklist[4].required = true;
    b.reasons[1].label = QStringLiteral("Not the decision maker");
    b.meaningfulContacts.pop_back();
    b.slaTiers[0].responseMinutes = 5;
    const auto diffs = DefinitionDiff::compare(a, b);
    ASSERT_EQ(diffs.size(), 6U);
    const DefinitionDifference *mql = findDiff(diffs, "mqlRule", "mql");
    ASSERT_NE(mql, nullptr);
    EXPECT_EQ(mql->changes[0].property, "minFit");
    EXPECT_EQ(mql->changes[0].oldValue, "50");
    EXPECT_EQ(mql->changes[0].newValue, "60");
    ASSERT_NE(findDiff(diffs, "requiredFields", "phone"), nullptr);
    EXPECT_EQ(findDiff(diffs, "requiredFields", "phone")->kind, Kind::Added);
    EXPECT_EQ(findDiff(diffs, "checklist", "champion")->changes[0].newValue, "yes");
    EXPECT_EQ(findDiff(diffs, "reasons", "rejected/no_authority")->changes[0].property, "label");
    EXPECT_EQ(findDiff(diffs, "meaningfulContacts", "linkedin")->kind, Kind::Removed);
    EXPECT_EQ(findDiff(diffs, "slaTiers", "hot")->changes[0].newValue, "5");
}

} // namespace
} // namespace baton
