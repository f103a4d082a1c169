#!/usr/bin/python3
"""Benchmark of a communication check (issue "Communication checks").

1. A campaign over every published POC of a scaled demo database, delivered
   to a local SMTP server (aiosmtpd, in this process): the time from the
   custodian's "launch" until every message is accepted, messages per
   second, and the server's peak RSS.
2. Every acknowledgement link from those messages pressed at once: total
   time, acknowledgements per second, latency percentiles.

Usage: campaign.py POCDIR_BINARY DATA_DIR   (run by bench/run.sh)
"""

import asyncio
import email
import email.policy
import http.cookiejar
import os
import re
import resource
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller

BIN, DATA = sys.argv[1], sys.argv[2]
CUSTODIAN = ("custodian@un.example.org", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
PASSWORD = "geneva demo passphrase 2026"
CSRF = "0123456789abcdef0123456789abcdef"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    return s.getsockname()[1]


class Sink:
    """Accepts every message and keeps the check messages; links are read afterwards."""

    def __init__(self):
        self.messages = []
        self.first = self.last = None
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        now = time.monotonic()
        raw = envelope.content
        # Most bodies are plain ASCII; those in other scripts are encoded.
        if b"/ack/" not in raw and "/ack/" not in body_of(raw):
            return "250 OK"  # not a check message (the demo's other email)
        with self.lock:
            self.messages.append(envelope.content)
            self.first = self.first or now
            self.last = now
        return "250 OK"


def body_of(raw):
    return email.message_from_bytes(raw, policy=email.policy.default).get_body().get_content()


def link_of(raw):
    return re.search(r"https?://\S+/ack/[A-Za-z0-9_-]+", body_of(raw)).group(0)


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(sorted_values, p):
    return sorted_values[max(0, -(-p * len(sorted_values) // 100) - 1)]


async def ack(port, path, timings):
    body = f"csrf={CSRF}"
    start = time.monotonic()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: pocdir-csrf={CSRF}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n{body}"
        ).encode()
    )
    status = (await reader.readline()).split()[1].decode()
    await reader.read()
    writer.close()
    timings.append(time.monotonic() - start)
    return status


async def press_all(port, paths):
    timings = []
    statuses = await asyncio.gather(*(ack(port, p, timings) for p in paths))
    return statuses, sorted(timings)


def main():
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    sink = Sink()
    smtp_port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ,
        POCDIR_DATABASE_URL=f"sqlite:{DATA}/pocdir.db",
        POCDIR_LISTEN=f"127.0.0.1:{port}",
        POCDIR_PUBLIC_URL=base,
        POCDIR_MAIL__TRANSPORT="smtp",
        POCDIR_MAIL__SMTP_HOST="127.0.0.1",
        POCDIR_MAIL__SMTP_PORT=str(smtp_port),
        POCDIR_MAIL__SMTP_SECURITY="none",
        POCDIR_CHECKS__SCHEDULE_MONTHS="[]",
        POCDIR_MESSAGES__KEY=open(f"{DATA}/messages.key").read().strip(),
        POCDIR_LOG="warn",
    )
    server = subprocess.Popen([BIN, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        jar = http.cookiejar.CookieJar()
        web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        web.open(base + "/login").read()
        csrf = next(c.value for c in jar if c.name == "pocdir-csrf")

        def post(path, **fields):
            return web.open(base + path, urllib.parse.urlencode(dict(csrf=csrf, **fields)).encode()).read().decode()

        post("/login", email=CUSTODIAN[0], password=PASSWORD)
        code = subprocess.check_output([BIN, "totp", CUSTODIAN[1]]).decode().strip()
        post("/login/code", code=code)
        preview = post("/checks/preview")
        addresses = int(re.search(r"check message: ([\d,]+)", preview).group(1).replace(",", ""))

        start = time.monotonic()
        post("/checks/launch")
        launched = time.monotonic() - start
        while len(sink.messages) < addresses and time.monotonic() - start < 600:
            time.sleep(0.01)
        done = sink.last - start
        rate = addresses / (sink.last - sink.first) if sink.last > sink.first else 0
        print(f"campaign: {addresses} addresses")
        print(f"  launch (every check and message written in one transaction): {launched:.2f} s")
        print(f"  launch -> every message accepted by the SMTP server: {done:.2f} s")
        print(f"  delivery rate: {rate:.0f} messages/s ({addresses / done:.0f} messages/s including the launch)")
        print(f"  server peak RSS: {peak_rss_mb(server.pid):.1f} MB")

        paths = [urllib.parse.urlparse(link_of(m)).path for m in sink.messages]
        start = time.monotonic()
        statuses, timings = asyncio.run(press_all(port, paths))
        took = time.monotonic() - start
        ok = statuses.count("200")
        print(f"acknowledgements: {len(paths)} links pressed at once")
        print(f"  recorded: {ok} (other statuses: {len(paths) - ok})")
        print(f"  total {took:.2f} s, {ok / took:.0f} acknowledgements/s")
        print(f"  latency p50 {percentile(timings, 50) * 1000:.0f} ms, p99 {percentile(timings, 99) * 1000:.0f} ms")
        print(f"  server peak RSS: {peak_rss_mb(server.pid):.1f} MB")
    finally:
        server.terminate()
        server.wait()
        controller.stop()


main()
