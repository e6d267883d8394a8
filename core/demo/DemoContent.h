#pragma once

#include <QtGlobal>

#include <span>
#include <string_view>

namespace baton {

/// A text with how often it is chosen.
struct DemoWeighted {
    std::string_view text;
    quint32 weight = 1;
};

/// Word lists for engagement: the website's pages, downloadable assets, webinar questions,
/// forms and demo-request entry points.
class DemoContent {
public:
    /// Every page of the website, by how often it is viewed.
    static std::span<const DemoWeighted> pages();
    /// Pages that show buying interest; each lead returns to a few of them.
    static std::span<const DemoWeighted> intentPages();
    /// Assets downloaded from the resource library (outside a campaign).
    static std::span<const DemoWeighted> assets();
    static std::span<const std::string_view> webinarQuestions();
    static std::span<const DemoWeighted> forms();
    static std::span<const DemoWeighted> demoRequests();
    /// The first page of a visitor who came without a campaign (organic search, referral).
    static std::span<const DemoWeighted> organicEntries();
};

} // namespace baton
