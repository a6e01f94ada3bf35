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

# The release test serves pre-compressed .br files (brotli_static): Debian's
# libnginx-mod-http-brotli-static, installed on the same terms as nginx.
ensure_nginx_brotli_static() {
  local module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
  [ -f "$module" ] && return
  apt_install_or_stop libnginx-mod-http-brotli-static "the release test serves pre-compressed .br files with nginx's brotli static module"
  [ -f "$module" ] && return
  echo "error: $module is still missing after installing libnginx-mod-http-brotli-static." >&2
  exit 1
}
