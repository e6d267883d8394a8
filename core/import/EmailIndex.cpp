#include "import/EmailIndex.h"

#include <cstring>
#include <functional>

namespace baton {
namespace {

/// Spreads the hash's high bits into the low ones the table's mask keeps.
std::uint64_t mixed(std::uint64_t hash)
{
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdULL;
    hash ^= hash >> 33;
    return hash;
}

} // namespace

std::size_t EmailIndex::slotOf(std::string_view email, std::uint64_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.position == empty)
            return at;
        if (slot.hash == hash && slot.length == email.size() &&
            std::memcmp(m_text.data() + slot.offset, email.data(), email.size()) == 0)
            return at;
    }
}

std::optional<std::size_t> EmailIndex::find(std::string_view email) const
{
    const Slot &slot = m_slots[slotOf(email, mixed(std::hash<std::string_view>{}(email)))];
    if (slot.position == empty)
        return std::nullopt;
    return slot.position;
}

std::pair<std::size_t, bool> EmailIndex::emplace(std::string_view email)
{
    const std::uint64_t hash = mixed(std::hash<std::string_view>{}(email));
    std::size_t at = slotOf(email, hash);
    if (m_slots[at].position != empty)
        return {m_slots[at].position, false};
    // At most half full, so that a miss ends soon.
    if (2 * (m_size + 1) > m_slots.size()) {
        grow();
        at = slotOf(email, hash);
    }
    Slot &slot = m_slots[at];
    slot.hash = hash;
    slot.offset = m_text.size();
    slot.length = static_cast<std::uint32_t>(email.size());
    slot.position = static_cast<std::uint32_t>(m_size);
    m_text.append(email);
    return {m_size++, true};
}

void EmailIndex::grow()
{
    std::vector<Slot> old(2 * m_slots.size());
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.position == empty)
            continue;
        std::size_t at = slot.hash & mask;
        while (m_slots[at].position != empty)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

} // namespace baton
