#!/usr/bin/env bash
# What the test suite needs on this machine: Debian's Chromium for e2e, a running PostgreSQL
# and MQTT broker for integration tests. Installs or starts each one it can, or says how.
set -euo pipefail

fail() { echo "ERROR: $*" >&2; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's Chromium for the e2e tests (about a minute)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || fail "could not install Chromium; run: sudo apt-get install -y chromium"
  else
    fail "e2e tests need Debian's Chromium at /usr/bin/chromium; run: sudo apt-get install -y chromium"
  fi
fi

pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if ! pg_ready && command -v pg_ctlcluster >/dev/null; then
    echo "Starting PostgreSQL..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  fi
  pg_ready || fail "integration tests need PostgreSQL on 127.0.0.1:5432 (or set TEST_DATABASE_URL); start it with: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start"
fi

mqtt_ready() { (exec 3<>/dev/tcp/127.0.0.1/1883) 2>/dev/null; }
if [ -z "${TEST_MQTT_URL:-}" ]; then
  if ! mqtt_ready && command -v mosquitto >/dev/null; then
    echo "Starting Mosquitto..."
    mosquitto -d -c /etc/mosquitto/mosquitto.conf || true
    for _ in $(seq 1 20); do mqtt_ready && break; sleep 0.5; done
  fi
  mqtt_ready || fail "integration tests need an MQTT broker on 127.0.0.1:1883 (or set TEST_MQTT_URL); start it with: mosquitto -d -c /etc/mosquitto/mosquitto.conf"
fi
