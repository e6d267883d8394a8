#include "AgreementFixtures.h"
#include "agreement/Scorer.h"

#include <gtest/gtest.h>

namespace baton {
namespace {

using test::fitRule;
using test::rangeRule;
using test::softwareVp;

Definition fitDefinition()
{
    Definition d;
    d.fitRules = {
        fitRule("industry", FitField::Industry, FitOperator::InList, {"Software", "Fintech"}, 20),
        rangeRule("mid", FitField::Employees, 200, 4999, 15),
        rangeRule("big_revenue", FitField::AnnualRevenue, 100'000'000, std::nullopt, 10),
        fitRule("region", FitField::Region, FitOperator::InList, {"EMEA"}, 10),
        fitRule("title", FitField::Title, FitOperator::ContainsAny, {"marketing", "revops"}, 5),
        fitRule("students", FitField::Seniority, FitOperator::InList, {"student"}, -40),
    };
    return d;
}

TEST(ScorerFitTest, FitPoints_SoftwareVp_SumsMatchedRules)
{
    // industry 20 + employees 1200 in 200–4999: 15 + title contains "marketing": 5 = 40;
    // revenue 90M < 100M, region NA, seniority vp give nothing.
    const Scorer scorer(fitDefinition());
    EXPECT_EQ(scorer.fitPoints(softwareVp()), 40);
    EXPECT_EQ(scorer.fit(softwareVp()).points, 40);
}

TEST(ScorerFitTest, Fit_InList_ExplainsInWords)
{
    const FitScore score = Scorer(fitDefinition()).fit(softwareVp());
    ASSERT_EQ(score.explanation.size(), 6U);
    EXPECT_EQ(score.explanation[0].ruleId, "industry");
    EXPECT_EQ(score.explanation[0].ruleName, "industry rule");
    EXPECT_TRUE(score.explanation[0].matched);
    EXPECT_EQ(score.explanation[0].points, 20);
    EXPECT_EQ(score.explanation[0].why, "industry Software is in Software, Fintech");
    EXPECT_EQ(score.explanation[3].why, "region NA is not in EMEA");
    EXPECT_EQ(score.explanation[3].points, 0);
}

TEST(ScorerFitTest, Fit_InRange_ExplainsBounds)
{
    const FitScore score = Scorer(fitDefinition()).fit(softwareVp());
    EXPECT_EQ(score.explanation[1].why, "employees 1,200 is in 200–4,999");
    EXPECT_EQ(score.explanation[2].why, "annual revenue 90,000,000 is not in 100,000,000 or more");
}

TEST(ScorerFitTest, Fit_ContainsAny_NamesTheKeyword)
{
    const FitScore score = Scorer(fitDefinition()).fit(softwareVp());
    EXPECT_EQ(score.explanation[4].why, "title \"VP Marketing\" contains \"marketing\"");
}

TEST(ScorerFitTest, FitPoints_InListOtherCase_Matches)
{
    Lead lead = softwareVp();
    lead.company.industry = QStringLiteral("  sOFTWARE ");
    EXPECT_EQ(Scorer(fitDefinition()).fitPoints(lead), 40);
}

TEST(ScorerFitTest, FitPoints_NonAsciiOtherCase_Matches)
{
    Definition d;
    d.fitRules = {fitRule("energy", FitField::Industry, FitOperator::InList, {"Énergie"}, 7),
                  fitRule("head", FitField::Title, FitOperator::ContainsAny, {"LEITER"}, 3)};
    Lead lead = softwareVp();
    lead.company.industry = QStringLiteral("ÉNERGIE");
    lead.person.title = QStringLiteral("Vertriebsleiter");
    EXPECT_EQ(Scorer(d).fitPoints(lead), 10);
}

TEST(ScorerFitTest, FitPoints_RangeBoundsInclusive_Match)
{
    Lead lead = softwareVp();
    lead.company.employees = 200;
    EXPECT_EQ(Scorer(fitDefinition()).fitPoints(lead), 40);
    lead.company.employees = 4999;
    EXPECT_EQ(Scorer(fitDefinition()).fitPoints(lead), 40);
    lead.company.employees = 5000; // 40 - 15
    EXPECT_EQ(Scorer(fitDefinition()).fitPoints(lead), 25);
}

TEST(ScorerFitTest, FitPoints_MaxOnlyRange_MatchesSmallButNotUnknown)
{
    Definition d;
    d.fitRules = {rangeRule("small", FitField::Employees, std::nullopt, 50, 5)};
    Lead lead = softwareVp();
    lead.company.employees = 12;
    EXPECT_EQ(Scorer(d).fitPoints(lead), 5);
    lead.company.employees = 0; // not known: no points
    EXPECT_EQ(Scorer(d).fitPoints(lead), 0);
    EXPECT_EQ(Scorer(d).fit(lead).explanation[0].why, "employees is not known");
}

TEST(ScorerFitTest, FitPoints_NegativeRule_Subtracts)
{
    Lead lead = softwareVp();
    lead.person.seniority = QStringLiteral("student");
    lead.person.title = QStringLiteral("Student");
    EXPECT_EQ(Scorer(fitDefinition()).fitPoints(lead), 20 + 15 - 40);
}

TEST(ScorerFitTest, Fit_ContainsAnyNoKeyword_SaysNoneOf)
{
    Lead lead = softwareVp();
    lead.person.title = QStringLiteral("CTO");
    const FitScore score = Scorer(fitDefinition()).fit(lead);
    EXPECT_EQ(score.explanation[4].why, "title \"CTO\" contains none of marketing, revops");
    EXPECT_FALSE(score.explanation[4].matched);
}

TEST(ScorerFitTest, FitPoints_Defaults_GiveRealisticScore)
{
    // Software 20 + 200–4999 employees 20 + revenue >= 20M 10 + NA 10 + vp 15 + "marketing" 10 = 85.
    EXPECT_EQ(Scorer(Definition::defaults()).fitPoints(softwareVp()), 85);
}

} // namespace
} // namespace baton
