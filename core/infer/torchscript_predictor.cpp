#include "core/infer/torchscript_predictor.h"

#include <limits>

#include <opencv2/imgproc.hpp>

#include "core/common/error.h"
#include "core/infer/tiled_predictor.h"
#include "core/runtime/torch_errors.h"
#include "core/runtime/torch_runtime.h"
#include "core/train/image_tensor.h"

namespace seg::core {

namespace fs = std::filesystem;

namespace {

std::string sizeText(int width, int height) {
    return std::to_string(width) + "x" + std::to_string(height);
}

// A module traced at one size is given whole images resized to it: tiles would be resized
// too, for nothing.
PredictOptions tilingFor(const TorchScriptSettings& settings, PredictOptions options) {
    if (settings.inputWidth > 0) {
        options.tileSize = std::numeric_limits<int>::max();
        options.overlap = 0;
    }
    return options;
}

class TorchScriptPredictor : public TiledPredictor {
public:
    TorchScriptPredictor(const fs::path& file, torch::jit::Module module,
                         const TorchScriptSettings& settings, const PredictOptions& options)
        : TiledPredictor(tilingFor(settings, options)),
          m_module(std::move(module)),
          m_settings(settings) {
        if (options.threads >= 0) configureTorchThreads(options.threads);
        m_info.file = file;
        m_info.torchScript = true;
        m_info.model = "TorchScript";
        m_info.classes = settings.classes;
        m_info.mean = settings.mean;
        m_info.std = settings.std;
        m_info.inputImages = settings.inputImages;
    }

    const PredictorInfo& info() const override { return m_info; }

protected:
    torch::Tensor tileProbabilities(const cv::Mat& bgr) override {
        cv::Mat input = bgr;
        if (m_settings.inputWidth > 0 &&
            (bgr.cols != m_settings.inputWidth || bgr.rows != m_settings.inputHeight))
            cv::resize(bgr, input, {m_settings.inputWidth, m_settings.inputHeight}, 0, 0,
                       cv::INTER_LINEAR);
        const auto tensor = imagesToInput({input}, m_settings.mean, m_settings.std);
        c10::IValue output;
        guardedTorchStep(m_info.file, ErrorCode::InvalidContent,
                         "the model failed on a " + sizeText(input.cols, input.rows) + " image",
                         [&] { output = m_module.forward({tensor}); });
        torch::Tensor logits = logitsOf(output);
        // Models that predict at a lower resolution, or at their fixed size, are brought to
        // the image's size as their own upsampling would: bilinearly, on the logits.
        if (logits.size(2) != bgr.rows || logits.size(3) != bgr.cols)
            logits =
                torch::upsample_bilinear2d(logits, std::vector<int64_t>{bgr.rows, bgr.cols}, false);
        return torch::softmax(logits.to(torch::kFloat32), 1)[0];
    }

private:
    torch::Tensor logitsOf(const c10::IValue& output) const {
        torch::Tensor logits;
        if (output.isTensor()) {
            logits = output.toTensor();
        } else if (output.isGenericDict()) {
            for (const auto& entry : output.toGenericDict())
                if (entry.key().isString() && entry.key().toStringRef() == "out" &&
                    entry.value().isTensor())
                    logits = entry.value().toTensor();
            if (!logits.defined())
                throw Error(ErrorCode::InvalidContent, m_info.file,
                            "the model returns a dict without an \"out\" tensor; expected "
                            "logits or a dict whose \"out\" entry holds them");
        } else {
            throw Error(ErrorCode::InvalidContent, m_info.file,
                        "the model returns a " + output.tagKind() +
                            "; expected a logits tensor or a dict whose \"out\" entry holds them");
        }
        const int64_t classes = m_settings.classes.size();
        if (logits.dim() != 4 || logits.size(0) != 1)
            throw Error(ErrorCode::InvalidContent, m_info.file,
                        "the model returns a tensor of shape " + shapeText(logits) +
                            "; expected logits [1, " + std::to_string(classes) + ", H, W]");
        if (logits.size(1) != classes)
            throw Error(ErrorCode::InvalidContent, m_info.file,
                        "the model returns " + std::to_string(logits.size(1)) + " channels but " +
                            std::to_string(classes) +
                            " classes were given; the class names must match its output");
        if (!logits.is_floating_point())
            throw Error(ErrorCode::InvalidContent, m_info.file,
                        "the model returns integers; expected float logits");
        return logits;
    }

    torch::jit::Module m_module;
    TorchScriptSettings m_settings;
    PredictorInfo m_info;
};

}  // namespace

std::unique_ptr<Predictor> makeTorchScriptPredictor(const fs::path& file, torch::jit::Module module,
                                                    const TorchScriptSettings& settings,
                                                    const PredictOptions& options) {
    try {
        validateTorchScriptSettings(settings);
    } catch (const Error& e) {
        throw e.withFile(file);
    }
    if (!module.find_method("forward"))
        throw Error(ErrorCode::InvalidContent, file,
                    "the TorchScript module has no forward method");
    module.eval();
    auto predictor =
        std::make_unique<TorchScriptPredictor>(file, std::move(module), settings, options);
    // A probe: a module that does not fit says so now, not on the first image a user opens.
    const int probeWidth = settings.inputWidth > 0 ? settings.inputWidth : 64;
    const int probeHeight = settings.inputHeight > 0 ? settings.inputHeight : 64;
    // Filled as bytes: OpenCV fills at most four channels from a scalar.
    const int channels = 3 * settings.inputImages;
    const cv::Mat probe =
        cv::Mat(probeHeight, probeWidth * channels, CV_8UC1, cv::Scalar(128)).reshape(channels);
    guardedTorchStep(file, ErrorCode::InvalidContent, "the model failed on a test image",
                     [&] { predictor->predictMask(probe); });
    return predictor;
}

}  // namespace seg::core
