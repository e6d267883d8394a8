#include "audit/AuditDialog.h"

#include "../LeadSpecBuilder.h"
#include "../UiFixture.h"
#include "audit/AuditModel.h"
#include "services/LeadService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

class AuditDialogTest : public ::testing::Test {
protected:
    void accept(qint64 id, qint64 by)
    {
        ASSERT_TRUE(LeadService(fixture.db(), fixture.clock()).accept(id, by).ok());
    }

    UiFixture fixture;
};

TEST_F(AuditDialogTest, ListsTheChangesNewestFirstAndShowsTheStateBeforeAndAfter)
{
    const qint64 first = fixture.addLead(aLead());
    const qint64 second = fixture.addLead(aLead());
    accept(first, fixture.team().sdr);
    accept(second, fixture.team().otherSdr);
    AuditDialog dialog(fixture.db());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog.model()->rowCount(), 2);
    EXPECT_EQ(dialog.model()->index(0, AuditModel::Who).data().toString(), QStringLiteral("Olive Chen"));
    EXPECT_TRUE(
        dialog.model()->index(1, AuditModel::Summary).data().toString().contains(QString::number(first)));

    dialog.table()->setCurrentIndex(dialog.model()->index(0, 0));
    const QString details = dialog.details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Before"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("mql")));
    EXPECT_TRUE(details.contains(QStringLiteral("sal")));
}

TEST_F(AuditDialogTest, FilterByPerson_ShowsOnlyTheirChanges)
{
    accept(fixture.addLead(aLead()), fixture.team().sdr);
    accept(fixture.addLead(aLead()), fixture.team().otherSdr);
    AuditDialog dialog(fixture.db());
    const int olive = dialog.personFilter()->findText(QStringLiteral("Olive Chen"));
    ASSERT_GE(olive, 0);
    dialog.personFilter()->setCurrentIndex(olive);
    ASSERT_EQ(dialog.model()->rowCount(), 1);
    EXPECT_EQ(dialog.model()->index(0, AuditModel::Who).data().toString(), QStringLiteral("Olive Chen"));

    dialog.personFilter()->setCurrentIndex(dialog.personFilter()->findText(QStringLiteral("Baton itself")));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
    EXPECT_TRUE(dialog.details()->toPlainText().contains(QStringLiteral("No changes match.")));
}

TEST_F(AuditDialogTest, ALongLog_IsReadAPageAtATime)
{
    const qint64 id = fixture.addLead(aLead());
    LeadService service(fixture.db(), fixture.clock());
    for (int i = 0; i < AuditModel::pageSize + 5; ++i)
        ASSERT_TRUE(
            service.logActivity(id, fixture.team().sdr, ActivityType::Note, QStringLiteral("noted"), {})
                .ok());
    AuditDialog dialog(fixture.db());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dialog.model()->rowCount(), AuditModel::pageSize);
    ASSERT_TRUE(dialog.olderButton()->isEnabled());
    dialog.olderButton()->click();
    EXPECT_EQ(dialog.model()->rowCount(), AuditModel::pageSize + 5);
    EXPECT_FALSE(dialog.olderButton()->isEnabled());
    dialog.subjectFilter()->setCurrentIndex(dialog.subjectFilter()->findData(QStringLiteral("definition")));
    EXPECT_EQ(dialog.model()->rowCount(), 0);
}

} // namespace
} // namespace baton::test
