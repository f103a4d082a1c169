#!/usr/bin/env bash
# Runs every test of pocdir on a fresh machine: installs what the tests need
# (PostgreSQL, headless Chromium and its driver, an SMTP server, nginx) from Debian,
# starts PostgreSQL in a temporary folder, then runs the unit tests and the
# integration suite on SQLite and again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || need+=(python3-aiosmtpd)
# A virtual environment for the Python tools of the API's tests.
/usr/bin/python3 -c "import ensurepip" 2>/dev/null || need+=(python3-venv)
# nginx in front of pocdir (TLS, and a balancer over two instances), with a
# self-signed certificate from openssl.
[ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
# GnuPG, the independent OpenPGP implementation the key tests check against.
command -v gpg >/dev/null || need+=(gnupg)
# A CJK font, so that screenshots of Chinese pages show characters, not boxes.
# (grep reads all of fc-list's output: with -q it would stop early and, under
# pipefail, the pipeline would fail even when the font is there.)
[ "$(fc-list 2>/dev/null | grep -ci "wenquanyi")" -gt 0 ] || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# axe-core, injected into Chromium by the accessibility tests.
if [ ! -f tests/tools/node_modules/axe-core/axe.min.js ]; then
  command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
  npm ci --prefix tests/tools --no-audit --no-fund >/dev/null
fi

# schemathesis fuzzes the API, and openapi-spec-validator checks its OpenAPI
# document, both from PyPI at the versions pinned in requirements.txt.
if ! cmp -s tests/tools/requirements.txt tests/tools/venv/requirements.txt; then
  rm -rf tests/tools/venv
  /usr/bin/python3 -m venv tests/tools/venv
  tests/tools/venv/bin/pip install -q --disable-pip-version-check -r tests/tools/requirements.txt
  cp tests/tools/requirements.txt tests/tools/venv/requirements.txt
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d)
chown postgres "$PGDIR"
PGPORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
su postgres -c "$PGBIN/initdb -D $PGDIR/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/log -w start \
  -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400'" >/dev/null
stop_pg() { su postgres -c "$PGBIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap stop_pg EXIT
export POCDIR_TEST_PG_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"

echo "== formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# Built as the binary is, without the tests' view of the database: a web
# page that reached for it would not compile.
cargo check --workspace --locked
echo "== unit tests, and the integration suite on SQLite"
cargo test --workspace --all-targets --locked
echo "== the integration suite on PostgreSQL"
POCDIR_TEST_DATABASE=postgres cargo test --test it --locked
