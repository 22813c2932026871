#!/usr/bin/env bash
# Serves the production build over HTTPS with nginx and the configuration of
# docs/trien-khai.md (deploy/nginx/ntp-disburse.conf, unchanged but for the
# port, the folder and a self-signed certificate), on 127.0.0.1 only:
#
#   scripts/serve-https.sh start [PORT] [DIST]   prints the pane's URL; nginx runs in the background
#   scripts/serve-https.sh stop                  stops that nginx
#
# Installs nginx (Debian package) when missing and run as root. The state (certificate,
# configuration, logs, pid) lives in $NTP_SERVE_DIR (default: a folder under /tmp).
# Open the URL in Chromium with --ignore-certificate-errors, or trust $NTP_SERVE_DIR/cert.pem.
set -euo pipefail
cd "$(dirname "$0")/.."
state=${NTP_SERVE_DIR:-/tmp/ntp-disburse-https}
command=${1:-start}

if [ "$command" = stop ]; then
  if [ -f "$state/nginx.pid" ]; then
    nginx -p "$state" -c "$state/nginx.conf" -s stop
    echo "serve-https: stopped" >&2
  fi
  exit 0
fi
[ "$command" = start ] || { echo "usage: $0 start [PORT] [DIST] | stop" >&2; exit 2; }
port=${2:-8443}
dist=$(realpath "${3:-dist}")
[ -f "$dist/taskpane.html" ] || { echo "serve-https: no $dist/taskpane.html (npm run build)" >&2; exit 2; }

if ! command -v nginx >/dev/null 2>&1 && ! [ -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "serve-https: nginx is not installed and this is not root (apt-get install nginx-light)" >&2
    exit 2
  fi
  echo "serve-https: installing nginx" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx-light >&2 ||
    { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx-light >&2; }
fi
PATH=$PATH:/usr/sbin

mkdir -p "$state/logs"
if [ ! -f "$state/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$state/key.pem" -out "$state/cert.pem" 2>/dev/null
fi

# The documented server block, pointed at this machine: port, certificate and folder.
sed -e "s|listen 443 ssl;|listen 127.0.0.1:$port ssl;|" \
    -e "s|server_name .*;|server_name localhost;|" \
    -e "s|/etc/ssl/ntp-disburse/fullchain.pem|$state/cert.pem|" \
    -e "s|/etc/ssl/ntp-disburse/privkey.pem|$state/key.pem|" \
    -e "s|alias /var/www/ntp-disburse/;|alias $dist/;|" \
    deploy/nginx/ntp-disburse.conf > "$state/ntp-disburse.conf"
cat > "$state/nginx.conf" <<CONF
daemon on;
pid $state/nginx.pid;
error_log $state/logs/error.log;
events {}
http {
  access_log $state/logs/access.log;
  client_body_temp_path $state/client_body;
  proxy_temp_path $state/proxy;
  fastcgi_temp_path $state/fastcgi;
  uwsgi_temp_path $state/uwsgi;
  scgi_temp_path $state/scgi;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  include $state/ntp-disburse.conf;
}
CONF
[ -f "$state/nginx.pid" ] && nginx -p "$state" -c "$state/nginx.conf" -s stop 2>/dev/null || true
nginx -p "$state" -c "$state/nginx.conf" -t 2>&1 | grep -v "successful\|syntax is ok" >&2 || true
nginx -p "$state" -c "$state/nginx.conf"
echo "https://127.0.0.1:$port/ntp-disburse/taskpane.html"
