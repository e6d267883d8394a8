#include "demo/DemoWeights.h"

namespace baton {

DemoWeights::DemoWeights(std::initializer_list<quint32> weights)
    : DemoWeights(std::span<const quint32>(weights.begin(), weights.size()))
{}

DemoWeights::DemoWeights(std::span<const quint32> weights)
{
    m_cumulative.reserve(weights.size());
    quint64 total = 0;
    for (quint32 weight : weights) {
        total += weight;
        m_cumulative.push_back(total);
    }
}

size_t DemoWeights::pick(DemoRandom &random) const
{
    const quint64 target = random.below(m_cumulative.back());
    // Binary search for the first cumulative weight above the target.
    size_t low = 0;
    size_t high = m_cumulative.size() - 1;
    while (low < high) {
        const size_t middle = (low + high) / 2;
        if (m_cumulative[middle] > target)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

} // namespace baton
