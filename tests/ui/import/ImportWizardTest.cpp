#include "import/ImportWizard.h"

#include "UiFixture.h"
#include "agreement/BackgroundTask.h"
#include "import/ColumnMappingEditor.h"
#include "import/ImportActions.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportProgressPage.h"
#include "import/ImportSourcePage.h"
#include "import/ImportSummaryPage.h"
#include "import/RefusalModel.h"
#include "storage/DatabaseOpener.h"
#include "storage/LeadRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

constexpr auto readOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto writableFile = readOnlyFile | QFileDevice::WriteOwner;

/// A HubSpot contacts export: two leads, and a row whose e-mail is not one.
const char *const hubspotCsv =
    "Record ID,First Name,Last Name,Email,Company Name,Job Title,Country/Region,Create Date\r\n"
    "101,Ada,Lovelace,ada@analytical.example,Analytical Engines,VP Engineering,United Kingdom,"
    "2026-03-01 09:30\r\n"
    "102,Grace,Hopper,grace@cobol.example,Cobol Systems,Director of IT,United States,2026-03-02 14:00\r\n"
    "103,Bad,Row,not-an-address,Nowhere Ltd,Intern,France,2026-03-03 08:00\r\n";

class ImportWizardTest : public ::testing::Test {
protected:
    ImportWizardTest()
    {
        csvPath = folder.filePath(QStringLiteral("contacts.csv"));
        QFile file(csvPath);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(hubspotCsv);
    }

    qint64 leadCount()
    {
        auto leads = LeadRepository(fixture.db()).list(std::nullopt, std::nullopt, 100000);
        EXPECT_TRUE(leads.ok());
        return leads ? static_cast<qint64>(leads->size()) : -1;
    }

    /// Shows the wizard on the file and moves to the preview.
    void toPreview(ImportWizard &wizard)
    {
        wizard.show();
        wizard.sourcePage()->setFile(csvPath);
        ASSERT_TRUE(wizard.sourcePage()->isComplete()) << wizard.sourcePage()->message().toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    }

    /// Commits the preview and waits for the import to end on its thread.
    void runImport(ImportWizard &wizard)
    {
        QSignalSpy done(wizard.progressPage(), &ImportProgressPage::done);
        wizard.next();
        ASSERT_TRUE(done.count() == 1 || done.wait(10000));
        ASSERT_EQ(wizard.currentId(), ImportWizard::SummaryPage);
    }

    QString cell(const ImportPreviewModel &model, int row, const QString &column)
    {
        return model.index(row, model.column(column)).data().toString();
    }

    UiFixture fixture;
    QTemporaryDir folder;
    QString csvPath;
};

TEST_F(ImportWizardTest, HubSpotFile_PresetRecognisedAndPreviewShowsTheMappedValuesWithoutWriting)
{
    const qint64 before = leadCount();
    ImportWizard wizard(ImportKind::Leads, fixture.session());

    ASSERT_NO_FATAL_FAILURE(toPreview(wizard));

    EXPECT_EQ(wizard.sourcePage()->presetCombo()->currentData().toString(), QStringLiteral("hubspot"));
    const ImportPreviewModel &model = *wizard.previewPage()->model();
    QAbstractItemModelTester tester(wizard.previewPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, QStringLiteral("Name")), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(cell(model, 0, QStringLiteral("E-mail")), QStringLiteral("ada@analytical.example"));
    EXPECT_EQ(cell(model, 0, QStringLiteral("Company")), QStringLiteral("Analytical Engines"));
    EXPECT_EQ(cell(model, 0, QStringLiteral("Country")), QStringLiteral("GB"));
    EXPECT_EQ(cell(model, 1, QStringLiteral("Created")), QStringLiteral("2026-03-02 14:00 UTC"));
    EXPECT_FALSE(model.isRefused(1));
    EXPECT_TRUE(model.isRefused(2));
    EXPECT_EQ(cell(model, 2, QStringLiteral("Row")), QStringLiteral("4"));
    EXPECT_TRUE(cell(model, 2, QStringLiteral("Refused")).contains(QStringLiteral("not an e-mail address")))
        << cell(model, 2, QStringLiteral("Refused")).toStdString();
    EXPECT_EQ(leadCount(), before);
}

TEST_F(ImportWizardTest, Import_AddsTheLeadsAndTheSummaryCountsThemAndListsTheRefusedRow)
{
    const qint64 before = leadCount();
    ImportWizard wizard(ImportKind::Leads, fixture.session());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    ASSERT_NO_FATAL_FAILURE(toPreview(wizard));

    ASSERT_NO_FATAL_FAILURE(runImport(wizard));

    EXPECT_EQ(leadCount(), before + 2);
    EXPECT_EQ(imported.count(), 1);
    const QString counts = wizard.summaryPage()->countsText();
    EXPECT_TRUE(counts.contains(QStringLiteral("Added: 2\n"))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("Updated: 0\n"))) << counts.toStdString();
    EXPECT_TRUE(counts.contains(QStringLiteral("Refused: 1\n"))) << counts.toStdString();
    RefusalModel *refusals = wizard.summaryPage()->refusals();
    QAbstractItemModelTester tester(refusals, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(refusals->rowCount(), 1);
    EXPECT_EQ(refusals->index(0, RefusalModel::RowColumn).data().toLongLong(), 4);
    EXPECT_EQ(refusals->index(0, RefusalModel::ColumnColumn).data().toString(), QStringLiteral("Email"));
    EXPECT_EQ(refusals->index(0, RefusalModel::ValueColumn).data().toString(),
              QStringLiteral("not-an-address"));
    EXPECT_TRUE(wizard.summaryPage()->saveReportButton()->isVisibleTo(&wizard));
}

