# Sourced by scripts/test.sh. Finds a Chromium for Playwright and exports
# CHROMIUM_PATH, or leaves it empty when Playwright's own browser is installed.
# Order: $CHROMIUM_PATH, the system Chromium, Playwright's own download; as a
# last resort it installs Debian's `chromium` package, but only when asked
# (CI=true or --install-missing, see apt.sh), saying so first.
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

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
  apt_install_or_stop chromium "the browser tests need it; or set CHROMIUM_PATH=/path/to/chromium"
  if found="$(find_system_chromium)"; then export CHROMIUM_PATH="$found"; return; fi
  echo "error: Debian's chromium package installed no browser at /usr/bin/chromium; set CHROMIUM_PATH=/path/to/chromium." >&2
  exit 1
}
