#include "agreement/editor/SlaTierModel.h"

#include "SampleDefinition.h"
#include "agreement/editor/EditorRole.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

QStringList names(const SlaTierModel &model)
{
    QStringList result;
    for (const SlaTier &tier : model.items())
        result.append(tier.name);
    return result;
}

class DefinitionSlaTierModel : public ::testing::Test {
protected:
    DefinitionSlaTierModel() { model.setItems(sampleDefinition().slaTiers); }

    QModelIndex cell(int row, SlaTierModel::Column column) const { return model.index(row, column); }

    SlaTierModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(DefinitionSlaTierModel, SetItems_Defaults_ShowsMinutesEventsAndScore)
{
    EXPECT_EQ(names(model), (QStringList{"hot", "warm", "cool"}));
    EXPECT_EQ(cell(0, SlaTierModel::MinutesColumn).data().toString(), QStringLiteral("15 min"));
    EXPECT_EQ(cell(1, SlaTierModel::MinutesColumn).data().toString(), QStringLiteral("240 min (4 h)"));
    EXPECT_EQ(cell(0, SlaTierModel::EventsColumn).data().toString(), eventTypeLabel(EventType::DemoRequest));
    EXPECT_EQ(cell(0, SlaTierModel::EventsColumn).data(Qt::EditRole).toStringList(),
              QStringList{QStringLiteral("demo_request")});
    EXPECT_TRUE(cell(0, SlaTierModel::EventsColumn).data(MultipleChoiceRole).toBool());
    EXPECT_EQ(cell(1, SlaTierModel::ScoreColumn).data(Qt::EditRole).toString(), QStringLiteral("80"));
    EXPECT_EQ(cell(2, SlaTierModel::ScoreColumn).data().toString(), QStringLiteral("—"));
}

TEST_F(DefinitionSlaTierModel, SetData_EventsByNameOrLabel_UnknownOnesRefused)
{
    ASSERT_TRUE(
        model.setData(cell(1, SlaTierModel::EventsColumn),
                      QStringList{QStringLiteral("webinar_question"), QStringLiteral("form_submit")}));
    EXPECT_EQ(model.items()[1].events,
              (std::vector<EventType>{EventType::WebinarQuestion, EventType::FormSubmit}));

    ASSERT_TRUE(model.setData(cell(1, SlaTierModel::EventsColumn), eventTypeLabel(EventType::EventVisit)));
    EXPECT_EQ(model.items()[1].events, std::vector<EventType>{EventType::EventVisit});

    EXPECT_FALSE(
        model.setData(cell(1, SlaTierModel::EventsColumn), QStringLiteral("page_view, smoke_signal")));
    EXPECT_EQ(model.items()[1].events, std::vector<EventType>{EventType::EventVisit});
}

TEST_F(DefinitionSlaTierModel, SetData_MinutesAndScore)
{
    ASSERT_TRUE(model.setData(cell(2, SlaTierModel::MinutesColumn), 1440));
    ASSERT_TRUE(model.setData(cell(2, SlaTierModel::ScoreColumn), QStringLiteral("20")));
    ASSERT_TRUE(model.setData(cell(1, SlaTierModel::ScoreColumn), QString()));

    EXPECT_EQ(model.items()[2].responseMinutes, 1440);
    EXPECT_EQ(model.items()[2].minTotalScore, 20);
    EXPECT_EQ(model.items()[1].minTotalScore, std::nullopt);
}

TEST_F(DefinitionSlaTierModel, InsertRemoveMove_ChangeTheTiersInOrder)
{
    ASSERT_TRUE(model.insertRow(1));
    EXPECT_EQ(names(model), (QStringList{"hot", "new_tier", "warm", "cool"}));
    EXPECT_GT(model.items()[1].responseMinutes, 0);

    ASSERT_TRUE(model.moveRow({}, 1, {}, 4));
    EXPECT_EQ(names(model), (QStringList{"hot", "warm", "cool", "new_tier"}));

    ASSERT_TRUE(model.removeRow(3));
    EXPECT_EQ(model.items(), sampleDefinition().slaTiers);
}

} // namespace
} // namespace baton::test
