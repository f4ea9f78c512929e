#!/usr/bin/env bash
# Installs redis-server (Debian package) when missing and starts it on 127.0.0.1 for the tests of the shared
# token-validation cache. Safe to run again: it does nothing when a server already answers on the test port.
set -euo pipefail

PORT="${REDIS_TEST_PORT:-6399}"

answers() {
  command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = "PONG" ]
}

if answers; then
  echo "Redis already answers on 127.0.0.1:$PORT"
  exit 0
fi

if ! command -v redis-server >/dev/null 2>&1; then
  source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
  apt_install redis-server
fi

# A throw-away instance: no persistence, loopback only, its own port.
redis-server --port "$PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --dir /tmp --pidfile "/tmp/redis-test-$PORT.pid" --logfile "/tmp/redis-test-$PORT.log"

for _ in $(seq 1 50); do
  if answers; then
    echo "Redis started on 127.0.0.1:$PORT"
    exit 0
  fi
  sleep 0.1
done

echo "Redis did not answer on 127.0.0.1:$PORT (see /tmp/redis-test-$PORT.log)" >&2
exit 1
