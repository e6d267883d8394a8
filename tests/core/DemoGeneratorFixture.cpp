#include "DemoGeneratorFixture.h"

#include "support/TestData.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace baton::demotest {

DemoOptions options(quint64 seed, qint64 leads)
{
    DemoOptions demo;
    demo.leads = leads;
    demo.seed = seed;
    demo.now = test::referenceTime();
    return demo;
}

qint64 count(Database &db, const char *sql)
{
    auto value = db.queryInt(sql);
    EXPECT_TRUE(value.ok()) << sql << ": " << (value.ok() ? "" : value.error().message.toStdString());
    return value.ok() ? *value : -1;
}

std::string text(Database &db, const char *sql)
{
    auto statement = db.prepare(sql);
    EXPECT_TRUE(statement.ok()) << sql;
    if (!statement.ok())
        return {};
    auto row = statement->step();
    return row.ok() && *row ? statement->text(0).toStdString() : std::string();
}

QByteArray digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"users", "campaigns", "leads", "events", "activities", "stage_changes",
                              "opportunities", "reasons", "meta", "handoffs", "definition_versions",
                              "score_rules", "rejection_reviews", "lead_comments", "qualification_answers"}) {
        const std::string order =
            std::string(table) == "qualification_answers" ? "lead_id, criterion_id" : "rowid";
        auto statement = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY " + order);
        EXPECT_TRUE(statement.ok()) << table;
        if (!statement.ok())
            continue;
        hash.addData(QByteArray(table));
        sqlite3_stmt *handle = statement->handle();
        while (sqlite3_step(handle) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(handle); ++column) {
                const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(handle, column));
                hash.addData(value != nullptr ? QByteArray(value, sqlite3_column_bytes(handle, column))
                                              : QByteArray("\x01NULL"));
                hash.addData(QByteArray("\x1f", 1));
            }
            hash.addData(QByteArray("\x1e", 1));
        }
    }
    return hash.result();
}

std::string schema(Database &db)
{
    std::string all;
    // Planner statistics (sqlite_stat1) are not part of Baton's schema.
    auto statement = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE "
                                "'sqlite_stat%' ORDER BY name");
    EXPECT_TRUE(statement.ok());
    while (statement.ok() && *statement->step()) {
        for (int column = 0; column < 4; ++column)
            all += statement->text(column).toStdString() + "|";
        all += "\n";
    }
    return all;
}

test::TestFile *DemoGeneratorTest::shared = nullptr;
DemoSummary DemoGeneratorTest::summary;

} // namespace baton::demotest
