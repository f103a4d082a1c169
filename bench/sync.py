"""Interoperability at scale (INT-2, INT-3): a regional directory's full
sync of a 100,000-entry directory (every snapshot page), then its
incremental sync (the changes since its cursor), and the dry run of a
10,000-row import file. Usage: sync.py BIN DATA_DIR PORT SECRET"""

import json
import subprocess
import sys
import time
import urllib.request

BIN, DATA, PORT, SECRET = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
BASE = f"http://127.0.0.1:{PORT}/api/v1/sync"


def get(path):
    req = urllib.request.Request(BASE + path, headers={"Authorization": f"Bearer {SECRET}"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def pct(times, p):
    times = sorted(times)
    return times[max(0, -(-len(times) * p // 100) - 1)]


start = time.monotonic()
entries, page, cursor = 0, "", None
while True:
    body = get(f"/entries?page={page}")
    cursor = cursor or body["cursor"]
    entries += len(body["items"])
    page = body["next_page"]
    if not page:
        break
full = time.monotonic() - start
print(f"full sync: {entries} entries in {full:.1f} s ({entries / full:,.0f} entries/s)")

times = []
for _ in range(200):
    t = time.monotonic()
    changes = get(f"/changes?cursor={cursor}")
    times.append((time.monotonic() - t) * 1000)
    cursor = changes["cursor"]
print(f"incremental sync, nothing changed: p50 {pct(times, 50):.1f} ms, p99 {pct(times, 99):.1f} ms over 200 calls")

t = time.monotonic()
teams = get("/teams?limit=100")
print(f"Global IRT page of 100 (of {teams['total']}): {(time.monotonic() - t) * 1000:.0f} ms")

# 10,000 rows: nominations for the participating States, as a regional
# directory's CSV would carry them.
states = sorted({e["state"] for e in get("/entries")["items"]})
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
