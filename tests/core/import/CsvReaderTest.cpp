#include "import/CsvReader.h"

#include <QBuffer>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace baton {
namespace {

struct Read {
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines;
};

/// Every record of `text`, read through a buffer of `chunk` bytes (small chunks put field and
/// line ends on chunk boundaries).
Read readAll(const QByteArray &text, qint64 chunk = 1 << 20)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, chunk);
    CsvRecord record;
    Read read;
    for (;;) {
        auto more = reader.next(record);
        EXPECT_TRUE(more.ok()) << (more.ok() ? "" : more.error().message.toStdString());
        if (!more.ok() || !*more)
            break;
        read.records.emplace_back(record.fields.begin(),
                                  record.fields.begin() + static_cast<long>(record.count));
        read.lines.push_back(record.line);
    }
    return read;
}

using Fields = std::vector<std::string>;

TEST(CsvReaderTest, Next_ByteOrderMark_IsNotPartOfTheFirstHeader)
{
    const Read read = readAll("\xEF\xBB\xBF"
                              "Email,Name\na@x.test,Ann\n");
    ASSERT_EQ(read.records.size(), 2U);
    EXPECT_EQ(read.records[0], (Fields{"Email", "Name"}));
}

/// A file's text in UTF-16 with its byte order mark, as Excel's "Unicode" save writes it.
QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char high = static_cast<char>(c.unicode() >> 8);
        const char low = static_cast<char>(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

TEST(CsvReaderTest, Next_Utf16EitherByteOrder_FieldsComeOutInUtf8)
{
    const QString text =
        QStringLiteral("Email,Name\r\njose@x.test,\"Jos\u00e9 M\u00fcller, \u00c5sa \U0001F600\"\r\n");
    for (bool little : {true, false}) {
        for (qint64 chunk : {qint64{64}, qint64{1} << 20}) { // 64: characters split across chunks
            const Read read = readAll(utf16(text, little), chunk);
            ASSERT_EQ(read.records.size(), 2U) << little << " " << chunk;
            EXPECT_EQ(read.records[0], (Fields{"Email", "Name"}));
            EXPECT_EQ(read.records[1],
                      (Fields{"jose@x.test",
                              QStringLiteral("Jos\u00e9 M\u00fcller, \u00c5sa \U0001F600").toStdString()}));
        }
    }
}

TEST(CsvReaderTest, Next_NotUtf8_ReadAsWindows1252AndSaysSo)
{
    // "José Müller – “VP”" and the euro sign as an older spreadsheet saves them.
    const QByteArray bytes("Email,Name,Budget\njose@x.test,Jos\xe9 M\xfcller \x96 \x93VP\x94,\x80"
                           "5000\n");
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    ASSERT_TRUE(*reader.next(record));
    EXPECT_EQ(reader.encoding(), CsvReader::Encoding::Windows1252);
    ASSERT_TRUE(*reader.next(record));
    EXPECT_EQ(std::string(record.field(1)),
              QStringLiteral("Jos\u00e9 M\u00fcller \u2013 \u201cVP\u201d").toStdString());
    EXPECT_EQ(std::string(record.field(2)), QStringLiteral("\u20ac5000").toStdString());
    EXPECT_FALSE(*reader.next(record));
    EXPECT_EQ(reader.bytesRead(), bytes.size());
}

TEST(CsvReaderTest, Next_NotUtf8PastTheFirstChunk_ReadAsWindows1252InAnyChunks)
{
    // The first byte that is not UTF-8 comes well after the first 64-byte chunk.
    QByteArray bytes("Email,Name\n");
    for (int row = 0; row < 20; ++row)
        bytes.append(QByteArray("lead") + QByteArray::number(row) + "@x.test,Ann\n");
    bytes.append("jose@x.test,Jos\xe9\n");
    const Read whole = readAll(bytes);
    const Read tiny = readAll(bytes, 64);
    ASSERT_EQ(whole.records.size(), 22U);
    EXPECT_EQ(whole.records.back()[1], QStringLiteral("Jos\u00e9").toStdString());
    EXPECT_EQ(tiny.records, whole.records);
    EXPECT_EQ(tiny.lines, whole.lines);
}

TEST(CsvReaderTest, Next_Utf16PairSplitAtAnyChunkEnd_ComesOutWhole)
{
    // One emoji (a surrogate pair) at every offset from a 64-byte chunk's end.
    for (int pad = 0; pad < 40; ++pad) {
        const QString text =
            QStringLiteral("Name\n") + QString(pad, QLatin1Char('x')) + QStringLiteral("\U0001F600\n");
        const Read read = readAll(utf16(text, true), 64);
        ASSERT_EQ(read.records.size(), 2U) << pad;
        EXPECT_EQ(read.records[1][0],
                  (QString(pad, QLatin1Char('x')) + QStringLiteral("\U0001F600")).toStdString())
            << pad;
    }
}

TEST(CsvReaderTest, Next_Utf8WithACharacterSplitAcrossChunks_StaysUtf8)
{
    QByteArray text("Email,Name\n");
    while (text.size() < 62)
        text.append('x');
    text.append(",\xc3\xa9t\xc3\xa9\n"); // "été": its first letter across the 64-byte line
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, 64);
    CsvRecord record;
    ASSERT_TRUE(*reader.next(record));
    EXPECT_EQ(reader.encoding(), CsvReader::Encoding::Utf8);
    ASSERT_TRUE(*reader.next(record));
    EXPECT_EQ(std::string(record.field(1)), "\xc3\xa9t\xc3\xa9");
}

