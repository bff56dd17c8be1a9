#include "ui/text/runtime_text.h"

#include <QtGlobal>

namespace seg::ui {

QStringList RuntimeText::lines(const core::RuntimeReport& r) {
    QStringList features;
    for (const auto& feature : r.cpuFeatures) features << QString::fromStdString(feature);
    const QString cuda = r.cudaDevices > 0 ? tr("CUDA: %n device(s) usable", nullptr, r.cudaDevices)
                         : r.cudaBuilt
                             ? tr("CUDA: built in, but no usable device")
                             : tr("CUDA: not available (this LibTorch is built for the CPU only)");
    return {tr("Qt %1, LibTorch %2 (oneDNN %3), OpenCV %4")
                .arg(QString::fromLatin1(qVersion()), QString::fromStdString(r.libtorch),
                     QString::fromStdString(r.onednn), QString::fromStdString(r.opencv)),
            tr("CPU features: %1; LibTorch's own kernels use %2")
                .arg(features.isEmpty() ? tr("unknown") : features.join(QLatin1Char(' ')),
                     r.kernels.empty() ? tr("unknown") : QString::fromStdString(r.kernels)),
            tr("Threads: %1 of %2 hardware threads").arg(r.threads).arg(r.cores), cuda,
            tr("Licence: GNU General Public License, version 3 or later")};
}

}  // namespace seg::ui
