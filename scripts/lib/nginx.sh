# Sourced by scripts/test.sh: the hosting test serves the build with Debian's
# nginx. Installs it as root on Debian/Ubuntu when missing, else stops with a
# one-line instruction.
ensure_nginx() {
  command -v nginx >/dev/null 2>&1 && return
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "nginx not found: installing Debian's nginx package…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >&2
    # The package may start a system nginx on port 80; the tests use their own instance.
    command -v nginx >/dev/null 2>&1 && return
  fi
  echo "error: nginx not found. Install it (Debian/Ubuntu: sudo apt-get install nginx) to run the hosting tests." >&2
  exit 1
}

# The release test serves pre-compressed .br files (brotli_static): Debian's
# libnginx-mod-http-brotli-static, installed as root on Debian when missing.
ensure_nginx_brotli_static() {
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] && return
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "nginx's brotli static module not found: installing libnginx-mod-http-brotli-static…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnginx-mod-http-brotli-static >&2
    [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] && return
  fi
  echo "error: nginx's brotli static module not found. Install it (Debian/Ubuntu: sudo apt-get install libnginx-mod-http-brotli-static)." >&2
  exit 1
}
