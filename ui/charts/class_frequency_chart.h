#pragma once
// How much of the labelled area each class covers, as bars in the class colours: the first
// thing to check before training (a rare class needs weights or more labels). The masks
// are counted on a worker thread; a newer request supersedes an older one. GUI thread.

#include <QWidget>

#include "core/data/dataset.h"

class QCustomPlot;
class QLabel;

namespace seg::ui {

class ClassFrequencyChart : public QWidget {
    Q_OBJECT

public:
    explicit ClassFrequencyChart(QWidget* parent = nullptr);

    // Counts the pixels of every class in the dataset's masks, in the background.
    void count(const core::Dataset& dataset);
    void clear();
    // Per class, after counting; empty before.
    const std::vector<uint64_t>& pixels() const { return m_pixels; }
    // Samples whose mask file gives no pixel a class, after counting.
    const std::vector<std::string>& unlabelledIds() const { return m_unlabelledIds; }

Q_SIGNALS:
    void counted();

private:
    void show(const core::ClassMap& classes, const std::vector<uint64_t>& pixels, uint64_t ignored);

    QCustomPlot* m_plot;
    QLabel* m_note;
    std::vector<uint64_t> m_pixels;
    std::vector<std::string> m_unlabelledIds;
    int m_generation = 0;
};

}  // namespace seg::ui
