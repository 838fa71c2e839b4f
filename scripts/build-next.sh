#!/usr/bin/env bash
# Builds a second, changed release of Leerpad into target/dist-next, for the end-to-end test of
# safe updates (tests/e2e/pwa.spec.mjs): the same app with one visible change in the programme
# content (the subtitle of BLG module 1), as when the programme office publishes new content.
# Run it before the normal release build: both build the same crate, and the last build is the one
# cargo keeps.
set -euo pipefail
cd "$(dirname "$0")/.."
content=target/content-next
rm -rf "$content" && mkdir -p target && cp -r content "$content"
sed -i 's/^subtitle = "Inzicht in je kracht als leider"$/subtitle = "Inzicht in je kracht als leider (bijgewerkt)"/' "$content/blg.toml"
grep -q '(bijgewerkt)' "$content/blg.toml" || { echo "build-next: the subtitle of blg.m1 changed; update this script" >&2; exit 1; }
LEERPAD_CONTENT_DIR="$PWD/$content" trunk build --release --dist target/dist-next
