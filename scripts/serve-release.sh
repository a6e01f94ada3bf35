#!/usr/bin/env bash
# Serves a release archive (scripts/package.mjs) the way its README.txt says an
# intranet team installs it, with Debian's nginx on loopback: unpacks it into
# <root>/../releases/, checks SHA256SUMS, points <root> (a symlink) at it, and
# includes the release's own nginx snippet (brotli variant) inside a server
# block that also serves another application. A host-wide header (HSTS) is
# added the documented way, through itpm-guide.d/*.conf beside nginx.conf.
# The archive must have been packaged with --root inside dist-release/ (the
# test command does), so nothing outside this checkout is touched.
# Usage: bash scripts/serve-release.sh ARCHIVE.tar.gz PORT   (runs in the foreground)
set -euo pipefail
cd "$(dirname "$0")/.."
archive="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; port="$2"
command -v nginx >/dev/null || { echo "error: nginx is not installed (Debian: apt-get install nginx)" >&2; exit 1; }
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$brotli_module" ] || { echo "error: nginx's brotli static module is missing (Debian: apt-get install libnginx-mod-http-brotli-static)" >&2; exit 1; }
[ -f "$archive" ] || { echo "error: no release archive at $1: run scripts/package.mjs first" >&2; exit 1; }

name="$(basename "$archive" .tar.gz)"
root="$(tar -xzOf "$archive" "$name/release.json" | sed -n 's/^  "root": "\(.*\)",$/\1/p')"
case "$root" in
  "$PWD"/dist-release/*) ;;
  *) echo "error: $archive was packaged for $root; the test server only installs under $PWD/dist-release/" >&2; exit 1 ;;
esac
releases="$(dirname "$root")/releases"
rm -rf "$releases/$name"
mkdir -p "$releases"
tar -xzf "$archive" -C "$releases"
(cd "$releases/$name" && sha256sum -c --quiet SHA256SUMS)
ln -sfn "$releases/$name" "$root.next" && mv -T "$root.next" "$root"

work="$(mktemp -d)"
mkdir -p "$work/itpm-guide.d"
echo 'add_header Strict-Transport-Security "max-age=300" always;' > "$work/itpm-guide.d/hsts.conf"
user_line=""
[ "$(id -u)" = "0" ] && user_line="user root;"   # the checkout may not be readable by nginx's default user
cat > "$work/nginx.conf" <<CONF
load_module $brotli_module;
$user_line
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include /etc/nginx/mime.types;
    server {
        listen 127.0.0.1:$port;
        server_name _;
        add_header Strict-Transport-Security "max-age=300" always;

        # Another application on the same host.
        location /timesheets/ {
            default_type text/plain;
            return 200 "Timesheets: another application on this server\n";
        }

        # The guide, exactly as shipped in the release.
        include $root/nginx/itpm-guide.brotli.conf;
    }
}
CONF
nginx -t -q -p "$work" -c "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
wait "$pid"
