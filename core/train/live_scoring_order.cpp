#include "core/train/live_scoring_order.h"

#include <cmath>

namespace seg::core {

LiveScoringOrder::LiveScoringOrder(size_t images, int64_t staleAfter)
    : m_entropy(images, std::nan("")),
      m_scoredAt(images, 0),
      m_dropped(images, false),
      m_staleAfter(staleAfter) {}

std::optional<size_t> LiveScoringOrder::next(int64_t iteration) {
    m_checkTopNext = !m_checkTopNext;
    if (!m_checkTopNext) {
        if (const auto top = mostUncertainStale(iteration)) return top;
    }
    return nextInTurn();
}

std::optional<size_t> LiveScoringOrder::nextInTurn() {
    for (size_t tried = 0; tried < m_dropped.size(); ++tried) {
        const size_t image = m_turn;
        m_turn = (m_turn + 1) % m_dropped.size();
        if (!m_dropped[image]) return image;
    }
    return std::nullopt;
}

std::optional<size_t> LiveScoringOrder::mostUncertainStale(int64_t iteration) const {
    std::optional<size_t> top;
    for (size_t i = 0; i < m_entropy.size(); ++i) {
        if (m_dropped[i] || std::isnan(m_entropy[i]) || iteration - m_scoredAt[i] < m_staleAfter)
            continue;
        if (!top || m_entropy[i] > m_entropy[*top]) top = i;
    }
    return top;
}

void LiveScoringOrder::scored(size_t image, double entropy, int64_t iteration) {
    if (image >= m_entropy.size()) return;
    m_entropy[image] = entropy;
    m_scoredAt[image] = iteration;
}

void LiveScoringOrder::drop(size_t image) {
    if (image < m_dropped.size()) m_dropped[image] = true;
}

}  // namespace seg::core
