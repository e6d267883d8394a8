#include "review/ReviewPdf.h"

#include "UiFixture.h"
#include "meeting/ReviewMeetingService.h"
#include "review/ReviewExportButton.h"
#include "review/ReviewNumbers.h"
#include "review/ReviewPdfTables.h"
#include "services/LeadService.h"
#include "support/PdfText.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace baton::test {
namespace {

/// The review's PDF of the week of Monday 2026-03-09 (UTC): three handoffs from the webinar,
/// one accepted and one rejected, a decision and an action item.
class ReviewPdfTest : public ::testing::Test {
protected:
    ReviewPdfTest()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QDateTime monday(QDate(2026, 3, 9), QTime(9, 0), QTimeZone::utc());
        const qint64 ann = handedOver(QStringLiteral("Ann"), monday);
        fixture.clock().set(monday.addSecs(600));
        EXPECT_TRUE(leads().accept(ann, fixture.team().sdr).ok());
        const qint64 ben = handedOver(QStringLiteral("Ben"), monday.addSecs(1200));
        fixture.clock().set(monday.addSecs(1800));
        EXPECT_TRUE(leads()
                        .reject(ben, fixture.team().sdr, QStringLiteral("no_authority"), QStringLiteral("No"))
                        .ok());
        handedOver(QStringLiteral("Cat"), monday.addSecs(2400));
        fixture.clock().set(referenceTime());
        ReviewMeetingService meeting(fixture.db(), fixture.clock());
        EXPECT_TRUE(meeting
                        .decide({week,
                                 QStringLiteral("acceptance_rate"),
                                 QStringLiteral("Ask webinar sign-ups for their job title"),
                                 {}},
                                fixture.team().salesManager)
                        .ok());
        addAction(QStringLiteral("Add the title field to the form"));
    }
    ~ReviewPdfTest() override { QLocale::setDefault(QLocale::system()); }

    qint64 handedOver(const QString &name, const QDateTime &at)
    {
        const qint64 id = fixture.addLead(
            LeadSpec{.name = name, .stage = Stage::Nurture, .campaignId = fixture.team().webinar});
        fixture.clock().set(at);
        EXPECT_TRUE(leads().handOver(id, fixture.team().sdr, fixture.team().salesManager).ok());
        return id;
    }
    void addAction(const QString &title)
    {
        ReviewMeetingService meeting(fixture.db(), fixture.clock());
        EXPECT_TRUE(
            meeting
                .addActionItem({week, {}, {}, title, fixture.team().marketingManager, QDate(2026, 3, 13)},
                               fixture.team().salesManager)
                .ok());
    }
    LeadService leads() { return LeadService(fixture.db(), fixture.clock()); }

    ReviewRequest request() const
    {
        return {QDateTime(week, QTime(0, 0), QTimeZone::utc()),
                QDateTime(week.addDays(7), QTime(0, 0), QTimeZone::utc()),
                QTimeZone::utc(),
                {}};
    }
    ReviewNumbers numbers()
    {
        auto counted = ReviewNumbers::count(fixture.session().filePath(), fixture.clock(), request());
        EXPECT_TRUE(counted.ok()) << (counted.ok() ? std::string() : counted.error().message.toStdString());
        return counted.ok() ? *counted : ReviewNumbers{};
    }
    QString inDir(const QString &name) const { return dir.filePath(name); }

    const QDate week{2026, 3, 9};
    UiFixture fixture;
    QTemporaryDir dir;
};

