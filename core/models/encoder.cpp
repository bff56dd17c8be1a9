#include "core/models/encoder.h"

#include "core/common/error.h"
#include "core/models/resnet.h"
#include "core/models/vgg.h"

namespace seg::core {

void EncoderImpl::addFeatureMap(int channels, int stride) {
    m_featureMaps.push_back({channels, stride});
}

size_t EncoderImpl::deepestMapAt(int stride) const {
    for (size_t i = m_featureMaps.size(); i-- > 0;)
        if (m_featureMaps[i].stride == stride) return i;
    throw Error(ErrorCode::InvalidArgument, {},
                "the encoder has no feature map at stride " + std::to_string(stride));
}

Encoder createEncoder(const std::string& backbone, int inChannels, int width, int outputStride) {
    if (backbone.rfind("resnet", 0) == 0)
        return std::make_shared<ResNetImpl>(backbone, inChannels, width, outputStride);
    if (backbone.rfind("vgg", 0) == 0)
        return std::make_shared<VggImpl>(backbone, inChannels, width, outputStride);
    throw Error(ErrorCode::InvalidArgument, {}, "unknown backbone '" + backbone + "'");
}

}  // namespace seg::core
