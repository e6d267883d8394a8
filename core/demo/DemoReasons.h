#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoWeights.h"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace baton {

/// The exit stages that need a reason, in the order DemoReasons keeps them.
enum class DemoExit { Rejected, Disqualified, Recycled };

/// One reason of the file's taxonomy, with the notes that may go with it.
struct DemoReason {
    std::string code;
    bool noteRequired = false;
    std::span<const std::string_view> notes;
};

/// The reason taxonomy read from the file, with how often each reason is given.
class DemoReasons {
public:
    /// Adds a reason of the file's taxonomy (in its order).
    void add(DemoExit exit, std::string code, bool noteRequired);
    /// Builds the weights; call after the last add().
    void finish();

    bool empty(DemoExit exit) const { return m_reasons[index(exit)].empty(); }
    const DemoReason &pick(DemoExit exit, DemoRandom &random) const;
    /// The reason with this code, if the taxonomy has it; else a pick.
    const DemoReason &preferred(DemoExit exit, std::string_view code, DemoRandom &random) const;

    static std::string_view stageName(DemoExit exit);

private:
    static size_t index(DemoExit exit) { return static_cast<size_t>(exit); }

    std::array<std::vector<DemoReason>, 3> m_reasons;
    std::array<DemoWeights, 3> m_weights;
};

} // namespace baton
