#!/usr/bin/env bash
# Builds the example organisation's site (tests/fixtures/org-site: config,
# logos and its own page) into dist-org/, exactly as an organisation would:
# its config via GUIDE_CONFIG and its pages in src/content/docs/org/. The
# fixture's pages are copied in for the build and removed afterwards; an
# existing page of the same name is never overwritten.
source "$(dirname "$0")/lib/env.sh"
fixture="tests/fixtures/org-site"
dest="src/content/docs/org"
copied=()
cleanup() {
  for f in "${copied[@]}"; do rm -f "$f"; done
  rmdir "$dest" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$dest"
for page in "$fixture"/pages/*.mdx; do
  target="$dest/$(basename "$page")"
  if [ -e "$target" ]; then echo "error: $target already exists; not overwriting it with the test fixture" >&2; exit 1; fi
  cp "$page" "$target"
  copied+=("$target")
done
GUIDE_CONFIG="$fixture/guide.config.ts" SITE_OUT_DIR=./dist-org astro build
