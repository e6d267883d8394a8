#include "ReviewExportCommand.h"

#include "ReviewFixture.h"
#include "support/PdfText.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace baton::cli::test {
namespace {

/// review export on the small team: three handoffs in the week of Monday 9 March 2026 (one
/// rejected), one the week before, a decision and an action item. "Now" is Tue 10 March.
class ReviewExport : public ReviewFixture {
protected:
    ReviewExport()
    {
        const qint64 ann = handedOver(QStringLiteral("Ann"), team.webinar, day(9));
        setNow(day(9, 11));
        accept(ann);
        handedOver(QStringLiteral("Ben"), team.webinar, day(9, 12));
        rejected(QStringLiteral("Cat"), {}, QStringLiteral("no_authority"), day(10, 9));
        handedOver(QStringLiteral("Dan"), team.webinar, day(3));
        setNow(day(10, 11));
        must({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--week"),
              QStringLiteral("2026-03-09"), QStringLiteral("--text"),
              QStringLiteral("Ask webinar sign-ups for their job title"), QStringLiteral("--metric"),
              QStringLiteral("acceptance_rate"), QStringLiteral("--as"), QStringLiteral("sally.manager")});
        must({QStringLiteral("review"), QStringLiteral("action"), QStringLiteral("add"),
              QStringLiteral("--week"), QStringLiteral("2026-03-09"), QStringLiteral("--title"),
              QStringLiteral("Add the title field to the form"), QStringLiteral("--owner"),
              QStringLiteral("mark.marketing"), QStringLiteral("--due"), QStringLiteral("2026-03-13"),
              QStringLiteral("--as"), QStringLiteral("sally.manager")});
        setNow(day(10, 11).addSecs(1800));
    }

    CliOutput exported(const QStringList &args)
    {
        return ctl(QStringList{QStringLiteral("review"), QStringLiteral("export")} + args +
                   QStringList{QStringLiteral("--zone"), QStringLiteral("UTC")});
    }
    QString inDir(const QString &name) const { return QDir(dir.path()).filePath(name); }

    QTemporaryDir dir;
};

TEST_F(ReviewExport, Pdf_Week_HoldsItsNumbersChartsDecisionsAndActionItems)
{
    const QString path = inDir(QStringLiteral("review.pdf"));
    const CliOutput result =
        exported({QStringLiteral("--week"), QStringLiteral("2026-03-11"), QStringLiteral("--pdf"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("the week of Monday 2026-03-09")))
        << result.out.toStdString();

    const int pages = baton::test::PdfText::pageCount(path);
    EXPECT_GE(pages, 3) << "pdfinfo (poppler-utils, see scripts/install-deps.sh) reads the page count";
    EXPECT_TRUE(result.out.contains(QStringLiteral("(%1 pages)").arg(pages))) << result.out.toStdString();
    const QString text = baton::test::PdfText::text(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Joint review: week of 9 March 2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Acceptance rate (MQL to SAL)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ask webinar sign-ups for their job title")));
    EXPECT_TRUE(text.contains(QStringLiteral("Add the title field to the form")));
    EXPECT_TRUE(text.contains(QStringLiteral("Q3 Pipeline Webinar")));
}

TEST_F(ReviewExport, Csv_Week_OneRowPerWeekOwnerAndCampaign)
{
    const QString path = inDir(QStringLiteral("review.csv"));
    const CliOutput result =
        exported({QStringLiteral("--week"), QStringLiteral("2026-03-09"), QStringLiteral("--csv"), path,
                  QStringLiteral("--campaign"), QString::number(team.webinar)});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(
        lines[0].startsWith(QStringLiteral("group,key,label,handed_over,accepted,rejected,acceptance_rate")));
    const QStringList weeks = lines.filter(QRegularExpression(QStringLiteral("^week,")));
    ASSERT_EQ(weeks.size(), 12);
    // The campaign's two handoffs of the week, one of them accepted (Cat had no campaign).
    EXPECT_TRUE(weeks.last().startsWith(QStringLiteral("week,2026-03-09,2026-03-09,2,1,0,1.0000")))
        << weeks.last().toStdString();
    EXPECT_EQ(lines.filter(QRegularExpression(QStringLiteral("^owner,"))).size(), 1);
    EXPECT_EQ(lines.filter(QRegularExpression(QStringLiteral("^campaign,"))).size(), 1);
}

TEST_F(ReviewExport, BadWeekOrNoFile_IsAUsageError)
{
    const QString path = inDir(QStringLiteral("review.pdf"));
    const CliOutput badWeek =
        exported({QStringLiteral("--week"), QStringLiteral("2026-02-30"), QStringLiteral("--pdf"), path});
    EXPECT_EQ(badWeek.exitCode, 2);
    EXPECT_TRUE(badWeek.err.contains(QStringLiteral("--week"))) << badWeek.err.toStdString();
    EXPECT_EQ(exported({QStringLiteral("--pdf"), path}).exitCode, 2);
    const CliOutput neither = exported({QStringLiteral("--week"), QStringLiteral("2026-03-09")});
    EXPECT_EQ(neither.exitCode, 2);
    EXPECT_TRUE(neither.err.contains(QStringLiteral("--pdf FILE and --csv FILE")))
        << neither.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReviewExport, UnwritablePath_FailsWithAClearMessage)
{
    for (const QString &option : {QStringLiteral("--pdf"), QStringLiteral("--csv")}) {
        const QString path = inDir(QStringLiteral("no such folder/review.out"));
        const CliOutput result =
            exported({QStringLiteral("--week"), QStringLiteral("2026-03-09"), option, path});
        EXPECT_EQ(result.exitCode, 1) << option.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("Cannot write %1").arg(path)))
            << result.err.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}

TEST(ReviewExportNeedsWidgets, OnlyThePdfExport)
{
    const QString ctl = QStringLiteral("batonctl");
    EXPECT_TRUE(ReviewExportCommand::needsWidgets({ctl, QStringLiteral("--db"), QStringLiteral("x"),
                                                   QStringLiteral("review"), QStringLiteral("export"),
                                                   QStringLiteral("--week"), QStringLiteral("2026-03-09"),
                                                   QStringLiteral("--pdf"), QStringLiteral("r.pdf")}));
    EXPECT_TRUE(ReviewExportCommand::needsWidgets(
        {ctl, QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("--pdf=r.pdf")}));
    EXPECT_FALSE(ReviewExportCommand::needsWidgets({ctl, QStringLiteral("review"), QStringLiteral("export"),
                                                    QStringLiteral("--csv"), QStringLiteral("r.csv")}));
    EXPECT_FALSE(
        ReviewExportCommand::needsWidgets({ctl, QStringLiteral("review"), QStringLiteral("decisions")}));
}

} // namespace
} // namespace baton::cli::test
