#include "import/ColumnMapping.h"

#include "import/ImportPreset.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace baton {
namespace {

TEST(ColumnMappingTest, SaveLoad_OwnMapping_ComesBackTheSame)
{
    QTemporaryDir dir;
    ColumnMapping mapping;
    mapping.name = QStringLiteral("our crm");
    mapping.columns = {{ImportField::Email, {QStringLiteral("E-Mail"), QStringLiteral("Mail")}},
                       {ImportField::Company, {QStringLiteral("Firma")}}};
    mapping.dateFormats = {QStringLiteral("DD.MM.YYYY hh:mm")};
    mapping.timeZone = QStringLiteral("Europe/Berlin");
    const QString path = dir.filePath(QStringLiteral("mapping.json"));
    ASSERT_TRUE(mapping.save(path).ok());

    auto loaded = ColumnMapping::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->name, mapping.name);
    EXPECT_EQ(loaded->columns, mapping.columns);
    EXPECT_EQ(loaded->dateFormats, mapping.dateFormats);
    EXPECT_EQ(loaded->timeZone, mapping.timeZone);
}

TEST(ColumnMappingTest, FromJson_UnknownFieldOrZone_RefusedWithWhatIsWrong)
{
    auto unknownField = ColumnMapping::fromJson(
        QJsonDocument::fromJson(R"({"format":"baton-import-mapping","columns":{"mail":"Mail"}})").object());
    ASSERT_FALSE(unknownField.ok());
    EXPECT_TRUE(unknownField.error().message.contains(QLatin1String("'mail'")));
    auto unknownZone = ColumnMapping::fromJson(
        QJsonDocument::fromJson(
            R"({"format":"baton-import-mapping","columns":{"email":"Mail"},"timeZone":"Mars/Base"})")
            .object());
    ASSERT_FALSE(unknownZone.ok());
    EXPECT_TRUE(unknownZone.error().message.contains(QLatin1String("Mars/Base")));
    auto notAMapping = ColumnMapping::fromJson(QJsonObject{{QStringLiteral("columns"), QJsonObject()}});
    EXPECT_FALSE(notAMapping.ok());
}

TEST(ColumnMappingTest, Resolve_HeadersInAnyCaseAndSpacing_FindTheirColumns)
{
    const ColumnMapping hubspot = ImportPreset::hubspot();
    auto columns =
        hubspot.resolve({QStringLiteral("Record ID"), QStringLiteral(" email "), QStringLiteral("JOB TITLE")},
                        leadFields, std::array<ImportField, 1>{ImportField::Email});
    ASSERT_TRUE(columns.ok());
    EXPECT_EQ(columns->of(ImportField::Email), 1);
    EXPECT_EQ(columns->of(ImportField::Title), 2);
    EXPECT_FALSE(columns->has(ImportField::Company));
}

TEST(ColumnMappingTest, Resolve_NoEmailColumn_FatalErrorListsTheFilesColumns)
{
    auto columns =
        ImportPreset::marketo().resolve({QStringLiteral("First Name"), QStringLiteral("Mail")}, leadFields,
                                        std::array<ImportField, 1>{ImportField::Email});
    ASSERT_FALSE(columns.ok());
    EXPECT_TRUE(columns.error().message.contains(QLatin1String("Email Address")));
    EXPECT_TRUE(columns.error().message.contains(QLatin1String("First Name, Mail")));
}

} // namespace
} // namespace baton
