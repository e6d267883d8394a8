#pragma once

#include "demo/DemoRandom.h"

#include <initializer_list>

namespace baton {

/// A range of durations (or any amounts) with its share of the draws.
struct DemoSpread {
    quint32 weight;
    qint64 low;
    qint64 high;

    /// A value from one of the ranges, each picked by its share, uniform within it.
    static qint64 draw(DemoRandom &random, std::initializer_list<DemoSpread> spreads)
    {
        quint64 total = 0;
        for (const DemoSpread &spread : spreads)
            total += spread.weight;
        quint64 target = random.below(total);
        for (const DemoSpread &spread : spreads) {
            if (target < spread.weight)
                return random.between(spread.low, spread.high);
            target -= spread.weight;
        }
        return spreads.begin()->low;
    }
};

} // namespace baton
