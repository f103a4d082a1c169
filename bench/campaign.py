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
import re
import resource
import sys
import time
import urllib.parse

from common import Server, Sink, body_of, percentile

BIN, DATA = sys.argv[1], sys.argv[2]
CUSTODIAN = ("custodian@un.example.org", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
CSRF = "0123456789abcdef0123456789abcdef"


def is_check(raw):
    # Most bodies are plain ASCII; those in other scripts are encoded.
    return b"/ack/" in raw or "/ack/" in body_of(raw)


def link_of(raw):
    return re.search(r"https?://\S+/ack/[A-Za-z0-9_-]+", body_of(raw)).group(0)


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
    sink = Sink(keep=is_check)
    server = Server(BIN, DATA, sink)
    try:
        _, post, _ = server.sign_in(*CUSTODIAN)
        _, preview = post("/checks/preview", [])
        addresses = int(re.search(r"check message: ([\d,]+)", preview).group(1).replace(",", ""))

        start = time.monotonic()
        post("/checks/launch", [])
        launched = time.monotonic() - start
        while len(sink.messages) < addresses and time.monotonic() - start < 600:
            time.sleep(0.01)
        first, last = sink.times[0], sink.times[-1]
        done = last - start
        rate = addresses / (last - first) if last > first else 0
        print(f"campaign: {addresses} addresses")
        print(f"  launch (every check and message written in one transaction): {launched:.2f} s")
        print(f"  launch -> every message accepted by the SMTP server: {done:.2f} s")
        print(f"  delivery rate: {rate:.0f} messages/s ({addresses / done:.0f} messages/s including the launch)")
        print(f"  server peak RSS: {server.peak_rss_mb():.1f} MB")

        paths = [urllib.parse.urlparse(link_of(m)).path for m in sink.messages]
        start = time.monotonic()
        statuses, timings = asyncio.run(press_all(server.port, paths))
        took = time.monotonic() - start
        ok = statuses.count("200")
        print(f"acknowledgements: {len(paths)} links pressed at once")
        print(f"  recorded: {ok} (other statuses: {len(paths) - ok})")
        print(f"  total {took:.2f} s, {ok / took:.0f} acknowledgements/s")
        print(f"  latency p50 {percentile(timings, 50) * 1000:.0f} ms, p99 {percentile(timings, 99) * 1000:.0f} ms")
        print(f"  server peak RSS: {server.peak_rss_mb():.1f} MB")
    finally:
        server.stop()


main()
