#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baton {

/// The distinct e-mails an import has met, each with its position in the order they were first
/// met. An open-addressing table of hashes beside one buffer holding the texts: a look-up reads a
/// slot and the text it names, where a node-based hash map also reads a node and its string's
/// own memory, a cache miss each among the hundreds of thousands of leads a file can name.
class EmailIndex {
public:
    /// The position of `email`, and whether it was new: a new e-mail takes the next position.
    std::pair<std::size_t, bool> emplace(std::string_view email);
    /// The position of `email`, if it was met.
    [[nodiscard]] std::optional<std::size_t> find(std::string_view email) const;
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    static constexpr std::uint32_t empty = UINT32_MAX;
    struct Slot {
        std::uint64_t hash = 0;
        std::uint64_t offset = 0; ///< of the text in m_text
        std::uint32_t length = 0;
        std::uint32_t position = empty;
    };

    /// The slot holding `email`, or the empty one where it would go.
    [[nodiscard]] std::size_t slotOf(std::string_view email, std::uint64_t hash) const;
    void grow();

    std::vector<Slot> m_slots = std::vector<Slot>(64);
    std::string m_text;
    std::size_t m_size = 0;
};

} // namespace baton
