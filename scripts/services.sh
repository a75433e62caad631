#!/usr/bin/env bash
# Makes sure the local services the test suite talks to are present and running.
# Each step is "ensure X": idempotent, and silent when X is already true.
set -euo pipefail

apt_updated=0
apt_install() {
    if [ "$apt_updated" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgresql() {
    if ! pg_isready -q -h 127.0.0.1 2>/dev/null; then
        echo "starting PostgreSQL"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort | tail -n 1)" main start
    fi
}

# The IMAP tests start their own Dovecot on a loopback port; only the binary is needed.
ensure_dovecot() {
    if [ ! -x /usr/sbin/dovecot ]; then
        echo "installing dovecot-imapd"
        apt_install dovecot-imapd
        # The package starts a system-wide daemon on 143/993; the tests do not use it.
        if [ -f /run/dovecot/master.pid ]; then
            kill "$(cat /run/dovecot/master.pid)" 2>/dev/null || true
        fi
    fi
}

# The browser tests drive the distribution's Chromium (no browser download).
ensure_chromium() {
    if [ ! -x /usr/bin/chromium ]; then
        echo "installing chromium"
        apt_install chromium
    fi
}

ensure_postgresql
ensure_dovecot
ensure_chromium
