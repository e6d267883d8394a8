#pragma once

#include "demo/DemoRandom.h"

#include <initializer_list>
#include <span>
#include <vector>

namespace baton {

/// A weighted choice among n items (index 0..n-1), with integer weights.
class DemoWeights {
public:
    DemoWeights() = default;
    DemoWeights(std::initializer_list<quint32> weights);
    explicit DemoWeights(std::span<const quint32> weights);

    /// The weights of a list of items that have a `weight` member.
    template<typename T>
    static DemoWeights of(std::span<const T> items)
    {
        std::vector<quint32> weights;
        weights.reserve(items.size());
        for (const T &item : items)
            weights.push_back(item.weight);
        return DemoWeights(std::span<const quint32>(weights));
    }

    /// An index drawn with probability weight / total; the list must not be empty.
    size_t pick(DemoRandom &random) const;
    size_t size() const { return m_cumulative.size(); }
    bool empty() const { return m_cumulative.empty(); }

private:
    std::vector<quint64> m_cumulative;
};

} // namespace baton
