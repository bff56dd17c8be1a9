#!/usr/bin/env bash
# Installs the Debian 12 packages SegStudio needs to build, test and run.
# Idempotent: prints nothing and touches nothing when every package is present.
set -euo pipefail

packages=(
  # toolchain
  cmake g++ ninja-build ccache pkg-config lld
  # sanitizer and fuzzing builds: clang with its sanitizer and libFuzzer runtimes, and
  # llvm-symbolizer (in llvm-14) so that their reports name files and lines
  clang libclang-rt-14-dev llvm-14
  # core; gloo's headers for LibTorch's c10d ProcessGroupGloo (data-parallel training)
  libopencv-dev libtorch-dev libpng-dev nlohmann-json3-dev libgloo-dev
  # LibTorch links the system BLAS; the reference BLAS is far slower than OpenBLAS
  libopenblas0-pthread
  # ui
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libgl-dev qt6-svg-dev
  # Chinese, Japanese and Korean text need a CJK font, else they show as boxes
  fonts-noto-cjk
  # the Debian package and its checks (tst_debian_package): dpkg-shlibdeps computes its
  # dependencies; desktop-file-validate, appstreamcli and lintian check it
  dpkg-dev desktop-file-utils appstream lintian
  # running and looking at the GUI without a screen
  xvfb xauth xdotool imagemagick
  # benchmark and test references: numpy and PyTorch as Debian ships them; torchvision's
  # segmentation models are the TorchScript modules users bring from PyTorch
  python3 python3-numpy python3-torch python3-pil python3-torchvision
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "SegStudio: installing ${#missing[@]} missing Debian packages: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "SegStudio: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "SegStudio: packages installed." >&2
