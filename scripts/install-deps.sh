#!/usr/bin/env bash
# Installs the Debian 12 packages Signpost needs to build, test and run, when
# they are missing. Safe to run again: it installs nothing that is already there.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config git clang-format
  # the fixed stack (ca-certificates: the CA bundle libcurl opens for every HTTPS
  # fetch; without the file curl fails with error 77 before any TLS check)
  ca-certificates
  libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libpng-dev libcurl4-openssl-dev nlohmann-json3-dev
  # gaps the stack leaves, filled from Debian
  libhowardhinnant-date-dev tzdata libsystemd-dev libpugixml-dev libical-dev libqrencode-dev
  # fonts: Korean + Latin (see fonts/manifest.txt)
  fonts-noto-cjk fonts-nanum fonts-dejavu-core fontconfig
  # the sanitized suite (scripts/test-sanitized.sh: clang's ASan/UBSan runtimes,
  # llvm-symbolizer for the reports) and the fuzz targets (scripts/fuzz.sh)
  clang-14 libclang-rt-14-dev llvm-14 libfuzzer-14-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev nginx-light openssl xvfb x11-apps python3
  python3-jsonschema zbar-tools
  # promtool, which checks the metrics file (docs/operations.md)
  prometheus
  # the measuring scripts of docs/performance.md (measure-idle.sh: jq, strace)
  jq strace
  # packaging and unit checks
  systemd dpkg-dev file procps
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
