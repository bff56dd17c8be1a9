#pragma once
// The order in which live learning scores the images still to label by how unsure its model
// is of them: in turn, round and round, and every other time the image ranked most uncertain
// among those whose score is older than `staleAfter` iterations. A pass over a few hundred
// images takes minutes while the model changes most in its first minute, so in turn alone
// the top of the list, where the user picks the next image to paint, would hold the scores
// of an untrained model the longest.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace seg::core {

class LiveScoringOrder {
public:
    explicit LiveScoringOrder(size_t images = 0, int64_t staleAfter = 50);

    // The image to score next, at the model's `iteration`; none when all were dropped.
    std::optional<size_t> next(int64_t iteration);
    void scored(size_t image, double entropy, int64_t iteration);
    // Labelled since, or unreadable: never scored again.
    void drop(size_t image);

private:
    std::optional<size_t> nextInTurn();
    std::optional<size_t> mostUncertainStale(int64_t iteration) const;

    std::vector<double> m_entropy;  // NaN: not scored yet
    std::vector<int64_t> m_scoredAt;
    std::vector<bool> m_dropped;
    size_t m_turn = 0;
    bool m_checkTopNext = false;
    int64_t m_staleAfter;
};

}  // namespace seg::core
