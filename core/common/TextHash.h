#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace baton {

/// Hashes text by its bytes whatever holds it, so that an unordered_map keyed by std::string (with
/// std::equal_to<>) is searched with a std::string_view without copying it into a key first.
struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

} // namespace baton
