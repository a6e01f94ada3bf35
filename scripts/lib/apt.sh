# Sourced by chromium.sh and nginx.sh. Installs a missing Debian package only
# when that was asked for (CI=true, `npm test -- --install-missing`, or
# INSTALL_MISSING=1), as root with apt-get, and says so before it starts.
# Otherwise stops with the command to run.
install_allowed() {
  [ "${CI:-}" = "true" ] || [ "${INSTALL_MISSING:-}" = "1" ]
}

# apt_install_or_stop PACKAGE WHAT-FOR
apt_install_or_stop() {
  local pkg="$1" why="$2" reason
  if install_allowed && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    if [ "${CI:-}" = "true" ]; then reason="CI=true"; else reason="--install-missing"; fi
    echo "$pkg not found ($why). Installing Debian's '$pkg' package now ($reason): apt-get update && apt-get install -y $pkg" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >&2
    return 0
  fi
  echo "error: $pkg not found ($why). Install it first (Debian/Ubuntu: sudo apt-get install $pkg)," >&2
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "       or run 'npm test -- --install-missing' to let the test command install it with apt-get." >&2
  fi
  exit 1
}
