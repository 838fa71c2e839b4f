# Leerpad — the two commands a newcomer needs are `make serve` and `make test`.
# Both install whatever is missing first (scripts/setup.sh), so they work on a fresh machine.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve test setup setup-test build size bench test-native test-wasm test-e2e clean

## serve: build the release app and serve it on http://127.0.0.1:8080 (deep links work)
serve: setup
	trunk serve --release

## test: every test layer (native, wasm in Chromium, Playwright end-to-end with axe-core)
test: setup-test
	scripts/test-all.sh

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

## build: the release app in dist/, with the content pages pre-rendered (needs Chromium)
build: setup-test
	trunk build --release
	node scripts/prerender.mjs dist

## size: first-load transfer of dist/ (html + js + wasm + css), raw, gzip and brotli
size: build
	node scripts/size.mjs dist

## bench: store and interface benchmark in headless Chromium, then Lighthouse; prints figures
bench: build
	node scripts/bench.mjs
	node scripts/lighthouse.mjs

test-native:
	cargo test

test-wasm: setup-test
	scripts/test-wasm.sh

## test-e2e: Playwright + axe-core against dist/ (and a changed second build, for the update test)
test-e2e: setup-test
	scripts/build-next.sh
	trunk build --release
	node scripts/prerender.mjs dist
	npx playwright test -c tests/e2e

clean:
	cargo clean
	rm -rf dist test-results tests/e2e/test-results
