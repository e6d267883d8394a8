#include "import/EmailIndex.h"

#include <gtest/gtest.h>

#include <string>

namespace baton {
namespace {

std::string emailNumber(int n)
{
    return "lead" + std::to_string(n) + "@company" + std::to_string(n % 97) + ".test";
}

TEST(EmailIndexTest, Emplace_NewEmails_TakeTheNextPositionsInTurn)
{
    EmailIndex index;
    EXPECT_EQ(index.emplace("ann@x.test"), std::make_pair(std::size_t{0}, true));
    EXPECT_EQ(index.emplace("bob@x.test"), std::make_pair(std::size_t{1}, true));
    EXPECT_EQ(index.emplace("ann@x.test"), std::make_pair(std::size_t{0}, false));
    EXPECT_EQ(index.size(), 2U);
}

TEST(EmailIndexTest, Find_EmailsThatDifferInLengthOrLastLetter_AreToldApart)
{
    EmailIndex index;
    index.emplace("ann@x.test");
    index.emplace("ann@x.tes");
    index.emplace("ann@x.tesT");
    EXPECT_EQ(index.find("ann@x.test"), std::optional<std::size_t>(0));
    EXPECT_EQ(index.find("ann@x.tes"), std::optional<std::size_t>(1));
    EXPECT_EQ(index.find("ann@x.tesT"), std::optional<std::size_t>(2));
    EXPECT_EQ(index.find("ann@x.te"), std::nullopt);
    EXPECT_EQ(index.find(""), std::nullopt);
}

TEST(EmailIndexTest, Emplace_HundredThousandEmails_EachFoundAtItsPositionAfterTheTableGrew)
{
    EmailIndex index;
    constexpr int count = 100'000;
    for (int n = 0; n < count; ++n)
        ASSERT_EQ(index.emplace(emailNumber(n)), std::make_pair(static_cast<std::size_t>(n), true));
    EXPECT_EQ(index.size(), static_cast<std::size_t>(count));
    for (int n = 0; n < count; ++n)
        ASSERT_EQ(index.find(emailNumber(n)), std::optional<std::size_t>(n)) << n;
    EXPECT_EQ(index.find(emailNumber(count)), std::nullopt);
    EXPECT_EQ(index.emplace(emailNumber(count / 2)), std::make_pair(std::size_t{count / 2}, false));
}

} // namespace
} // namespace baton
