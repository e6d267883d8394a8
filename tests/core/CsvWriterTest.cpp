#include "common/CsvWriter.h"

#include <gtest/gtest.h>

namespace baton::test {
namespace {

TEST(CsvWriter, Field_PlainText_IsLeftAsItIs)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("Acme Corp")), QStringLiteral("Acme Corp"));
    EXPECT_EQ(CsvWriter::field(QString()), QString());
}

TEST(CsvWriter, Field_CommaQuoteOrLineBreak_IsQuotedWithQuotesDoubled)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("Haddad, Sons")), QStringLiteral("\"Haddad, Sons\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("the \"best\" lead")),
              QStringLiteral("\"the \"\"best\"\" lead\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
}

TEST(CsvWriter, WriteRow_JoinsWithCommasAndEndsWithCrLf)
{
    QString text;
    QTextStream out(&text);
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("a"), QStringLiteral("b,c"), QString()});
    csv.writeRow({QStringLiteral("1")});
    out.flush();
    EXPECT_EQ(text, QStringLiteral("a,\"b,c\",\r\n1\r\n"));
}

} // namespace
} // namespace baton::test
