#include "agreement/DefinitionJson.h"

#include "AgreementFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace baton {
namespace {

const QString source = QStringLiteral("drafts/sales.json");

QJsonObject defaultsObject()
{
    return DefinitionJson::toObject(Definition::defaults());
}

/// Sets (or with an undefined value, removes) one key of one item of a part.
void setIn(QJsonObject &root, const QString &part, qsizetype index, const QString &key,
           const QJsonValue &value)
{
    QJsonArray list = root.value(part).toArray();
    QJsonObject item = list[index].toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    list[index] = item;
    root.insert(part, list);
}

QString refusal(const QJsonObject &root)
{
    const auto result = DefinitionJson::fromJson(QJsonDocument(root).toJson(), source);
    if (result.ok())
        return QStringLiteral("(accepted)");
    EXPECT_EQ(result.error().kind, ErrorKind::InvalidInput);
    return result.error().message;
}

TEST(DefinitionJsonTest, FromJson_DefaultsExported_RoundTripsLosslessly)
{
    const Definition original = Definition::defaults();
    const auto read = DefinitionJson::fromJson(DefinitionJson::toJson(original), source);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_TRUE(*read == original);
    EXPECT_EQ(DefinitionJson::toJson(*read), DefinitionJson::toJson(original));
}

TEST(DefinitionJsonTest, FromJson_OptionalPartsAndFractions_RoundTripLosslessly)
{
    Definition d;
    d.fitRules = {test::rangeRule("small", FitField::Employees, std::nullopt, 50, -5),
                  test::rangeRule("rich", FitField::AnnualRevenue, 1'000'000'000'000, std::nullopt, 7)};
    d.engagementRules = {test::engagementRule("q", EventType::WebinarQuestion, {}, 2.75, 10.5, 7.25),
                         test::engagementRule("p", EventType::PageView, "/x*y", 1, 0)};
    d.mqlRule = MqlRule{0, 12, {}};
    d.slaTiers = {{"all", 1440, {}, std::nullopt}};
    const auto read = DefinitionJson::fromJson(DefinitionJson::toJson(d), source);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error().message);
    EXPECT_TRUE(*read == d);
}

TEST(DefinitionJsonTest, Targets_RoundTrip_AndADefinitionWithoutThemReadsAsNone)
{
    const Definition defaults = Definition::defaults();
    ASSERT_FALSE(defaults.targets.empty());
    EXPECT_EQ(defaults.targets.front(),
              (MetricTarget{MetricKey::AcceptanceRate, MetricTarget::Bound::AtLeast, 0.6}));
    QJsonObject root = DefinitionJson::toObject(defaults);
    EXPECT_EQ(root.value(QStringLiteral("targets")).toArray().first().toObject(),
              (QJsonObject{{QStringLiteral("metric"), QStringLiteral("acceptance_rate")},
                           {QStringLiteral("atLeast"), 0.6}}));
    // Definitions written before targets existed have none, and are written back without the key.
    root.remove(QStringLiteral("targets"));
    const auto older = DefinitionJson::fromJson(QJsonDocument(root).toJson(), source);
    ASSERT_TRUE(older.ok()) << older.error().message.toStdString();
    EXPECT_TRUE(older->targets.empty());
    EXPECT_FALSE(DefinitionJson::toObject(*older).contains(QStringLiteral("targets")));
}

TEST(DefinitionJsonTest, Targets_UnknownMetricOrNoSingleBound_AreRefusedWithThePlace)
{
    QJsonObject root = DefinitionJson::toObject(Definition::defaults());
    setIn(root, QStringLiteral("targets"), 0, QStringLiteral("metric"), QStringLiteral("happiness"));
    EXPECT_TRUE(refusal(root).contains(QStringLiteral("\"happiness\" is not a metric of the review")))
        << refusal(root).toStdString();
    root = DefinitionJson::toObject(Definition::defaults());
    setIn(root, QStringLiteral("targets"), 0, QStringLiteral("atMost"), 0.9);
    EXPECT_TRUE(refusal(root).contains(QStringLiteral("give one of \"atLeast\" and \"atMost\"")));
    root = DefinitionJson::toObject(Definition::defaults());
    setIn(root, QStringLiteral("targets"), 1, QStringLiteral("metric"), QStringLiteral("acceptance_rate"));
    EXPECT_TRUE(refusal(root).contains(QStringLiteral("duplicate target for")));
}

