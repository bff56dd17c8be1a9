#!/usr/bin/env bash
# Installs the package with apt on a fresh Debian 12 made by debootstrap, as a stranger
# would, and runs both programs there:
#   packaging/try-deb-in-chroot.sh build/release/segstudio_0.1.0_amd64.deb [chroot folder]
# Needs root, debootstrap and a Debian mirror (the machine's own, from /etc/apt). The
# chroot is made once (minbase) and kept: a second run starts from a copy of it, so that
# every try installs into a system that never saw SegStudio. With SEG_CHROOT_SCREENSHOT=
# file.png it also shows the window in Chinese under Xvfb there and saves a screenshot.
set -euo pipefail
deb=$(realpath "${1:?usage: $0 segstudio_VERSION_amd64.deb [chroot folder]}")
base=${2:-/var/tmp/segstudio-debian12}
mirror=${SEG_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[[ $(id -u) -eq 0 ]] || { echo "$0: run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null

if [[ ! -x "$base/clean/usr/bin/apt-get" ]]; then
  echo "== debootstrap bookworm (minbase) into $base/clean"
  mkdir -p "$base"
  debootstrap --variant=minbase bookworm "$base/clean" "$mirror" >"$base/debootstrap.log" 2>&1 ||
    { tail -20 "$base/debootstrap.log"; exit 1; }
fi
root="$base/try"
rm -rf "$root"
cp -a "$base/clean" "$root"
cleanup() {
  for m in var/cache/apt/archives proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
# Downloaded packages are kept between tries (the system they install into is not).
mkdir -p "$base/apt-archives/partial"
mount --bind "$base/apt-archives" "$root/var/cache/apt/archives"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== apt install ./$(basename "$deb") (with its dependencies, no recommends)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" >"$base/install.log" 2>&1 || { tail -30 "$base/install.log"; exit 1; }
echo "installed: $(in_root dpkg-query -W -f='${Package} ${Version} (${Installed-Size} KB)' segstudio)"
echo "packages in the chroot: $(in_root dpkg-query -W | wc -l)"

echo "== segstudio-cli --version"
in_root segstudio-cli --version
echo "== segstudio-cli demo, train 1 epoch, runs"
in_root segstudio-cli demo --out /tmp/demo | tail -1
in_root segstudio-cli train --data /tmp/demo --epochs 1 --batch 16 --out /tmp/demo/runs/try | tail -2
in_root segstudio-cli runs --data /tmp/demo
echo "== segstudio --version; the window opened on the demo, offscreen, for 5 s"
in_root segstudio --version
in_root env QT_QPA_PLATFORM=offscreen timeout 5 segstudio /tmp/demo && status=0 || status=$?
[[ $status -eq 124 ]] && echo "segstudio ran until stopped (5 s)" || { echo "segstudio exited with $status"; exit 1; }
echo "== man segstudio-cli, the desktop entry and the guide are in place"
in_root ls /usr/share/man/man1/segstudio-cli.1.gz /usr/share/applications/io.github.segstudio.SegStudio.desktop \
  /usr/share/doc/segstudio/guide/en/index.md
if [[ -n "${SEG_CHROOT_SCREENSHOT:-}" ]]; then
  # The window on a real X server in the chroot, in Chinese: CJK text drawn with the font
  # the package depends on, nothing from this machine's fonts.
  echo "== the window in Chinese under Xvfb in the chroot -> $SEG_CHROOT_SCREENSHOT"
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xvfb xauth x11-apps >>"$base/install.log" 2>&1
  in_root sh -c 'SEGSTUDIO_LANG=zh_CN xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
    "segstudio /tmp/demo & sleep 10; xwd -root -silent > /tmp/window.xwd; kill \$!"' 2>/dev/null || true
  convert "xwd:$root/tmp/window.xwd" "$SEG_CHROOT_SCREENSHOT"
fi
echo "== done: the package installs with apt on Debian 12 and both programs run"
