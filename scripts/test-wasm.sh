#!/usr/bin/env bash
# Runs tests/web.rs as wasm in headless Debian Chromium through chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# The runner reads ./webdriver.json for Chromium's flags (no sandbox as root, no background networking).
exec cargo test --target wasm32-unknown-unknown --test web
