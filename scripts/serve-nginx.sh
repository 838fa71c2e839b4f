#!/usr/bin/env bash
# Serves a built dist/ with Debian's nginx and the deployment configuration in deploy/
# (only `listen` and `root` differ), in the foreground, for the end-to-end tests.
#   scripts/serve-nginx.sh <dist> <port>
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$(cd "${1:-dist}" && pwd)
port=${2:-4173}
prefix=$(mktemp -d "${TMPDIR:-/tmp}/leerpad-nginx.XXXXXX")
mkdir -p "$prefix/conf" "$prefix/tmp" "$prefix/logs"
# Debian's module configs load modules/<name>.so relative to the prefix.
ln -s /usr/lib/nginx/modules "$prefix/modules"
cp "$here/deploy/csp.conf" "$prefix/conf/csp.conf"
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" -e "s|^\(\s*\)root /var/www/leerpad;|\1root $dist;|" \
  "$here/deploy/nginx.conf" > "$prefix/conf/leerpad.conf"
grep -q "listen 127.0.0.1:$port;" "$prefix/conf/leerpad.conf" && grep -q "root $dist;" "$prefix/conf/leerpad.conf" \
  || { echo "serve-nginx: deploy/nginx.conf no longer has 'listen 80;' and 'root /var/www/leerpad;'" >&2; exit 1; }
user_line=""
[[ $(id -u) -eq 0 ]] && user_line="user root;"
cat > "$prefix/conf/nginx.conf" <<CONF
$user_line
# Debian's dynamic modules, brotli_static among them.
include /etc/nginx/modules-enabled/*.conf;
daemon off;
worker_processes 1;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    include leerpad.conf;
}
CONF
echo "serving $dist with nginx on http://127.0.0.1:$port"
exec nginx -p "$prefix" -c "$prefix/conf/nginx.conf"
