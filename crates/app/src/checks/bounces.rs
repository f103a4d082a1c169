//! Bounce reports (PING-3): delivery status notifications (RFC 3464) that
//! the mail system delivers into a Maildir. The returned message's
//! Message-ID names the outbox row, hence the check; a failed delivery
//! marks that address unreachable. A report is moved to `cur/` only after
//! the mark is committed, so a crash reads it again, harmlessly.

use crate::{App, AppResult, audit};
use domain::Actor;
use mail_parser::{MessageParser, MessagePart, MimeHeaders};
use serde_json::json;
use std::path::Path;

fn is(part: &MessagePart<'_>, ctype: &str, subtype: &str) -> bool {
    part.content_type().is_some_and(|c| {
        c.ctype().eq_ignore_ascii_case(ctype)
            && c.subtype().is_some_and(|s| s.eq_ignore_ascii_case(subtype))
    })
}

/// The outbox id of the message a report says failed for good; None for
/// anything else (a delay notice, an out-of-office reply, spam).
pub(crate) fn failed_outbox_id(raw: &[u8]) -> Option<String> {
    let report = MessageParser::default().parse(raw)?;
    let status = report
        .parts
        .iter()
        .find(|p| is(p, "message", "delivery-status"))?
        .text_contents()?;
    let failed = status.lines().any(|line| {
        line.split_once(':').is_some_and(|(k, v)| {
            k.trim().eq_ignore_ascii_case("action") && v.trim().eq_ignore_ascii_case("failed")
        })
    });
    if !failed {
        return None;
    }
    // The report returns either the whole message or only its headers.
    let message_id = report.parts.iter().find_map(|p| {
        if let Some(original) = p.message() {
            return original.message_id().map(str::to_string);
        }
        if is(p, "text", "rfc822-headers") {
            return MessageParser::default()
                .parse_headers(p.contents())?
                .message_id()
                .map(str::to_string);
        }
        None
    })?;
    let id = message_id.split('@').next()?;
    uuid::Uuid::parse_str(id).ok().map(|u| u.to_string())
}

/// Reads new reports; returns how many marked an address unreachable.
pub(crate) async fn read(app: &App) -> AppResult<usize> {
    let maildir = &app.config.mail.bounce_maildir;
    if maildir.as_os_str().is_empty() {
        return Ok(0);
    }
    let Ok(entries) = std::fs::read_dir(maildir.join("new")) else {
        return Ok(0);
    };
    let mut marked = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(raw) = std::fs::read(&path) else {
            continue;
        };
        if let Some(outbox_id) = failed_outbox_id(&raw) {
            let mut c = app.begin().await?;
            store::outbox::mark_bounced(&mut c, &outbox_id).await?;
            let n = store::campaign::mark_unreachable(&mut c, &outbox_id, "bounced").await?;
            if n > 0 {
                audit::record(
                    &mut c,
                    &Actor::System,
                    "check.bounced",
                    &format!("outbox:{outbox_id}"),
                    json!({ "checks": n }),
                )
                .await?;
                marked += 1;
            }
            c.commit().await?;
        }
        seen(maildir, &path);
    }
    Ok(marked)
}

/// Moves a message to `cur/` with the Seen flag, as a mail client would.
fn seen(maildir: &Path, path: &Path) {
    if let Some(name) = path.file_name() {
        let target = maildir
            .join("cur")
            .join(format!("{}:2,S", name.to_string_lossy()));
        if let Err(e) = std::fs::create_dir_all(maildir.join("cur"))
            .and_then(|()| std::fs::rename(path, &target))
        {
            tracing::warn!(path = %path.display(), error = %e, "bounce report not moved");
        }
    }
}

#[cfg(test)]
mod properties {
    proptest::proptest! {
        /// Whatever lands in the bounce folder, the reader does not panic,
        /// and it names only an outbox id (a UUID).
        #[test]
        fn ping3_any_report_is_read_safely(raw in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000)) {
            if let Some(id) = super::failed_outbox_id(&raw) {
                proptest::prop_assert!(uuid::Uuid::parse_str(&id).is_ok());
            }
        }

        #[test]
        fn ping3_reports_with_arbitrary_headers(status in "[ -~\r\n]{0,200}", id in "[ -~]{0,80}") {
            let raw = format!(
                "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n{status}\r\n--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <{id}>\r\n--b--\r\n"
            );
            if let Some(id) = super::failed_outbox_id(raw.as_bytes()) {
                proptest::prop_assert!(uuid::Uuid::parse_str(&id).is_ok());
            }
        }
    }
}