TEST(DefinitionJsonTest, Targets_OnABreakdownTheAgreementsAgeOrARateAboveOne_AreRefused)
{
    QJsonObject root = DefinitionJson::toObject(Definition::defaults());
    setIn(root, QStringLiteral("targets"), 0, QStringLiteral("metric"), QStringLiteral("rejection_reasons"));
    EXPECT_TRUE(
        refusal(root).contains(QStringLiteral("\"rejection_reasons\" is not one number counted per week")))
        << refusal(root).toStdString();
    root = DefinitionJson::toObject(Definition::defaults());
    setIn(root, QStringLiteral("targets"), 0, QStringLiteral("metric"), QStringLiteral("time_to_agreement"));
    EXPECT_TRUE(refusal(root).contains(QStringLiteral("cannot have a target")))
        << refusal(root).toStdString();
    root = DefinitionJson::toObject(Definition::defaults());
    setIn(root, QStringLiteral("targets"), 0, QStringLiteral("atLeast"), 60);
    EXPECT_TRUE(refusal(root).contains(QStringLiteral("a rate's target is a fraction from 0 to 1")))
        << refusal(root).toStdString();
}

TEST(DefinitionJsonTest, FromJson_NotJson_SaysWhere)
{
    const auto result = DefinitionJson::fromJson("{\"fitRules\": [", source);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.startsWith("drafts/sales.json: not valid JSON at byte"));
}

TEST(DefinitionJsonTest, FromJson_NotAnObject_IsRefused)
{
    EXPECT_FALSE(DefinitionJson::fromJson("[1, 2]", source).ok());
}

TEST(DefinitionJsonTest, FromJson_UnknownTopLevelKey_NamesIt)
{
    QJsonObject root = defaultsObject();
    root.insert("fitRule", QJsonArray());
    EXPECT_TRUE(
        refusal(root).startsWith("drafts/sales.json: unknown key \"fitRule\"; expected one of format, "));
}

TEST(DefinitionJsonTest, FromJson_MissingPart_IsRefused)
{
    QJsonObject root = defaultsObject();
    root.remove("slaTiers");
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: \"slaTiers\" is missing; a definition has every part, even if "
              "empty");
}

TEST(DefinitionJsonTest, FromJson_PointsOutOfRange_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 0, "points", 5e9);
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: fitRules[0] (\"Target industry\"): \"points\" 5000000000 is out of range");
    setIn(root, "fitRules", 0, "points", 2.5);
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: fitRules[0] (\"Target industry\"): \"points\" must be a whole number");
}

TEST(DefinitionJsonTest, FromJson_UnknownFitField_NamesRuleAndField)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 2, "field", "employes");
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: fitRules[2] (\"Enterprise size\"): field \"employes\" is not "
              "known; expected one of industry, employees, annual_revenue, country, region, "
              "title, seniority");
}

TEST(DefinitionJsonTest, FromJson_UnknownKeyInRule_NamesIt)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 0, "pointz", 3);
    EXPECT_TRUE(refusal(root).startsWith("drafts/sales.json: fitRules[0] (\"Target industry\"): unknown key "
                                         "\"pointz\"; expected one of id, "));
}

TEST(DefinitionJsonTest, FromJson_WrongType_NamesTheKey)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 0, "points", "20");
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: fitRules[0] (\"Target industry\"): \"points\" must be a number");
}

TEST(DefinitionJsonTest, FromJson_MissingKey_NamesIt)
{
    QJsonObject root = defaultsObject();
    setIn(root, "engagementRules", 1, "halfLifeDays", QJsonValue::Undefined);
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: engagementRules[1] (\"Read product pages\"): \"halfLifeDays\" is missing");
}

TEST(DefinitionJsonTest, FromJson_InRangeWithoutBounds_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 1, "min", QJsonValue::Undefined);
    setIn(root, "fitRules", 1, "max", QJsonValue::Undefined);
    EXPECT_EQ(
        refusal(root),
        "drafts/sales.json: fitRules[1] (\"Mid-market size\"): in_range needs \"min\", \"max\" or both");
}

TEST(DefinitionJsonTest, FromJson_InRangeMinAboveMax_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 1, "min", 9000);
    EXPECT_EQ(refusal(root), "drafts/sales.json: fitRules[1] (\"Mid-market size\"): \"min\" 9000 is above "
                             "\"max\" 4999");
}

TEST(DefinitionJsonTest, FromJson_InRangeOnTextField_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 1, "field", "industry");
    EXPECT_TRUE(refusal(root).contains("in_range needs a number field"));
}

