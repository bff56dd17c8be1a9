#include "core/infer/permutohedral_lattice.h"

#include <array>
#include <cmath>
#include <unordered_map>

#include "core/common/error.h"

namespace seg::core {

namespace {

using Key = std::array<int16_t, PermutohedralLattice::kMaxDimensions + 1>;

struct KeyHash {
    size_t operator()(const Key& k) const {
        size_t h = 0;
        for (int16_t v : k) h = h * 2531011u + static_cast<uint16_t>(v);
        return h;
    }
};

}  // namespace

PermutohedralLattice::PermutohedralLattice(const std::vector<float>& features, int dimensions)
    : m_d(dimensions) {
    const int d = dimensions;
    if (d < 1 || d > kMaxDimensions || features.size() % size_t(d) != 0)
        throw Error(ErrorCode::InvalidArgument, {}, "lattice features do not fit the dimensions");
    m_points = static_cast<int>(features.size() / size_t(d));
    m_vertex.resize(size_t(m_points) * (d + 1));
    m_weight.resize(size_t(m_points) * (d + 1));

    // The canonical simplex's vertices, and the scale that makes the lattice's blur a
    // Gaussian of standard deviation 1 in feature space.
    std::vector<int> canonical(size_t((d + 1) * (d + 1)));
    for (int i = 0; i <= d; ++i) {
        for (int j = 0; j <= d - i; ++j) canonical[size_t(i * (d + 1) + j)] = i;
        for (int j = d - i + 1; j <= d; ++j) canonical[size_t(i * (d + 1) + j)] = i - (d + 1);
    }
    std::vector<float> scale(static_cast<size_t>(d));
    const float inverseStd = std::sqrt(2.0f / 3.0f) * float(d + 1);
    for (int i = 0; i < d; ++i) scale[size_t(i)] = inverseStd / std::sqrt(float((i + 1) * (i + 2)));

    std::unordered_map<Key, int32_t, KeyHash> index;
    std::vector<Key> keys;
    std::array<float, kMaxDimensions + 1> elevated{};
    std::array<float, kMaxDimensions + 2> barycentric{};
    std::array<int, kMaxDimensions + 1> greedy{}, rank{};
    const float down = 1.0f / float(d + 1);
    for (int p = 0; p < m_points; ++p) {
        const float* f = &features[size_t(p) * size_t(d)];
        // Into the hyperplane of the (d+1)-dimensional lattice.
        elevated[size_t(d)] = -float(d) * f[d - 1] * scale[size_t(d - 1)];
        for (int i = d - 1; i > 0; --i)
            elevated[size_t(i)] = elevated[size_t(i + 1)] -
                                  float(i) * f[i - 1] * scale[size_t(i - 1)] +
                                  float(i + 2) * f[i] * scale[size_t(i)];
        elevated[0] = elevated[1] + 2.0f * f[0] * scale[0];
        for (int i = 0; i <= d; ++i)  // keys are 16-bit
            if (!(std::fabs(elevated[size_t(i)]) < 30000.0f))
                throw Error(ErrorCode::InvalidArgument, {},
                            "lattice features out of range (a kernel width too small for the "
                            "image, or not a number)");
        // The nearest remainder-0 lattice point, then the simplex around the point.
        int sum = 0;
        for (int i = 0; i <= d; ++i) {
            const float v = elevated[size_t(i)] * down;
            const float upper = std::ceil(v) * float(d + 1), lower = std::floor(v) * float(d + 1);
            greedy[size_t(i)] = static_cast<int>(
                upper - elevated[size_t(i)] < elevated[size_t(i)] - lower ? upper : lower);
            sum += greedy[size_t(i)];
        }
        sum /= d + 1;
        rank.fill(0);
        for (int i = 0; i < d; ++i)
            for (int j = i + 1; j <= d; ++j)
                (elevated[size_t(i)] - float(greedy[size_t(i)]) <
                         elevated[size_t(j)] - float(greedy[size_t(j)])
                     ? rank[size_t(i)]
                     : rank[size_t(j)])++;
        if (sum > 0) {
            for (int i = 0; i <= d; ++i) {
                if (rank[size_t(i)] >= d + 1 - sum) {
                    greedy[size_t(i)] -= d + 1;
                    rank[size_t(i)] += sum - (d + 1);
                } else {
                    rank[size_t(i)] += sum;
                }
            }
        } else if (sum < 0) {
            for (int i = 0; i <= d; ++i) {
                if (rank[size_t(i)] < -sum) {
                    greedy[size_t(i)] += d + 1;
                    rank[size_t(i)] += d + 1 + sum;
                } else {
                    rank[size_t(i)] += sum;
                }
            }
        }
        barycentric.fill(0.0f);
        for (int i = 0; i <= d; ++i) {
            const float delta = (elevated[size_t(i)] - float(greedy[size_t(i)])) * down;
            barycentric[size_t(d - rank[size_t(i)])] += delta;
            barycentric[size_t(d + 1 - rank[size_t(i)])] -= delta;
        }
        barycentric[0] += 1.0f + barycentric[size_t(d + 1)];
        for (int remainder = 0; remainder <= d; ++remainder) {
            Key key{};
            for (int i = 0; i <= d; ++i)
                key[size_t(i)] = static_cast<int16_t>(
                    greedy[size_t(i)] + canonical[size_t(remainder * (d + 1) + rank[size_t(i)])]);
            const auto [it, added] = index.try_emplace(key, static_cast<int32_t>(keys.size()));
            if (added) keys.push_back(key);
            m_vertex[size_t(p) * (d + 1) + size_t(remainder)] = it->second;
            m_weight[size_t(p) * (d + 1) + size_t(remainder)] = barycentric[size_t(remainder)];
        }
    }

    // Neighbours along each lattice direction: +1 on every coordinate but j, which takes -d.
    m_neighbours.assign(keys.size() * size_t(2 * (d + 1)), -1);
    for (size_t n = 0; n < keys.size(); ++n) {
        for (int j = 0; j <= d; ++j) {
            Key plus = keys[n], minus = keys[n];
            for (int i = 0; i <= d; ++i) {
                plus[size_t(i)] = static_cast<int16_t>(plus[size_t(i)] + (i == j ? -d : 1));
                minus[size_t(i)] = static_cast<int16_t>(minus[size_t(i)] - (i == j ? -d : 1));
            }
            const auto a = index.find(plus), b = index.find(minus);
            m_neighbours[n * size_t(2 * (d + 1)) + size_t(2 * j)] =
                a == index.end() ? -1 : a->second;
            m_neighbours[n * size_t(2 * (d + 1)) + size_t(2 * j + 1)] =
                b == index.end() ? -1 : b->second;
        }
    }
}

void PermutohedralLattice::filter(const float* in, float* out, int channels,
                                 bool transposed) const {
    const int d = m_d;
    const size_t lattice = m_neighbours.size() / size_t(2 * (d + 1));
    const size_t c = size_t(channels);
    std::vector<float> values(lattice * c, 0.0f), blurred(lattice * c);
    // Splat: each point's values onto its simplex's vertices.
    for (int p = 0; p < m_points; ++p)
        for (int r = 0; r <= d; ++r) {
            const size_t at = size_t(p) * size_t(d + 1) + size_t(r);
            float* v = &values[size_t(m_vertex[at]) * c];
            const float w = m_weight[at];
            for (size_t k = 0; k < c; ++k) v[k] += w * in[size_t(p) * c + k];
        }
    // Blur: [1 2 1] / 4 along each of the d + 1 lattice directions (each blur is symmetric).
    for (int step = 0; step <= d; ++step) {
        const int j = transposed ? d - step : step;
        for (size_t n = 0; n < lattice; ++n) {
            const int32_t a = m_neighbours[n * size_t(2 * (d + 1)) + size_t(2 * j)];
            const int32_t b = m_neighbours[n * size_t(2 * (d + 1)) + size_t(2 * j + 1)];
            for (size_t k = 0; k < c; ++k) {
                float v = 0.5f * values[n * c + k];
                if (a >= 0) v += 0.25f * values[size_t(a) * c + k];
                if (b >= 0) v += 0.25f * values[size_t(b) * c + k];
                blurred[n * c + k] = v;
            }
        }
        values.swap(blurred);
    }
    // Slice: back to each point with the same weights.
    for (int p = 0; p < m_points; ++p) {
        float* o = &out[size_t(p) * c];
        for (size_t k = 0; k < c; ++k) o[k] = 0.0f;
        for (int r = 0; r <= d; ++r) {
            const size_t at = size_t(p) * size_t(d + 1) + size_t(r);
            const float* v = &values[size_t(m_vertex[at]) * c];
            const float w = m_weight[at];
            for (size_t k = 0; k < c; ++k) o[k] += w * v[k];
        }
    }
}

}  // namespace seg::core
