#!/usr/bin/env bash
# Installs the Debian 12 packages precis builds with (make, the compiler and
# CMake included, so it runs on a bare Debian 12), if any is missing.
# As root it runs `apt-get update` once and installs them; otherwise it prints
# the exact command to run and fails. The README's Quick start runs it first.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libstemmer-dev       # Snowball stemmers
  libutf8proc-dev      # Unicode normalization and properties
  nlohmann-json3-dev   # JSON (writing, HTML metadata)
  libsimdjson-dev      # JSON Lines input (fast parsing)
  libcli11-dev         # command-line parsing
  libfmt-dev           # formatting
  libgtest-dev libgmock-dev  # tests
  libbenchmark-dev     # benchmarks
  zlib1g-dev           # gzip input
  libgumbo-dev         # HTML5 parsing
  libglpk-dev          # ILP solver (the ilp summarizer)
  libsqlite3-dev       # the store (precis ingest, serve)
  libcpp-httplib-dev   # the service (precis serve)
  chromium chromium-driver  # the browser test (skips without them)
  help2man             # the man page, from --help
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "precis: missing Debian packages: ${missing[*]}" >&2
  echo "run as root:  apt-get update && $cmd" >&2
  exit 1
fi
echo "precis: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$cmd
