"""What the Python benchmarks share: a local SMTP server, starting pocdir on
a demo data folder, signing in a demo account, and the figures."""

import email
import email.policy
import http.cookiejar
import os
import re
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller

PASSWORD = "geneva demo passphrase 2026"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    return s.getsockname()[1]


class Sink:
    """Accepts every message; `keep` decides which are kept, with their time."""

    def __init__(self, keep=lambda raw: True):
        self.keep = keep
        self.messages = []
        self.times = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        now = time.monotonic()
        if self.keep(envelope.content):
            with self.lock:
                self.messages.append(envelope.content)
                self.times.append(now)
        return "250 OK"


class Server:
    """pocdir serving a demo data folder, its email going to a Sink."""

    def __init__(self, binary, data, sink, **env):
        self.binary = binary
        self.smtp = Controller(sink, hostname="127.0.0.1", port=free_port())
        self.smtp.start()
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(
            os.environ,
            POCDIR_DATABASE_URL=f"sqlite:{data}/pocdir.db",
            POCDIR_LISTEN=f"127.0.0.1:{self.port}",
            POCDIR_PUBLIC_URL=self.base,
            POCDIR_MAIL__TRANSPORT="smtp",
            POCDIR_MAIL__SMTP_HOST="127.0.0.1",
            POCDIR_MAIL__SMTP_PORT=str(self.smtp.port),
            POCDIR_MAIL__SMTP_SECURITY="none",
            POCDIR_CHECKS__SCHEDULE_MONTHS="[]",
            POCDIR_MESSAGES__KEY=open(f"{data}/messages.key").read().strip(),
            POCDIR_LOG="warn",
            **env,
        )
        self.process = subprocess.Popen(
            [binary, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for _ in range(600):
            try:
                urllib.request.urlopen(self.base + "/healthz")
                return
            except OSError:
                time.sleep(0.1)

    def sign_in(self, email, secret):
        """A demo account's browser: an opener with its cookies, and a POST helper."""
        jar = http.cookiejar.CookieJar()
        web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        web.open(self.base + "/login").read()
        csrf = next(c.value for c in jar if c.name == "pocdir-csrf")

        def post(path, fields):
            data = urllib.parse.urlencode([("csrf", csrf)] + list(fields)).encode()
            with web.open(self.base + path, data) as r:
                return r.geturl(), r.read().decode()

        post("/login", [("email", email), ("password", PASSWORD)])
        code = subprocess.check_output([self.binary, "totp", secret]).decode().strip()
        post("/login/code", [("code", code)])
        session = next(f"{c.name}={c.value}" for c in jar if c.name == "pocdir")
        return web, post, session

    def api_token(self, account, scopes):
        """A personal API token of a demo account, made on its account page."""
        _, post, _ = self.sign_in(*account)
        _, page = post("/account/tokens", [("name", "bench")] + [("scopes", s) for s in scopes])
        return re.search(r"pocdir_[A-Za-z0-9_-]+", page).group(0)

    def peak_rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.smtp.stop()


def body_of(raw):
    """The text of a message, decoded (bodies in other scripts are base64)."""
    return email.message_from_bytes(raw, policy=email.policy.default).get_body().get_content()


def percentile(sorted_values, p):
    """Nearest rank."""
    return sorted_values[max(0, -(-p * len(sorted_values) // 100) - 1)]
