#include "review/ReviewLeadModel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

ReviewLead lead(qint64 id, const QString &name, ReviewHandoff::Outcome outcome, std::optional<qint64> contact)
{
    ReviewLead row;
    row.leadId = id;
    row.name = name;
    row.company = QStringLiteral("Acme Corp");
    row.handedOverAt = QDateTime(QDate(2026, 3, 9), QTime(10, 0), QTimeZone::utc());
    row.outcome = outcome;
    row.businessSecondsToContact = contact;
    return row;
}

TEST(ReviewLeadModelTest, SetLeads_ARowPerHandoffWithItsOutcomeAndContactTime)
{
    ReviewLeadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setLeads({lead(7, QStringLiteral("Ann"), ReviewHandoff::Outcome::Accepted, 12 * 60),
                    lead(8, QStringLiteral("Ben"), ReviewHandoff::Outcome::Rejected, std::nullopt)});

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), ReviewLeadModel::columnTotal);
    EXPECT_EQ(model.index(0, ReviewLeadModel::LeadColumn).data().toString(), QStringLiteral("Ann"));
    EXPECT_EQ(model.index(0, ReviewLeadModel::OutcomeColumn).data().toString(), QStringLiteral("Accepted"));
    EXPECT_EQ(model.index(0, ReviewLeadModel::ContactColumn).data().toString(), QStringLiteral("12 min"));
    EXPECT_EQ(model.index(1, ReviewLeadModel::ContactColumn).data().toString(), QStringLiteral("not yet"));
    EXPECT_EQ(model.index(1, ReviewLeadModel::OwnerColumn).data().toString(), QStringLiteral("Nobody"));
    EXPECT_EQ(model.index(1, 0).data(ReviewLeadModel::LeadIdRole).toLongLong(), 8);
}

TEST(ReviewLeadModelTest, SetLeads_AgainReplacesTheRows)
{
    ReviewLeadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLeads({lead(7, QStringLiteral("Ann"), ReviewHandoff::Outcome::Open, std::nullopt)});

    model.setLeads({});

    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.leadAt(0), nullptr);
}

} // namespace
} // namespace baton::test