TEST_F(ImportWizardTest, SkipDuplicates_SecondImportOfTheSameFileSkipsBothLeads)
{
    {
        ImportWizard first(ImportKind::Leads, fixture.session());
        ASSERT_NO_FATAL_FAILURE(toPreview(first));
        ASSERT_NO_FATAL_FAILURE(runImport(first));
    }
    const qint64 before = leadCount();
    ImportWizard wizard(ImportKind::Leads, fixture.session());
    ASSERT_NO_FATAL_FAILURE(toPreview(wizard));
    wizard.previewPage()->skipButton()->click();

    ASSERT_NO_FATAL_FAILURE(runImport(wizard));

    EXPECT_EQ(leadCount(), before);
    const QString counts = wizard.summaryPage()->countsText();
    EXPECT_TRUE(counts.contains(QStringLiteral("Skipped: 2\n"))) << counts.toStdString();
}

TEST_F(ImportWizardTest, Cancel_SaysNothingWasImportedAndLeavesTheLeadsAsTheyWere)
{
    const qint64 before = leadCount();
    ImportWizard wizard(ImportKind::Leads, fixture.session());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    // Cancel as the import starts on its thread, before it reads a row.
    wizard.progressPage()->setBeforeImport([&wizard] { wizard.progressPage()->task()->cancel(); });
    ASSERT_NO_FATAL_FAILURE(toPreview(wizard));

    ASSERT_NO_FATAL_FAILURE(runImport(wizard));

    EXPECT_EQ(wizard.summaryPage()->countsText(), QStringLiteral("Cancelled: nothing was imported."));
    EXPECT_FALSE(wizard.summaryPage()->refusalTable()->isVisibleTo(&wizard));
    EXPECT_EQ(imported.count(), 0);
    EXPECT_EQ(leadCount(), before);
}

TEST_F(ImportWizardTest, SaveReport_WritesTheRefusedRowsAsCsv)
{
    ImportWizard wizard(ImportKind::Leads, fixture.session());
    ASSERT_NO_FATAL_FAILURE(toPreview(wizard));
    ASSERT_NO_FATAL_FAILURE(runImport(wizard));
    const QString report = folder.filePath(QStringLiteral("refused.csv"));

    ASSERT_TRUE(wizard.summaryPage()->refusals()->saveCsv(report).ok());

    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("row,column,value,why\r\n4,Email,not-an-address,")))
        << text.toStdString();
}

TEST_F(ImportWizardTest, MapColumns_HeadersChosenByHandAreTheMappingImportedWith)
{
    ImportWizard wizard(ImportKind::Leads, fixture.session());
    wizard.show();
    wizard.sourcePage()->setFile(csvPath);
    ASSERT_TRUE(wizard.sourcePage()->choose(ImportSourcePage::mapColumns));
    QComboBox *company = wizard.sourcePage()->mappingEditor()->fieldCombo(ImportField::Company);
    ASSERT_NE(company, nullptr);
    EXPECT_EQ(company->currentText(), QStringLiteral("Company Name")); // from the recognised preset
    company->setCurrentIndex(company->findText(QStringLiteral("Job Title")));

    wizard.next();

    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    EXPECT_EQ(cell(*wizard.previewPage()->model(), 0, QStringLiteral("Company")),
              QStringLiteral("VP Engineering"));
}

TEST_F(ImportWizardTest, EventsFile_PreviewSaysWhenNoLeadHasTheEmailAndAsksNothingAboutDuplicates)
{
    const QString events = folder.filePath(QStringLiteral("events.csv"));
    QFile file(events);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("email,type,time\r\nnobody@nowhere.example,webinar_attended,2026-03-09T10:00:00Z\r\n");
    file.close();
    ImportWizard wizard(ImportKind::Events, fixture.session());
    wizard.show();
    wizard.sourcePage()->setFile(events);

    wizard.next();

    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPage);
    ASSERT_EQ(wizard.previewPage()->model()->rowCount(), 1);
    const ImportPreviewModel &model = *wizard.previewPage()->model();
    EXPECT_EQ(cell(model, 0, QStringLiteral("Lead")), QStringLiteral("no lead"));
    EXPECT_EQ(cell(model, 0, QStringLiteral("Type")), QStringLiteral("Webinar attended"));
    EXPECT_FALSE(wizard.previewPage()->skipButton()->isVisibleTo(&wizard));
}

TEST_F(ImportWizardTest, ReadOnlyFile_RefusesTheImportWithTheReason)
{
    const QString path = fixture.db().path();
    ASSERT_TRUE(QFile::setPermissions(path, readOnlyFile));
    auto opened = DatabaseOpener::open(path, DatabaseOpener::Mode::MustExist);
    QFile::setPermissions(path, writableFile);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_TRUE((*opened)->isReadOnly());
    Session session(**opened, fixture.clock());
    QWidget parent;
    ImportActions actions(session, &parent);
    QString reported;
    actions.setFailureReporter([&reported](const QString &message) { reported = message; });

    EXPECT_EQ(actions.makeWizard(ImportKind::Leads), nullptr);

    EXPECT_TRUE(reported.startsWith(QStringLiteral("Nothing can be imported. Read-only:")))
        << reported.toStdString();
}

} // namespace
} // namespace baton::test