TEST_F(ReviewPdfTest, Write_Week_HasItsTitleNumbersDecisionsAndActionItems)
{
    auto document = ReviewDocument::count(fixture.session().filePath(), fixture.clock(), request());
    ASSERT_TRUE(document.ok()) << document.error().message.toStdString();
    const QString path = inDir(QStringLiteral("review.pdf"));
    auto pages = ReviewPdf(*document).write(path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();

    EXPECT_EQ(PdfText::pageCount(path), *pages)
        << "pdfinfo (poppler-utils, see scripts/install-deps.sh) reads the page count";
    EXPECT_GE(*pages, 3); // the table, six charts, then the tables and the meeting
    const QString text = PdfText::text(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Joint review: week of 9 March 2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("All handoffs")));
    EXPECT_TRUE(text.contains(QStringLiteral("Acceptance rate (MQL to SAL)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Funnel: handed over")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ask webinar sign-ups for their job title")));
    EXPECT_TRUE(text.contains(QStringLiteral("Add the title field to the form")));
    EXPECT_TRUE(text.contains(QStringLiteral("Mark Okafor"))) << "the action item's owner";
    EXPECT_TRUE(PdfText::page(path, *pages).contains(QStringLiteral("Page %1").arg(*pages)));
}

TEST_F(ReviewPdfTest, Write_LongActionList_GoesOnOverMorePagesWithItsHeaderAgain)
{
    auto shortDocument = ReviewDocument::count(fixture.session().filePath(), fixture.clock(), request());
    ASSERT_TRUE(shortDocument.ok());
    auto shortPages = ReviewPdf(*shortDocument).write(inDir(QStringLiteral("short.pdf")));
    ASSERT_TRUE(shortPages.ok());
    for (int i = 0; i < 80; ++i)
        addAction(QStringLiteral("Follow-up number %1").arg(i));
    auto document = ReviewDocument::count(fixture.session().filePath(), fixture.clock(), request());
    ASSERT_TRUE(document.ok());
    const QString path = inDir(QStringLiteral("long.pdf"));
    auto pages = ReviewPdf(*document).write(path);
    ASSERT_TRUE(pages.ok());
    EXPECT_GT(*pages, *shortPages);
    const QString last = PdfText::page(path, *pages);
    EXPECT_TRUE(last.contains(QStringLiteral("Follow-up number 79"))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("Action item"))) << "the table's header is repeated";
}

TEST(ReviewPdfTables, DecisionRows_DatedInTheReviewsZone)
{
    ReviewDecision late;
    late.text = QStringLiteral("Second SDR rota on Fridays");
    late.decidedAt = QDateTime(QDate(2026, 3, 2), QTime(23, 30), QTimeZone::utc());
    const std::vector<ReviewDecision> decisions{late};
    const QString utc = ReviewPdfTables::decisionRows(decisions, QTimeZone::utc()).front().front();
    const QString berlin =
        ReviewPdfTables::decisionRows(decisions, QTimeZone(QByteArrayLiteral("Europe/Berlin")))
            .front()
            .front();
    EXPECT_EQ(utc, QLocale().toString(QDate(2026, 3, 2), QStringLiteral("d MMM yyyy")));
    EXPECT_EQ(berlin, QLocale().toString(QDate(2026, 3, 3), QStringLiteral("d MMM yyyy")));
}

TEST_F(ReviewPdfTest, Write_UnwritablePath_FailsAndWritesNothing)
{
    auto document = ReviewDocument::count(fixture.session().filePath(), fixture.clock(), request());
    ASSERT_TRUE(document.ok());
    const QString path = inDir(QStringLiteral("missing folder/review.pdf"));
    auto pages = ReviewPdf(*document).write(path);
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pages.error().kind, ErrorKind::Io);
    EXPECT_TRUE(pages.error().message.contains(path)) << pages.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReviewPdfTest, ExportButton_WithoutNumbers_IsDisabled_ThenWritesTheChosenFiles)
{
    ReviewExportButton button(fixture.session());
    EXPECT_FALSE(button.isEnabled());
    button.setNumbers(numbers());
    EXPECT_TRUE(button.isEnabled());

    QString asked;
    QString chosen = inDir(QStringLiteral("week.pdf"));
    button.setFileChooser([&](const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return chosen;
    });
    QSignalSpy exported(&button, &ReviewExportButton::exported);
    button.pdfAction()->trigger();
    EXPECT_TRUE(asked.endsWith(QStringLiteral("review-2026-03-09.pdf"))) << asked.toStdString();
    ASSERT_EQ(exported.count(), 1);
    EXPECT_TRUE(PdfText::text(chosen).contains(QStringLiteral("Add the title field to the form")));

    chosen = inDir(QStringLiteral("week.csv"));
    button.csvAction()->trigger();
    ASSERT_EQ(exported.count(), 2);
    QFile csv(chosen);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(content.startsWith(QStringLiteral("group,key,label,handed_over"))) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("\r\nweek,2026-03-09,2026-03-09,3,1,1,")));

    button.setNumbers(std::nullopt);
    EXPECT_FALSE(button.isEnabled());
}

} // namespace
} // namespace baton::test
