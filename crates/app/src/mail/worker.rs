//! The worker that delivers the outbox with retry and back-off, over SMTP
//! or into an outbox folder.

use crate::{App, AppResult};
use lettre::message::header::{ContentDisposition, ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub(super) enum Transport {
    Smtp(Box<super::relay::Relay>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

pub(super) fn transport(app: &App) -> Result<Transport, String> {
    let m = &app.config.mail;
    if m.transport == "outbox" {
        std::fs::create_dir_all(&m.outbox_dir)
            .map_err(|e| format!("outbox folder {}: {e}", m.outbox_dir.display()))?;
        return Ok(Transport::Folder(AsyncFileTransport::new(&m.outbox_dir)));
    }
    Ok(Transport::Smtp(Box::new(super::relay::Relay::new(m))))
}

/// The message for an outbox row, or why not and whether the recipient is
/// to blame (a permanent failure): only an address that cannot be written is
/// theirs; anything else is ours, and is tried again.
pub(super) fn build(app: &App, row: &store::outbox::OutboxRow) -> Result<Message, (bool, String)> {
    let from: Mailbox = app
        .config
        .mail
        .from
        .parse()
        .map_err(|e| (false, format!("mail.from: {e}")))?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| (true, format!("recipient: {e}")))?;
    let host = app
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("pocdir")
        .split(['/', ':'])
        .next()
        .unwrap_or("pocdir");
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        // Derived from the outbox row: a retry after a crash carries the same id.
        .message_id(Some(format!("<{}@{}>", row.id, host)));
    if let Some(armored) = &row.encrypted {
        return message
            .multipart(encrypted(armored).map_err(|e| (false, e))?)
            .map_err(|e| (false, e.to_string()));
    }
    let Some(signer) = app.mail_signer.as_deref() else {
        return message
            .header(ContentType::TEXT_PLAIN)
            .body(row.body.clone())
            .map_err(|e| (false, e.to_string()));
    };
    // PGP/MIME (RFC 3156): the signature covers the text part exactly as
    // it is sent, headers included, in quoted-printable so that no relay
    // re-encodes it.
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .header(ContentTransferEncoding::QuotedPrintable)
        .body(row.body.clone());
    // The line break before the next boundary belongs to the boundary
    // (RFC 2046), so it is not signed.
    let formatted = text.formatted();
    let signed = formatted.strip_suffix(b"\r\n").unwrap_or(&formatted);
    let signature = signer.sign(signed).map_err(|e| (false, e))?;
    let signature = SinglePart::builder()
        .header(
            ContentType::parse("application/pgp-signature; name=\"signature.asc\"")
                .map_err(|e| (false, e.to_string()))?,
        )
        .header(ContentDisposition::attachment("signature.asc"))
        .header(ContentTransferEncoding::SevenBit)
        .body(signature);
    let signed = MultiPart::signed("application/pgp-signature".into(), "pgp-sha256".into())
        .singlepart(text)
        .singlepart(signature);
    message
        .multipart(signed)
        .map_err(|e| (false, e.to_string()))
}

/// PGP/MIME encrypted (RFC 3156): a version part, then the OpenPGP message,
/// signed inside when the directory signs its email.
fn encrypted(armored: &str) -> Result<MultiPart, String> {
    let kind = |v: &str| ContentType::parse(v).map_err(|e| e.to_string());
    let version = SinglePart::builder()
        .header(kind("application/pgp-encrypted")?)
        .body(String::from("Version: 1\r\n"));
    let message = SinglePart::builder()
        .header(kind("application/octet-stream; name=\"encrypted.asc\"")?)
        .header(ContentDisposition::inline_with_name("encrypted.asc"))
        .header(ContentTransferEncoding::SevenBit)
        .body(armored.to_string());
    Ok(MultiPart::encrypted("application/pgp-encrypted".into())
        .singlepart(version)
        .singlepart(message))
}

/// Messages in flight at once, each on its own kept SMTP connection. A
/// relay answers each message after a round trip or two, so parallel
/// sessions, not a faster loop, make a campaign of thousands quick. It is
/// also how many messages may go twice if the process dies at the wrong
/// instant (see `store::outbox::claim`).
pub const IN_FLIGHT: usize = 8;

pub(super) async fn send(
    app: &App,
    transport: &Transport,
    row: &store::outbox::OutboxRow,
) -> Result<(), (bool, String)> {
    let msg = build(app, row)?;
    match transport {
        Transport::Smtp(relay) => relay.send(msg.envelope(), &msg.formatted()).await,
        Transport::Folder(t) => t
            .send(msg)
            .await
            .map(|_| ())
            .map_err(|e| (false, e.to_string())),
    }
}

/// Records the outcome of one delivery attempt, at once, so that a message
/// accepted by the relay is not sent again.
pub(super) async fn record(
    app: &App,
    row: &store::outbox::OutboxRow,
    outcome: Result<(), (bool, String)>,
) -> AppResult<()> {
    // The worker's own bookkeeping: a unit of work would wake it again.
    crate::monitor::delivered(outcome.as_ref().map(|_| ()).map_err(|(p, _)| *p));
    let mut c = app.db.begin().await?;
    match outcome {
        Ok(()) => {
            store::outbox::mark_sent(&mut c, &row.id, app.now()).await?;
            // A check message's response clock starts when the server accepts it.
            store::campaign::mark_sent(&mut c, &row.id, app.now()).await?;
        }
        Err((permanent, error)) => {
            let backoff = (5_000i64 << row.attempts.clamp(0, 10)).min(crate::clock::HOUR);
            tracing::warn!(id = %row.id, attempts = row.attempts, permanent, %error, "email not delivered");
            store::outbox::mark_failed(&mut c, &row.id, permanent, app.now() + backoff, &error)
                .await?;
            if permanent {
                // Refused for good at submission (PING-3).
                store::campaign::mark_unreachable(&mut c, &row.id, "refused").await?;
            }
        }
    }
    c.commit().await?;
    Ok(())
}

/// Delivers what is due; returns how many messages it handled.
pub(super) async fn deliver_due(app: &App, transport: &Transport) -> AppResult<usize> {
    use futures_util::StreamExt;
    let mut handled = 0;
    loop {
        let _batch = app.mail.batch().await;
        if app.mail.stopping() {
            return Ok(handled);
        }
        let mut c = app.db.begin().await?;
        let lease = app.config.mail.lease_seconds * 1000;
        let batch = store::outbox::claim(&mut c, app.now(), lease, 50).await?;
        c.commit().await?;
        #[cfg(feature = "testing")]
        if app
            .faults
            .delivery_panics
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            panic!("delivery fault injected by a test");
        }
        if batch.is_empty() {
            return Ok(handled);
        }
        let mut attempts = futures_util::stream::iter(batch)
            .map(|row| async move {
                let outcome = send(app, transport, &row).await;
                (row, outcome)
            })
            .buffer_unordered(IN_FLIGHT);
        while let Some((row, outcome)) = attempts.next().await {
            record(app, &row, outcome).await?;
            handled += 1;
        }
    }
}

/// Runs until the process ends: delivers due messages, then sleeps until the
/// next one is due, a new one is queued, or a few seconds pass.
pub(crate) async fn worker(app: App) {
    let transport = loop {
        match transport(&app) {
            Ok(t) => break t,
            Err(e) => {
                tracing::error!(error = %e, "mail transport");
                tokio::time::sleep(Duration::from_secs(30)).await;
            }
        }
    };
    loop {
        if app.mail.stopping() {
            // Stopped for good: returning would have the supervisor start it again.
            std::future::pending::<()>().await;
        }
        if let Err(e) = deliver_due(&app, &transport).await {
            tracing::error!(error = %e, "outbox worker");
        }
        let wait = match app.db.conn().await {
            Ok(mut c) => match store::outbox::next_due(&mut c).await {
                Ok(Some(at)) => (at - app.now()).clamp(50, 5_000),
                _ => 5_000,
            },
            Err(_) => 5_000,
        };
        tokio::select! {
            _ = app.mail.woken() => {}
            _ = tokio::time::sleep(Duration::from_millis(wait as u64)) => {}
        }
    }
}