TEST(DefinitionJsonTest, FromJson_InListWithoutValues_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "fitRules", 0, "values", QJsonArray{" "});
    EXPECT_EQ(refusal(root), "drafts/sales.json: fitRules[0] (\"Target industry\"): \"values\" must list at "
                             "least one value");
}

TEST(DefinitionJsonTest, FromJson_NegativeHalfLife_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "engagementRules", 0, "halfLifeDays", -3);
    EXPECT_EQ(refusal(root), "drafts/sales.json: engagementRules[0] (\"Visited the pricing page\"): "
                             "\"halfLifeDays\" -3 is negative; use 0 for points that never decay");
}

TEST(DefinitionJsonTest, FromJson_ZeroCap_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "engagementRules", 0, "cap", 0);
    EXPECT_TRUE(refusal(root).contains("\"cap\" 0 must be above 0"));
}

TEST(DefinitionJsonTest, FromJson_DuplicateRuleId_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "engagementRules", 3, "id", "pricing_page");
    EXPECT_EQ(refusal(root), "drafts/sales.json: engagementRules[3] (\"Downloaded content\"): duplicate id "
                             "\"pricing_page\"; each must be unique");
}

TEST(DefinitionJsonTest, FromJson_UnknownEventType_ListsKnownTypes)
{
    QJsonObject root = defaultsObject();
    setIn(root, "engagementRules", 0, "eventType", "page_visit");
    EXPECT_TRUE(
        refusal(root).startsWith("drafts/sales.json: engagementRules[0] (\"Visited the pricing page\"): "
                                 "eventType \"page_visit\" is not an event type; expected one of "
                                 "page_view, "));
}

TEST(DefinitionJsonTest, FromJson_UnknownFastTrackEvent_NamesMqlRule)
{
    QJsonObject root = defaultsObject();
    QJsonObject mql = root.value("mqlRule").toObject();
    mql.insert("fastTrackEvents", QJsonArray{"demo"});
    root.insert("mqlRule", mql);
    EXPECT_TRUE(refusal(root).startsWith(
        "drafts/sales.json: mqlRule: fastTrackEvents \"demo\" is not an event type"));
}

TEST(DefinitionJsonTest, FromJson_UnknownRequiredField_NamesPosition)
{
    QJsonObject root = defaultsObject();
    root.insert("requiredFields", QJsonArray{"email", "company.size"});
    EXPECT_TRUE(refusal(root).startsWith("drafts/sales.json: requiredFields[1]: field \"company.size\" is "
                                         "not known; expected one of email, "));
}

TEST(DefinitionJsonTest, FromJson_UnknownActivityType_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "meaningfulContacts", 0, "activityType", "fax");
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: meaningfulContacts[0] (\"fax\"): activity type \"fax\" is not "
              "known; expected one of call, email, meeting, linkedin, note");
}

TEST(DefinitionJsonTest, FromJson_OutcomeOfAnotherType_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "meaningfulContacts", 0, "outcomes", QJsonArray{"replied"});
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: meaningfulContacts[0] (\"call\"): outcome \"replied\" is not "
              "one of call: connected, voicemail, no_answer, wrong_number");
}

TEST(DefinitionJsonTest, FromJson_ReasonForOpenStage_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "reasons", 0, "stage", "mql");
    EXPECT_TRUE(refusal(root).startsWith("drafts/sales.json: reasons[0] (\"not_icp_fit\"): stage \"mql\""));
}

TEST(DefinitionJsonTest, FromJson_TierWithoutWindow_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "slaTiers", 1, "responseMinutes", 0);
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: slaTiers[1] (\"warm\"): \"responseMinutes\" must be above 0");
}

TEST(DefinitionJsonTest, FromJson_NewerFormat_IsRefused)
{
    QJsonObject root = defaultsObject();
    root.insert("format", 2);
    EXPECT_EQ(refusal(root), "drafts/sales.json: format 2 is not supported; this Baton reads format 1");
}

TEST(DefinitionJsonTest, FromJson_ChecklistRequiredNotBool_IsRefused)
{
    QJsonObject root = defaultsObject();
    setIn(root, "checklist", 0, "required", "yes");
    EXPECT_EQ(refusal(root),
              "drafts/sales.json: checklist[0] (\"Budget confirmed\"): \"required\" must be true or false");
}

} // namespace
} // namespace baton
