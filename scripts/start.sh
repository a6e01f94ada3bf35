#!/usr/bin/env bash
# Build the production site and serve it (search included) on a local port.
# Usage: npm start            (PORT=4321 HOST=127.0.0.1 by default)
# With an organisation overlay (./org or GUIDE_ORG_DIR), its config and base
# path are used. If the port is taken it stops and says so, before and after
# the build; it never serves on another port than the one it prints.
source "$(dirname "$0")/lib/env.sh"
export PORT="${PORT:-4321}"
export HOST="${HOST:-127.0.0.1}"
node scripts/start-url.mjs >/dev/null   # fail fast, before a minute of building
astro build
url="$(node scripts/start-url.mjs)"
echo
echo "Serving the built site at $url  (Ctrl+C to stop)"
exec astro preview --host "$HOST" --port "$PORT"
