# Sourced by scripts/test.sh: the hosting test serves the build with Debian's
# nginx. Installs it only when asked (CI=true or --install-missing, see
# apt.sh), saying so first; otherwise stops with a one-line instruction.
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"
ensure_nginx() {
  command -v nginx >/dev/null 2>&1 && return
  apt_install_or_stop nginx "the hosting tests serve the build with it"
  # The package may start a system nginx on port 80; the tests use their own instance.
  command -v nginx >/dev/null 2>&1 && return
  echo "error: nginx is still not on PATH after installing it." >&2
  exit 1
}
