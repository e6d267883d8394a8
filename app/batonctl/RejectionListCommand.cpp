#include "RejectionListCommand.h"

#include "CommandContext.h"
#include "CommandParser.h"
#include "RejectionFilter.h"
#include "ReportPeriod.h"
#include "ReviewJson.h"
#include "TextFormat.h"
#include "TextTable.h"
#include "UserDirectory.h"
#include "common/Clock.h"
#include "common/CsvWriter.h"
#include "feedback/FeedbackLabels.h"
#include "services/RejectionReviewService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton::cli {
namespace {

const QString jsonOption = QStringLiteral("json");
const QString csvOption = QStringLiteral("csv");

void describe(CommandParser &parser)
{
    ReportPeriod::addOptions(
        parser, QStringLiteral("Default: %1 days before --to.").arg(RejectionListCommand::defaultDays),
        QStringLiteral("Default: now."));
    RejectionFilter::addOptions(parser);
    parser.addOption(
        QCommandLineOption(jsonOption, QStringLiteral("Write a JSON array instead of a table.")));
    parser.addOption(
        QCommandLineOption(csvOption, QStringLiteral("Write CSV with a header row instead of a table.")));
    parser.addNote(
        QStringLiteral(
            "Without --from and --to: the last %1 days up to now. Columns: review id, when it was turned\n"
            "down (UTC), the lead's id and name, company, stage, reason, owner (who turned it down) and\n"
            "the review's status. `rejections show ID` shows one with its thread.")
            .arg(RejectionListCommand::defaultDays));
    parser.addExample(QStringLiteral("--db team.baton rejections list --status open"),
                      QStringLiteral("What marketing has not looked at yet, from the last four weeks."));
    parser.addExample(QStringLiteral("--db team.baton rejections list --from 2026-03-02 --to 2026-03-08 "
                                     "--reason no_authority --campaign 3"),
                      QStringLiteral("One week's \"no authority\" rejections of campaign 3's leads."));
    parser.addExample(
        QStringLiteral("--db team.baton rejections list --status disputed --csv > disputed.csv"),
        QStringLiteral("The disputes waiting for the sales manager, for a spreadsheet."));
}

QString login(const UserDirectory &users, const std::optional<qint64> &id)
{
    if (!id)
        return QStringLiteral("-");
    const User *user = users.find(*id);
    return user ? user->login : QStringLiteral("user %1").arg(*id);
}

void writeTable(QTextStream &out, const std::vector<RejectionReview> &reviews, const FeedbackLabels &labels,
                const UserDirectory &users)
{
    TextTable table({{QStringLiteral("id"), TextTable::Align::Right, 12},
                     {QStringLiteral("when (UTC)"), TextTable::Align::Left, 16},
                     {QStringLiteral("lead"), TextTable::Align::Right, 12},
                     {QStringLiteral("name"), TextTable::Align::Left, 28},
                     {QStringLiteral("company"), TextTable::Align::Left, 28},
                     {QStringLiteral("stage"), TextTable::Align::Left, 12},
                     {QStringLiteral("reason"), TextTable::Align::Left, 32},
                     {QStringLiteral("owner"), TextTable::Align::Left, 20},
                     {QStringLiteral("status"), TextTable::Align::Left, 12}});
    for (const RejectionReview &review : reviews) {
        table.addRow({QString::number(review.id), TextFormat::time(review.rejectedAt),
                      QString::number(review.leadId), review.leadName, review.companyName,
                      stageName(review.stage), labels.reason(review.reasonCode),
                      login(users, review.rejectedBy), reviewStatusName(review.status)});
    }
    table.write(out);
}

void writeCsv(QTextStream &out, const std::vector<RejectionReview> &reviews, const FeedbackLabels &labels,
              const UserDirectory &users)
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("id"), QStringLiteral("rejectedAt"), QStringLiteral("leadId"),
                  QStringLiteral("leadName"), QStringLiteral("company"), QStringLiteral("stage"),
                  QStringLiteral("reasonCode"), QStringLiteral("reason"), QStringLiteral("owner"),
                  QStringLiteral("status"), QStringLiteral("version")});
    for (const RejectionReview &review : reviews) {
        csv.writeRow({QString::number(review.id), TextFormat::isoTime(review.rejectedAt),
                      QString::number(review.leadId), review.leadName, review.companyName,
                      stageName(review.stage), review.reasonCode, labels.reason(review.reasonCode),
                      review.rejectedBy ? login(users, review.rejectedBy) : QString(),
                      reviewStatusName(review.status), QString::number(review.version)});
    }
}

} // namespace

int RejectionListCommand::run(CommandContext &context, const QStringList &args)
{
    CommandParser parser(
        QStringLiteral("rejections list"),
        QStringLiteral("[--from DATE] [--to DATE] [--status STATUS] [--stage STAGE] [--reason "
                       "CODE] [--campaign ID] [--source KIND] [--band LOW] [--owner USER] "
                       "[--limit N] [--json|--csv]"),
        QStringLiteral("Lists the rejections and disqualifications of a period, newest first, "
                       "with where\nmarketing's review of each stands; the options narrow it "
                       "to one status, reason,\ncampaign, source, score band or owner."));
    describe(parser);
    if (auto stop = parser.parse(context, args))
        return *stop;
    if (parser.isSet(jsonOption) && parser.isSet(csvOption))
        return parser.usageError(context, QStringLiteral("Choose one of --json and --csv."));
    auto period = ReportPeriod::recent(parser, context.clock().now(), defaultDays);
    if (!period)
        return parser.usageError(context, period.error().message);
    auto query = RejectionFilter::parse(parser, *period);
    if (!query)
        return parser.usageError(context, query.error().message);

    auto opened = context.openFile(DatabaseOpener::Mode::MustExist);
    if (!opened)
        return context.fileRefused(opened.error());
    Database &db = **opened;
    if (auto owner = RejectionFilter::resolveOwner(*query, db, parser); !owner)
        return context.actionFailed(owner.error());
    auto reviews = RejectionReviewService(db, context.clock()).list(*query);
    if (!reviews)
        return context.actionFailed(reviews.error());
    auto labels = FeedbackLabels::load(db);
    if (!labels)
        return context.actionFailed(labels.error());
    auto users = UserDirectory::load(db);
    if (!users)
        return context.actionFailed(users.error());

    QTextStream &out = context.out();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const RejectionReview &review : *reviews)
            array.append(ReviewJson::review(review, *labels, *users));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (parser.isSet(csvOption)) {
        writeCsv(out, *reviews, *labels, *users);
    } else if (reviews->empty()) {
        out << "No rejections or disqualifications from " << period->text() << " match." << Qt::endl;
    } else {
        out << "Rejections and disqualifications from " << period->text() << ", newest first:\n";
        writeTable(out, *reviews, *labels, *users);
    }
    out.flush();
    if (static_cast<int>(reviews->size()) == query->limit)
        context.err() << "(the newest " << query->limit << "; --limit N shows more)" << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace baton::cli
