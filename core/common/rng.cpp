#include "core/common/rng.h"

#include <cmath>

namespace seg::core {

namespace {

uint64_t splitMix(uint64_t& state) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

}  // namespace

uint64_t Rng::mix(uint64_t seed, uint64_t stream) {
    uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ull);
    return splitMix(state);
}

uint64_t Rng::next() {
    return splitMix(m_state);
}

int Rng::uniformInt(int lo, int hi) {
    const uint64_t span = static_cast<uint64_t>(static_cast<int64_t>(hi) - lo) + 1;
    // Multiply-shift keeps the bias far below anything a test or a user could see.
    const auto scaled = static_cast<unsigned __int128>(next()) * span;
    return lo + static_cast<int>(static_cast<uint64_t>(scaled >> 64));
}

double Rng::uniformReal(double lo, double hi) {
    const double unit = static_cast<double>(next() >> 11) * 0x1.0p-53;
    return lo + (hi - lo) * unit;
}

double Rng::normal() {
    const double u1 = uniformReal(0.0, 1.0);
    const double u2 = uniformReal(0.0, 1.0);
    return std::sqrt(-2.0 * std::log1p(-u1)) * std::cos(2.0 * M_PI * u2);
}

}  // namespace seg::core
