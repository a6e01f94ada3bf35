#!/usr/bin/env bash
# Runs one command with the project's Node and tools on PATH, e.g.
#   bash scripts/run.sh astro check
source "$(dirname "$0")/lib/env.sh"
exec "$@"