TEST(CsvReaderTest, Next_CrlfAndLfLineEnds_ReadTheSame)
{
    const Read crlf = readAll("a,b\r\n1,2\r\n3,4\r\n");
    const Read lf = readAll("a,b\n1,2\n3,4\n");
    EXPECT_EQ(crlf.records, lf.records);
    ASSERT_EQ(crlf.records.size(), 3U);
    EXPECT_EQ(crlf.records[2], (Fields{"3", "4"}));
}

TEST(CsvReaderTest, Next_QuotedFieldsWithCommasQuotesAndNewlines_AreOneValueEach)
{
    const Read read = readAll("name,note\n\"Doe, Jane\",\"She said \"\"hi\"\"\r\nand left\"\nnext,row\n");
    ASSERT_EQ(read.records.size(), 3U);
    EXPECT_EQ(read.records[1], (Fields{"Doe, Jane", "She said \"hi\"\r\nand left"}));
    EXPECT_EQ(read.records[2], (Fields{"next", "row"}));
    // The record after a field with a line break starts two lines further down.
    EXPECT_EQ(read.lines, (std::vector<qint64>{1, 2, 4}));
}

TEST(CsvReaderTest, Next_TinyChunks_ReadAsOneBigChunk)
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "a,\"b,\"\"c\"\"\"\r\n\"multi\r\nline\",x\r\n,,\r\nlast,\"\"";
    const Read whole = readAll(text);
    for (qint64 chunk : {64, 65, 67, 70}) {
        QByteArray padded = QByteArray(60, ' ') + "\n" + text; // puts the interesting bytes on a boundary
        const Read small = readAll(padded, chunk);
        const Read big = readAll(padded);
        EXPECT_EQ(small.records, big.records) << "chunk " << chunk;
        EXPECT_EQ(small.lines, big.lines) << "chunk " << chunk;
    }
    ASSERT_EQ(whole.records.size(), 4U);
    EXPECT_EQ(whole.records[0], (Fields{"a", "b,\"c\""}));
    EXPECT_EQ(whole.records[1], (Fields{"multi\r\nline", "x"}));
    EXPECT_EQ(whole.records[2], (Fields{"", "", ""}));
    EXPECT_EQ(whole.records[3], (Fields{"last", ""}));
}

TEST(CsvReaderTest, Next_EmptyLinesAndRaggedRows_ComeBackAsTheyAre)
{
    const Read read = readAll("a,b,c\n\n1,2\n1,2,3,4\n");
    ASSERT_EQ(read.records.size(), 4U);
    EXPECT_EQ(read.records[1], (Fields{""}));
    EXPECT_EQ(read.records[2].size(), 2U);
    EXPECT_EQ(read.records[3].size(), 4U);
    EXPECT_EQ(read.lines, (std::vector<qint64>{1, 2, 3, 4}));
}

TEST(CsvReaderTest, Next_NoFinalLineEnd_LastRecordRead)
{
    const Read read = readAll("a,b\n1,2");
    ASSERT_EQ(read.records.size(), 2U);
    EXPECT_EQ(read.records[1], (Fields{"1", "2"}));
}

TEST(CsvReaderTest, Next_QuoteNeverClosed_ErrorNamesTheLineItOpenedOn)
{
    QByteArray bytes = "a,b\n1,2\n3,\"open\nstill open\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    ASSERT_TRUE(*reader.next(record));
    ASSERT_TRUE(*reader.next(record));
    auto third = reader.next(record);
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(third.error().message.contains(QLatin1String("Line 3")))
        << third.error().message.toStdString();
}

} // namespace
} // namespace baton
