#!/usr/bin/env bash
# Serves a built site with Debian's nginx on loopback, using the server block
# from scripts/nginx-config.mjs (the same recipe the README documents).
# Usage: bash scripts/serve-nginx.sh ROOT BASE PORT   (runs in the foreground)
set -euo pipefail
root="$(cd "$1" && pwd)"; base="$2"; port="$3"
source "$(dirname "$0")/lib/env.sh"   # a Node that runs the config generator
command -v nginx >/dev/null || { echo "error: nginx is not installed (Debian: apt-get install nginx)" >&2; exit 1; }
work="$(mktemp -d)"
node scripts/nginx-config.mjs --root "$root" --base "$base" --listen "127.0.0.1:$port" > "$work/site.conf"
user_line=""
[ "$(id -u)" = "0" ] && user_line="user root;"   # the test's build folder may not be readable by nginx's default user
cat > "$work/nginx.conf" <<CONF
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
    include $work/site.conf;
}
CONF
nginx -t -q -p "$work" -c "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
wait "$pid"
