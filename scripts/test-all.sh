#!/usr/bin/env bash
# Runs every test layer, keeps going after a failure, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."

names=() results=()
layer() {
  local name=$1; shift
  printf '\n\033[1m=== %s ===\033[0m\n' "$name"
  if "$@"; then results+=(passed); else results+=(FAILED); fi
  names+=("$name")
}

lint() {
  cargo fmt --check &&
    cargo clippy --all-targets --quiet -- -D warnings &&
    cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
}

layer "lint: rustfmt and clippy (native and wasm)" lint
layer "native: cargo test (content, domain)" cargo test
layer "browser: wasm-bindgen-test in headless Chromium" scripts/test-wasm.sh
release_builds() {
  # A second, changed build first (the update test serves it after dist/), then dist/ itself.
  scripts/build-next.sh && trunk build --release && node scripts/prerender.mjs dist
}

layer "release builds: dist/ (content pages pre-rendered) and a changed second build for the update test" release_builds
if [[ ${results[-1]} == passed ]]; then
  layer "size: first load within size-budget.json" node scripts/size.mjs dist
  layer "end-to-end: Playwright + axe-core against dist/" npx playwright test -c tests/e2e
else
  names+=("end-to-end: Playwright + axe-core against dist/"); results+=(FAILED)
fi

passed=0 failed=0
printf '\n\033[1mLeerpad test summary\033[0m\n'
for i in "${!names[@]}"; do
  printf '  %-7s %s\n' "${results[$i]}" "${names[$i]}"
  [[ ${results[$i]} == passed ]] && passed=$((passed + 1)) || failed=$((failed + 1))
done
echo "layers: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
