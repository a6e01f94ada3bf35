#!/usr/bin/env bash
# Build the production site and serve it (search included) on a local port.
# Usage: npm start            (PORT=4321 HOST=127.0.0.1 by default)
source "$(dirname "$0")/lib/env.sh"
PORT="${PORT:-4321}"
HOST="${HOST:-127.0.0.1}"
astro build
base="$(node scripts/print-base.mjs)"
echo
echo "Serving the built site at http://$HOST:$PORT$base  (Ctrl+C to stop)"
exec astro preview --host "$HOST" --port "$PORT"
