#pragma once

#include <QtGlobal>

#include <array>
#include <span>

namespace baton {

/// A small deterministic PRNG (xoshiro256**, seeded through SplitMix64) with its own
/// integer-only picks, so the demo data set is identical with every compiler and standard
/// library (std::*_distribution is not). One generator per lead (stream = lead number) keeps
/// leads independent of each other.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed, quint64 stream = 0);

    quint64 next();
    /// Uniform in [0, bound); bound > 0.
    quint64 below(quint64 bound);
    /// Uniform in [low, high], both included; low <= high.
    qint64 between(qint64 low, qint64 high);
    /// True with the given chance in percent (0..100).
    bool percent(int chance) { return below(100) < static_cast<quint64>(chance); }
    /// True with the given chance in per mille (0..1000).
    bool permille(int chance) { return below(1000) < static_cast<quint64>(chance); }

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(items.size()))];
    }

private:
    std::array<quint64, 4> m_state{};
};

} // namespace baton
