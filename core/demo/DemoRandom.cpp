#include "demo/DemoRandom.h"

namespace baton {
namespace {

quint64 splitMix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

/// The high 64 bits of a 64 x 64-bit product, in portable C++.
quint64 multiplyHigh(quint64 a, quint64 b)
{
    const quint64 aLow = a & 0xFFFFFFFFU;
    const quint64 aHigh = a >> 32U;
    const quint64 bLow = b & 0xFFFFFFFFU;
    const quint64 bHigh = b >> 32U;
    const quint64 lowLow = aLow * bLow;
    const quint64 highLow = aHigh * bLow;
    const quint64 lowHigh = aLow * bHigh;
    const quint64 highHigh = aHigh * bHigh;
    const quint64 middle = (lowLow >> 32U) + (highLow & 0xFFFFFFFFU) + lowHigh;
    return highHigh + (highLow >> 32U) + (middle >> 32U);
}

constexpr quint64 rotateLeft(quint64 value, unsigned bits)
{
    return (value << bits) | (value >> (64U - bits));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    quint64 mix = seed;
    quint64 salt = splitMix(mix) ^ (stream * 0xD1B54A32D192ED03ULL);
    for (quint64 &word : m_state)
        word = splitMix(salt);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 shifted = m_state[1] << 17U;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    // Lemire's multiply-shift: the high half of the 128-bit product. The bias is below 2^-40
    // for every bound used here, and the result is the same on every platform.
    return multiplyHigh(next(), bound);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
}

} // namespace baton
