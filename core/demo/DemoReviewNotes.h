#pragma once

#include <span>
#include <string>
#include <string_view>

namespace baton {

struct DemoLeadRecord;
struct DemoHandoffRow;

/// What marketing and the sales managers write in a lead's thread: the words of each review step
/// (acknowledging, disputing, upholding, reopening, recycling a rejection) and plain comments.
class DemoReviewNotes {
public:
    /// Marketing agrees with the reason.
    static std::span<const std::string_view> acknowledged(std::string_view reasonCode);
    /// Marketing's case against the reason, from what the lead is (its title, company, scores).
    static void appendDispute(std::string &out, std::string_view reasonCode, const DemoLeadRecord &record,
                              const DemoHandoffRow *handoff);
    static std::span<const std::string_view> upheld();
    static std::span<const std::string_view> reopened();
    static std::span<const std::string_view> recycled();
    static std::span<const std::string_view> comments();
};

} // namespace baton
