#pragma once

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "support/TestFile.h"

#include <QByteArray>

#include <gtest/gtest.h>

#include <string>

namespace baton::demotest {

constexpr qint64 demoLeads = 3000;
constexpr qint64 twelveWeeks = 84 * 86400;

DemoOptions options(quint64 seed, qint64 leads = demoLeads);
qint64 count(Database &db, const char *sql);
std::string text(Database &db, const char *sql);
/// A digest of every row of every table, in rowid (or key) order.
QByteArray digest(Database &db);
std::string schema(Database &db);

/// One demo file of 3,000 leads, made once for the suite, read by its tests.
class DemoGeneratorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        shared = new test::TestFile;
        auto made = DemoGenerator::generate(shared->db(), options(42));
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        summary = *made;
    }
    static void TearDownTestSuite()
    {
        delete shared;
        shared = nullptr;
    }

    static Database &db() { return shared->db(); }

    static test::TestFile *shared;
    static DemoSummary summary;
};

} // namespace baton::demotest
