"""The tests' SMTP server: aiosmtpd's Mailbox handler, which stores every
message in a Maildir, except that it refuses recipients at
refused.example.org with 550, as a server does for an address that does
not exist."""

from aiosmtpd.handlers import Mailbox


class Sink(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.example.org"):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"
