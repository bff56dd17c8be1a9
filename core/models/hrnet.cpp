#include "core/models/hrnet.h"

#include "core/models/model_factories.h"
#include "core/models/residual_blocks.h"

namespace seg::core {

namespace {

constexpr int kBlocksPerBranch = 2;  // W18-small: two basic blocks per branch and stage

}  // namespace

BranchFusionImpl::BranchFusionImpl(const std::vector<int>& channels) {
    const size_t n = channels.size();
    m_paths.resize(n);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            torch::nn::Sequential path{nullptr};
            if (j > i) {  // coarser: match channels here, upsample in forward
                path = torch::nn::Sequential(ConvBnRelu(channels[j], channels[i], 1, 1, 1, false));
            } else if (j < i) {  // finer: one strided 3x3 per halving
                path = torch::nn::Sequential();
                for (size_t k = j; k < i; ++k) {
                    const bool last = k + 1 == i;
                    path->push_back(
                        ConvBnRelu(channels[j], last ? channels[i] : channels[j], 3, 2, 1, !last));
                }
            }
            if (path) register_module("path" + std::to_string(j) + "to" + std::to_string(i), path);
            m_paths[i].push_back(path);
        }
    }
}

std::vector<torch::Tensor> BranchFusionImpl::forward(const std::vector<torch::Tensor>& branches) {
    std::vector<torch::Tensor> fused;
    for (size_t i = 0; i < m_paths.size(); ++i) {
        torch::Tensor sum = branches[i];
        for (size_t j = 0; j < m_paths.size(); ++j) {
            if (j == i) continue;
            const torch::Tensor carried = m_paths[i][j]->forward(branches[j]);
            sum = sum + (j > i ? resizeLike(carried, branches[i]) : carried);
        }
        fused.push_back(torch::relu(sum));
    }
    return fused;
}

HrNetImpl::HrNetImpl(int inChannels, int width) {
    const int stemChannels = 4 * width;
    stem = register_module("stem",
                           torch::nn::Sequential(ConvBnRelu(inChannels, stemChannels, 3, 2),
                                                 ConvBnRelu(stemChannels, stemChannels, 3, 2)));
    const int planes = 2 * width;
    layer1 = register_module("layer1", torch::nn::Sequential(Bottleneck(stemChannels, planes)));
    std::vector<int> channels{planes * BottleneckImpl::kExpansion};
    for (int stage = 2; stage <= 4; ++stage) {
        std::vector<int> next;
        for (int b = 0; b < stage; ++b) next.push_back(width << b);
        const std::string name = "stage" + std::to_string(stage);
        std::vector<torch::nn::Sequential> transitions;
        for (size_t b = 0; b < next.size(); ++b) {
            torch::nn::Sequential t{nullptr};
            if (b < channels.size() && channels[b] != next[b])
                t = torch::nn::Sequential(ConvBnRelu(channels[b], next[b]));
            else if (b == channels.size())  // the new branch, from the coarsest one
                t = torch::nn::Sequential(ConvBnRelu(channels.back(), next[b], 3, 2));
            if (t) register_module(name + "_transition" + std::to_string(b), t);
            transitions.push_back(t);
        }
        std::vector<torch::nn::Sequential> blocks;
        for (size_t b = 0; b < next.size(); ++b) {
            torch::nn::Sequential branch;
            for (int k = 0; k < kBlocksPerBranch; ++k)
                branch->push_back(BasicBlock(next[b], next[b]));
            blocks.push_back(register_module(name + "_branch" + std::to_string(b), branch));
        }
        m_transitions.push_back(transitions);
        m_branchBlocks.push_back(blocks);
        m_fusions.push_back(register_module(name + "_fusion", BranchFusion(next)));
        channels = next;
    }
    for (size_t b = 0; b < channels.size(); ++b) addFeatureMap(channels[b], 4 << b);
}

std::vector<torch::Tensor> HrNetImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> branches{layer1->forward(stem->forward(x))};
    for (size_t s = 0; s < m_fusions.size(); ++s) {
        std::vector<torch::Tensor> next;
        for (size_t b = 0; b < m_transitions[s].size(); ++b) {
            const torch::Tensor& source = b < branches.size() ? branches[b] : branches.back();
            torch::Tensor y = m_transitions[s][b] ? m_transitions[s][b]->forward(source) : source;
            next.push_back(m_branchBlocks[s][b]->forward(y));
        }
        branches = m_fusions[s]->forward(next);
    }
    return branches;
}

HrNetSegmenterImpl::HrNetSegmenterImpl(const ModelSpec& spec) : SegmentationModelImpl(spec) {
    backbone = register_module("backbone",
                               std::make_shared<HrNetImpl>(spec.inChannels, spec.integer("width")));
    int channels = 0;
    for (const auto& map : backbone->featureMaps()) channels += map.channels;
    mix = register_module("mix", ConvBnRelu(channels, channels, 1));
    classifier = register_module(
        "classifier", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, spec.numClasses, 1)));
}

torch::Tensor HrNetSegmenterImpl::forwardAligned(const torch::Tensor& x) {
    std::vector<torch::Tensor> maps = backbone->forward(x);
    for (size_t b = 1; b < maps.size(); ++b) maps[b] = resizeLike(maps[b], maps[0]);
    return resizeLike(classifier(mix(torch::cat(maps, 1))), x);
}

SegmentationModel createHrNet(const ModelSpec& spec) {
    return std::make_shared<HrNetSegmenterImpl>(spec);
}

}  // namespace seg::core
