#pragma once
// Gaussian filtering in a feature space of a few dimensions (Adams, Baek and Davis 2010,
// "Fast high-dimensional filtering using the permutohedral lattice"): every point's value is
// replaced by the Gaussian-weighted sum of all points' values, weights exp(-|f_i - f_j|^2 / 2)
// of the feature distance, in time linear in the number of points. The dense CRF's bilateral
// kernel runs on it. Torch-free; immutable after construction, any thread.

#include <cstdint>
#include <vector>

namespace seg::core {

class PermutohedralLattice {
public:
    static constexpr int kMaxDimensions = 7;

    // features: `points` rows of `dimensions` values, already divided by each kernel width.
    PermutohedralLattice(const std::vector<float>& features, int dimensions);

    // in, out: `points` rows of `channels` values (out may not alias in). Each output row
    // is the Gaussian-weighted sum of the input rows (the lattice's approximation, which
    // includes the point itself). The approximation W blurs along the lattice's directions
    // one after the other, which do not quite commute: `transposed` applies W's transpose
    // (the blurs in the reverse order), which a gradient through W needs.
    void filter(const float* in, float* out, int channels, bool transposed = false) const;

    int points() const { return m_points; }
    int latticePoints() const { return static_cast<int>(m_neighbours.size() / (2 * (m_d + 1))); }

private:
    int m_d;
    int m_points;
    // Per point, its simplex's d + 1 vertices (lattice indices) and barycentric weights.
    std::vector<int32_t> m_vertex;
    std::vector<float> m_weight;
    // Per lattice point and direction j (0..d): the lattice indices of its two neighbours
    // along j, or -1 where the lattice has none.
    std::vector<int32_t> m_neighbours;
};

}  // namespace seg::core
