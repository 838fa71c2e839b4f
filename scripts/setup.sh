#!/usr/bin/env bash
# Installs whatever Leerpad's build (and, with `--test`, its tests) needs and is missing.
# Idempotent: when everything is present it only checks versions and returns in about a second.
#
#   scripts/setup.sh          wasm target, trunk, wasm-bindgen-cli, npm dev tools (wasm-opt)
#   scripts/setup.sh --test   the same, plus Debian's chromium, chromium-driver, nginx with
#                             the brotli_static module, and poppler-utils (the report test reads its PDF)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
with_browser=false
[[ "${1:-}" == "--test" ]] && with_browser=true

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || { echo "setup: Rust (rustup, cargo) is required: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup: Node.js 20+ with npm is required" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding Rust component $component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# trunk insists on the wasm-bindgen CLI that matches the library in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# npm dev tools: binaryen (wasm-opt), terser, Playwright, axe-core, Lighthouse. Browsers come from Debian, never npm.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund
fi

test_packages=(chromium chromium-driver nginx libnginx-mod-http-brotli-static poppler-utils)
installed() { [[ $(dpkg-query -W -f='${Status}\n' "$@" 2>/dev/null | grep -c 'install ok installed') -eq $# ]]; }
if $with_browser && ! installed "${test_packages[@]}"; then
  say "installing Debian ${test_packages[*]} (the tests serve dist/ with nginx)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${test_packages[@]}"
fi
exit 0
