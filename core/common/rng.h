#pragma once
// A small seeded random generator (SplitMix64) with its own uniform mappings, so that
// splits and synthetic data are identical for a seed on every compiler and standard
// library (std:: distributions are implementation-defined). Not thread-safe: one per thread.

#include <cstdint>

namespace seg::core {

class Rng {
public:
    explicit Rng(uint64_t seed) : m_state(seed) {}

    // Seed for an independent stream, e.g. one per sample index.
    static uint64_t mix(uint64_t seed, uint64_t stream);

    uint64_t next();
    // Uniform integer in [lo, hi], both inclusive.
    int uniformInt(int lo, int hi);
    // Uniform real in [lo, hi).
    double uniformReal(double lo, double hi);
    // Standard normal (Box-Muller).
    double normal();

private:
    uint64_t m_state;
};

}  // namespace seg::core
