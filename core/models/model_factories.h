#pragma once
// The factory of each architecture family, as the architecture table names them. Declared
// apart from the model classes so that the table compiles without LibTorch's headers.

#include "core/models/architecture_table.h"

namespace seg::core {

SegmentationModel createUNet(const ModelSpec& spec);             // unet.cpp
SegmentationModel createDeepLabV3(const ModelSpec& spec);        // deeplab.cpp: v3 and v3+
SegmentationModel createFcn(const ModelSpec& spec);              // fcn.cpp: 32s, 16s and 8s
SegmentationModel createSegNet(const ModelSpec& spec);           // segnet.cpp
SegmentationModel createDeepLabLargeFov(const ModelSpec& spec);  // deeplab_largefov.cpp
void fitDeepLabLargeFovToInput(ModelSpec& spec, int side);
SegmentationModel createDeepLabV2(const ModelSpec& spec);  // deeplab_v2.cpp
void fitDeepLabV2ToInput(ModelSpec& spec, int side);
SegmentationModel createPspNet(const ModelSpec& spec);     // pspnet.cpp
SegmentationModel createRefineNet(const ModelSpec& spec);  // refinenet.cpp
SegmentationModel createHrNet(const ModelSpec& spec);      // hrnet.cpp
SegmentationModel createSegFormer(const ModelSpec& spec);  // segformer.cpp
SegmentationModel createFcEf(const ModelSpec& spec);       // change_nets.cpp
SegmentationModel createFcSiamConc(const ModelSpec& spec);
SegmentationModel createFcSiamDiff(const ModelSpec& spec);

}  // namespace seg::core
