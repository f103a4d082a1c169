"""Interoperability at scale (INT-2, INT-3), on the demo and 100,000
entries shared with a regional directory:

1. the regional directory's full sync (every snapshot page);
2. its incremental sync when nothing changed;
3. France's administrator updates 100 entries through the API and the
   custodian verifies each; the regional directory's incremental sync then
   takes those 100 changes;
4. a page of 100 entries in the Global IRT format;
5. the dry run of a 10,000-row import file with `pocdir import`.

Usage: sync.py BIN DATA_DIR REGIONAL_CREDENTIAL   (run by bench/run.sh)"""

import json
import subprocess
import sys
import time
import urllib.request

from common import Server, Sink, percentile

BIN, DATA, SECRET = sys.argv[1], sys.argv[2], sys.argv[3]
CUSTODIAN = ("custodian@un.example.org", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
FRANCE = ("admin@fr.example.org", "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")

server = Server(BIN, DATA, Sink(), POCDIR_LIMITS__API_PER_TOKEN_PER_MINUTE="100000000")


def call(method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{server.base}/api/v1{path}", data=data, method=method,
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def timed(path, runs):
    times = []
    for _ in range(runs):
        t = time.monotonic()
        body = call("GET", path, SECRET)
        times.append((time.monotonic() - t) * 1000)
    times.sort()
    return body, times


start = time.monotonic()
entries, page, cursor = 0, "", None
while True:
    body = call("GET", f"/sync/entries?page={page}", SECRET)
    cursor = cursor or body["cursor"]
    entries += len(body["items"])
    page = body["next_page"]
    if not page:
        break
full = time.monotonic() - start
print(f"full sync: {entries:,} entries in {full:.1f} s ({entries / full:,.0f} entries/s)")

_, times = timed(f"/sync/changes?cursor={cursor}", 200)
print(f"incremental sync, nothing changed: p50 {percentile(times, 50):.1f} ms, "
      f"p99 {percentile(times, 99):.1f} ms over 200 calls")

writer = server.api_token(FRANCE, ["directory:read", "directory:write"])
keeper = server.api_token(CUSTODIAN, ["custodian"])
own = call("GET", "/states/FR/entries", writer)["items"][:100]
start = time.monotonic()
for e in own:
    f = e["fields"]
    change = call("PUT", f"/entries/{e['id']}", writer, {
        "poc_type": f["poc_type"], "entity": f["entity"] + " (renamed)", "emails": f["emails"],
        "phones": ["+33 1 71 75 84 68"], "languages": f["languages"], "timezone": f["timezone"],
        "submission_language": "fr"})
    call("POST", f"/changes/{change['id']}/verify", keeper,
         {"channel": "mission_email", "reference": "FR/2026/bench"})
print(f"100 updates submitted and verified through the API in {time.monotonic() - start:.1f} s")
# The copy's next call takes the 100 changes: read them again and again
# from the same cursor, and once more to the end of the feed.
changes, times = timed(f"/sync/changes?cursor={cursor}", 50)
taken = len(changes["updated"]) + len(changes["deleted"])
print(f"incremental sync of {taken} changes: p50 {percentile(times, 50):.1f} ms, "
      f"p99 {percentile(times, 99):.1f} ms over 50 calls")

t = time.monotonic()
teams = call("GET", "/sync/teams?limit=100", SECRET)
print(f"Global IRT page of 100 (of {teams['total']:,}): {(time.monotonic() - t) * 1000:.0f} ms")
print(f"peak RSS of the server after the syncs: {server.peak_rss_mb():.1f} MB")
states = [s["code"] for s in call("GET", "/states", writer)["items"]]
server.stop()

# 10,000 rows: nominations for the participating States, as a regional
# directory's CSV would carry them.
rows = ["state,poc_type,entity,emails,phones,languages,timezone,submission_language"]
for k in range(10_000):
    s = states[k % len(states)]
    rows.append(f"{s},technical,Regional CERT {k},cert{k}@{s.lower()}.regional.example.org,"
                f"+41 22 917 {k % 10000:04d},en,Europe/Zurich,en")
path = f"{DATA}/import-10k.csv"
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
t = time.monotonic()
out = subprocess.run([BIN, "import", path, "--as", "custodian@un.example.org"],
                     env={"POCDIR_DATABASE_URL": f"sqlite:{DATA}/pocdir.db", "POCDIR_LOG": "warn",
                          "POCDIR_MESSAGES__KEY_FILE": f"{DATA}/messages.key", "PATH": "/usr/bin:/bin"},
                     capture_output=True, text=True)
took = time.monotonic() - t
last = [line for line in out.stdout.splitlines() if "new," in line]
print(f"import dry run, 10,000 rows: {took:.1f} s ({last[-1] if last else out.stderr.strip()[-200:]})")
