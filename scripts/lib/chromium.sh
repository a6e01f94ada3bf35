# Sourced by scripts/test.sh. Finds a Chromium for Playwright and exports
# CHROMIUM_PATH, or leaves it empty when Playwright's own browser is installed.
# Order: $CHROMIUM_PATH, the system Chromium, Playwright's own download; as a
# last resort (root on Debian/Ubuntu) it installs Debian's `chromium` package.

find_system_chromium() {
  local c
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/lib/chromium/chromium; do
    if [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

playwright_own_chromium() {
  node -e "
    const fs = require('node:fs');
    try {
      const p = require('playwright-core').chromium.executablePath();
      if (p && fs.existsSync(p)) process.stdout.write(p);
    } catch {}
  "
}

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    if [ ! -x "$CHROMIUM_PATH" ]; then
      echo "error: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
      exit 1
    fi
    return
  fi
  local found
  if found="$(find_system_chromium)"; then export CHROMIUM_PATH="$found"; return; fi
  if [ -n "$(playwright_own_chromium)" ]; then export CHROMIUM_PATH=""; return; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "No Chromium found: installing Debian's chromium package (about a minute)…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    if found="$(find_system_chromium)"; then export CHROMIUM_PATH="$found"; return; fi
  fi
  echo "error: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium." >&2
  exit 1
}
