#!/usr/bin/env bash
# Benchmark (not a test): times a production build, then loads each page type
# in headless Chromium and prints the HTML, CSS and JS bytes (raw and gzip)
# the browser fetched. Usage: npm run bench
# With --scale [factor]: then also the scaling check (scripts/bench-scale.mjs):
# builds a temporary copy at 1× and at 10× the chapters and terms and reports
# build time, CPU and peak memory of each (several minutes).
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/chromium.sh"
ensure_chromium

start=$(date +%s%N)
astro build >/tmp/itpm-bench-build.log 2>&1 || { cat /tmp/itpm-bench-build.log; exit 1; }
end=$(date +%s%N)
export BENCH_BUILD_MS=$(( (end - start) / 1000000 ))
node scripts/bench.mjs
if [ "${1:-}" = "--scale" ]; then
  echo
  node scripts/bench-scale.mjs "${2:-10}"
fi
