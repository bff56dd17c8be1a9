#pragma once
// The part of prediction every kind of model shares: images larger than the tile size are
// predicted in overlapping tiles whose probabilities are blended, and probabilities become
// masks. A model kind only says how it turns one tile into probabilities. LibTorch header:
// include from core/infer sources only.

#include <torch/torch.h>

#include "core/infer/predictor.h"

namespace seg::core {

class TiledPredictor : public Predictor {
public:
    cv::Mat predictMask(const cv::Mat& image) override;
    std::vector<cv::Mat> predictProbabilities(const cv::Mat& image) override;

protected:
    // Throws Error(InvalidArgument) on a tile size below 32 or an overlap not below it.
    explicit TiledPredictor(const PredictOptions& options);

    // bgr: CV_8UC3, at most tileSize on either side -> [C, h, w] probabilities summing to 1.
    // Runs inside torch::InferenceMode.
    virtual torch::Tensor tileProbabilities(const cv::Mat& bgr) = 0;

private:
    torch::Tensor probabilityTensor(const cv::Mat& image);   // [C, H, W], after the CRF if any
    torch::Tensor modelProbabilities(const cv::Mat& image);  // [C, H, W], tiles blended

    PredictOptions m_options;
};

}  // namespace seg::core
