#!/usr/bin/python3
"""Benchmark of the crisis path (issue "Confidential communications").

France's administrator sends urgent TLP:AMBER incident notifications to
Russia's POCs, one after another, while wrk loads the State page (the
directory benchmark) on the same server. For each it measures the time
from "send" until the notification is accepted by the local SMTP server,
and until the communication shows in Russia's inbox.

Usage: crisis.py POCDIR_BINARY DATA_DIR   (run by bench/run.sh)
"""

import signal
import subprocess
import sys
import time

from common import Server, Sink, body_of, percentile

BIN, DATA = sys.argv[1], sys.argv[2]
SENDS = 200
SENDER = ("admin@fr.example.org", "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")
RECEIVER = ("admin@ru.example.org", "ONSWG4TFOQQGC3TEEBZWK5DUNF3GK4TT")
LOADER = ("member@br.example.org", "MRXWOIDBNZSCAYLMNRXWKIDQN5XGK4ZA")


def main():
    sink = Sink()
    server = Server(BIN, DATA, sink)
    try:
        _, send, _ = server.sign_in(*SENDER)
        inbox, _, _ = server.sign_in(*RECEIVER)
        _, _, cookie = server.sign_in(*LOADER)
        load = subprocess.Popen(
            ["wrk", "-t1", "-c16", "-d600s", "--latency", "-H", f"Cookie: {cookie}", f"{server.base}/states/FR"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(2)
        to_mail, to_inbox, failures = [], [], 0
        for i in range(SENDS):
            seen = len(sink.messages)
            start = time.monotonic()
            url, _ = send(
                "/messages",
                [
                    ("to", "RU"), ("template", "incident"), ("version", "1"), ("urgency", "urgent"),
                    ("tlp", "amber"), ("poc_type", "technical"), ("poc_type", "diplomatic"),
                    ("f_nature", f"Crisis benchmark {i}"),
                ],
            )
            if "/messages/" not in url:
                failures += 1
                continue
            thread = url.split("/messages/")[-1].split("?")[0]
            shown = None
            mailed = None
            while time.monotonic() - start < 10 and (shown is None or mailed is None):
                if mailed is None:
                    with sink.lock:
                        new = list(zip(sink.messages[seen:], sink.times[seen:]))
                    hit = [t for raw, t in new if thread in body_of(raw)]
                    if hit:
                        mailed = hit[0] - start
                if shown is None and thread in inbox.open(f"{server.base}/messages").read().decode():
                    shown = time.monotonic() - start
                if shown is None or mailed is None:
                    time.sleep(0.002)
            if shown is None or mailed is None:
                failures += 1
                continue
            to_mail.append(mailed)
            to_inbox.append(shown)
        # wrk prints its summary when interrupted.
        load.send_signal(signal.SIGINT)
        report = load.communicate()[0].decode()
        rps = next((l.split()[1] for l in report.splitlines() if l.startswith("Requests/sec")), "?")
        to_mail.sort()
        to_inbox.sort()
        ms = lambda v: f"{v * 1000:.0f} ms"
        print(f"crisis path: {len(to_mail)} urgent notifications (failures: {failures}), under wrk load on /states/FR ({rps} req/s)")
        print(f"  send -> notification accepted by SMTP: median {ms(percentile(to_mail, 50))}, p99 {ms(percentile(to_mail, 99))}")
        print(f"  send -> shown in the receiving State's inbox: median {ms(percentile(to_inbox, 50))}, p99 {ms(percentile(to_inbox, 99))}")
        print(f"  server peak RSS: {server.peak_rss_mb():.1f} MB")
    finally:
        server.stop()


main()
