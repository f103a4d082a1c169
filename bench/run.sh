#!/usr/bin/env bash
# Load benchmarks:
#   1. the demo dataset: RSS of the server, and an authenticated State page under wrk;
#   2. the demo plus 100,000 synthetic entries: a search under wrk;
#   3. the crisis path: urgent communications under that load (bench/crisis.py);
#   4. a communication check of 10,000 POCs and their 10,000 acknowledgements (bench/campaign.py);
#   5. interoperability at 100,000 entries: a regional directory's full and incremental sync,
#      and the dry run of a 10,000-row import file (bench/sync.py).
# Prints requests/s, p50/p99 latency and peak RSS. Installs wrk and aiosmtpd from Debian if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v wrk >/dev/null || need+=(wrk)
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || need+=(python3-aiosmtpd)
[ ${#need[@]} -eq 0 ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; }
cargo build --release -q
BIN=target/release/pocdir
OUT=bench/results; mkdir -p "$OUT"
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
PARTS=${PARTS:-1 2 3 4 5}   # which of the five parts to run
part() { [[ " $PARTS " == *" $1 "* ]]; }
port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Signs in a demo account (password, then TOTP) and prints its session cookie.
login() {
  local base=$1 jar; jar=$(mktemp)
  curl -s -c "$jar" -b "$jar" "$base/login" >/dev/null
  local csrf; csrf=$(awk '/pocdir-csrf/ {print $7}' "$jar")
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "email=member@br.example.org" \
    --data-urlencode "password=geneva demo passphrase 2026" "$base/login"
  local code; code=$($BIN totp MRXWOIDBNZSCAYLMNRXWKIDQN5XGK4ZA)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "code=$code" "$base/login/code"
  awk '$6 == "pocdir" {print "pocdir=" $7}' "$jar"
  rm -f "$jar"
}

serve() { # data-dir port -> pid
  POCDIR_LOG=warn POCDIR_LIMITS__API_PER_TOKEN_PER_MINUTE=100000000 $BIN demo --data-dir "$1" --listen "127.0.0.1:$2" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 600); do curl -sf "http://127.0.0.1:$2/healthz" >/dev/null && break; sleep 0.1; done
  echo $pid
}

peak_rss_mb() { awk '/VmHWM/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }

# A personal API token of the same account, made on its account page.
api_token() {
  local base=$1 cookie=$2 csrf
  csrf=$(curl -s -D - -o /dev/null -H "Cookie: $cookie" "$base/account" | awk -F'[=;]' 'tolower($1) ~ /set-cookie: pocdir-csrf/ {print $2}')
  curl -s -H "Cookie: $cookie; pocdir-csrf=$csrf" --data-urlencode "csrf=$csrf" --data-urlencode "name=bench" \
    --data-urlencode "scopes=directory:read" "$base/account/tokens" | grep -o 'pocdir_[A-Za-z0-9_-]*' | head -1
}

run_wrk() { # name url header
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$2" > "$OUT/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/$1.txt")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $4}' "$OUT/$1.txt")
  printf "%-28s %10s req/s   p50 %-9s p99 %-9s non-2xx %s\n" "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

if part 1; then
echo "== demo dataset (60 States, $(date -u +%F))"
DEMO=$(mktemp -d); P=$(port)
$BIN demo --data-dir "$DEMO" --load-only >/dev/null
PID=$(serve "$DEMO" "$P")
COOKIE=$(login "http://127.0.0.1:$P")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "http://127.0.0.1:$P/states/FR")" = 200 ] || { echo "login failed"; exit 1; }
run_wrk state-page "http://127.0.0.1:$P/states/FR" "Cookie: $COOKIE"
run_wrk search-demo "http://127.0.0.1:$P/directory?q=cyber" "Cookie: $COOKIE"
TOKEN=$(api_token "http://127.0.0.1:$P" "$COOKIE")
[ -n "$TOKEN" ] || { echo "no API token"; exit 1; }
run_wrk api-state-entries "http://127.0.0.1:$P/api/v1/states/FR/entries" "Authorization: Bearer $TOKEN"
echo "peak RSS (demo dataset): $(peak_rss_mb "$PID") MB"
kill "$PID"; wait "$PID" 2>/dev/null || true
rm -rf "$DEMO"
fi

if part 2; then
echo "== demo + 100,000 entries"
SCALE=$(mktemp -d); P=$(port)
start=$(date +%s)
$BIN demo --data-dir "$SCALE" --scale 100000 --load-only >/dev/null
echo "scale dataset loaded in $(( $(date +%s) - start )) s"
PID=$(serve "$SCALE" "$P")
COOKIE=$(login "http://127.0.0.1:$P")
run_wrk search-100k "http://127.0.0.1:$P/directory?q=national%20cyber%20centre" "Cookie: $COOKIE"
run_wrk search-100k-common "http://127.0.0.1:$P/directory?q=ministry" "Cookie: $COOKIE"
run_wrk search-100k-rare "http://127.0.0.1:$P/directory?q=emergency%20directorate%2012345" "Cookie: $COOKIE"
run_wrk state-page-100k "http://127.0.0.1:$P/states/FR" "Cookie: $COOKIE"
# The runs above fall within a minute of the bulk load, when every search
# first asks whether anything in that minute changed. Once it has passed:
sleep "${SETTLE:-45}"
run_wrk search-100k-common-later "http://127.0.0.1:$P/directory?q=ministry" "Cookie: $COOKIE"
echo "peak RSS (100k entries): $(peak_rss_mb "$PID") MB"
kill "$PID"; wait "$PID" 2>/dev/null || true
rm -rf "$SCALE"
fi

if part 3; then
echo "== crisis path: urgent notifications while the State page is under load"
CRISIS=$(mktemp -d)
$BIN demo --data-dir "$CRISIS" --load-only >/dev/null
/usr/bin/python3 bench/crisis.py "$BIN" "$CRISIS"
rm -rf "$CRISIS"
fi

if part 4; then
echo "== communication check: demo + 10,000 entries, delivered to a local SMTP server"
CHECK=$(mktemp -d)
$BIN demo --data-dir "$CHECK" --scale 10000 --load-only >/dev/null
/usr/bin/python3 bench/campaign.py "$BIN" "$CHECK"
rm -rf "$CHECK"
fi

if part 5; then
echo "== interoperability: demo + 100,000 entries shared with a regional directory"
SYNC=$(mktemp -d)
$BIN demo --data-dir "$SYNC" --load-only >/dev/null
SECRET=$(POCDIR_DATABASE_URL="sqlite:$SYNC/pocdir.db" POCDIR_MESSAGES__KEY_FILE="$SYNC/messages.key" POCDIR_LOG=warn \
  $BIN regional --name "Bench directory" --as custodian@un.example.org)
$BIN demo --data-dir "$SYNC" --scale 100000 --load-only >/dev/null
/usr/bin/python3 bench/sync.py "$BIN" "$SYNC" "$SECRET"
rm -rf "$SYNC"
fi
