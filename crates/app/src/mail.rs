//! Email: messages are written to the outbox table inside the transaction
//! that causes them (NFR-4), then a worker delivers them with retry and
//! back-off, over SMTP or, in the embedded default, into an outbox folder.

use crate::{App, AppResult};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use store::Conn;
use tokio::sync::Notify;

/// Wakes the delivery worker when a message is queued.
#[derive(Clone, Default)]
pub struct Notifier(Arc<Notify>);

impl Notifier {
    pub fn wake(&self) {
        self.0.notify_one();
    }
}

/// One email, rendered in the recipient's language from the catalogue:
/// `{key}-subject` and `{key}-body`.
pub struct Email<'a> {
    pub to: &'a str,
    pub lang: &'a str,
    pub key: &'a str,
    pub args: Vec<(&'a str, String)>,
}

/// Queues an email inside the caller's transaction; returns its outbox id.
pub async fn queue(app: &App, c: &mut Conn, email: Email<'_>) -> AppResult<String> {
    let subject = app
        .i18n
        .t(email.lang, &format!("{}-subject", email.key), &email.args);
    let mut body = app
        .i18n
        .t(email.lang, &format!("{}-body", email.key), &email.args);
    body.push_str("\n\n-- \n");
    body.push_str(&app.i18n.t(
        email.lang,
        "email-footer",
        &[("url", app.config.public_url.clone())],
    ));
    let id = store::new_id();
    store::outbox::insert(c, &id, email.to, &subject, &body, app.now()).await?;
    Ok(id)
}

/// Queues one email to every active custodian, each in their own language.
pub async fn queue_to_custodians(
    app: &App,
    c: &mut Conn,
    key: &str,
    args: impl Fn(&str) -> Vec<(&'static str, String)>,
) -> AppResult<()> {
    for custodian in store::user::with_role(c, domain::Role::Custodian.code()).await? {
        let email = Email {
            to: &custodian.email,
            lang: &custodian.locale,
            key,
            args: args(&custodian.locale),
        };
        queue(app, c, email).await?;
    }
    Ok(())
}

/// Queues one email to each national administrator of a State, in their
/// language, and to its Permanent Mission: the channel that is not the
/// POC's own (PING-3, DIR-7). Addresses in `except` are left out. Returns
/// how many were queued.
pub async fn queue_to_state(
    app: &App,
    c: &mut Conn,
    state: domain::StateCode,
    except: &[&str],
    key: &str,
    args: impl Fn(&str) -> Vec<(&'static str, String)>,
) -> AppResult<usize> {
    let admins: Vec<(String, String)> = store::user::of_state(c, state.as_str())
        .await?
        .into_iter()
        .filter(|u| u.status == "active" && u.role == domain::Role::NationalAdmin.code())
        .map(|u| (u.email, u.locale))
        .collect();
    // The Mission reads the language its administrators chose, else English.
    let mission_lang = admins.first().map_or("en".to_string(), |(_, l)| l.clone());
    let mission = store::state::get(c, state.as_str())
        .await?
        .and_then(|s| s.pm_email)
        .map(|m| (m, mission_lang));
    let mut seen: Vec<String> = except.iter().map(|e| e.to_lowercase()).collect();
    let mut queued = 0;
    for (to, lang) in admins.into_iter().chain(mission) {
        if seen.contains(&to.to_lowercase()) {
            continue;
        }
        seen.push(to.to_lowercase());
        let email = Email {
            to: &to,
            lang: &lang,
            key,
            args: args(&lang),
        };
        queue(app, c, email).await?;
        queued += 1;
    }
    Ok(queued)
}

enum Transport {
    Smtp(Box<crate::relay::Relay>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

fn transport(app: &App) -> Result<Transport, String> {
    let m = &app.config.mail;
    if m.transport == "outbox" {
        std::fs::create_dir_all(&m.outbox_dir)
            .map_err(|e| format!("outbox folder {}: {e}", m.outbox_dir.display()))?;
        return Ok(Transport::Folder(AsyncFileTransport::new(&m.outbox_dir)));
    }
    Ok(Transport::Smtp(Box::new(crate::relay::Relay::new(m))))
}

fn build(app: &App, row: &store::outbox::OutboxRow) -> Result<Message, String> {
    let from: Mailbox = app
        .config
        .mail
        .from
        .parse()
        .map_err(|e| format!("mail.from: {e}"))?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let host = app
        .config
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("pocdir")
        .split(['/', ':'])
        .next()
        .unwrap_or("pocdir");
    Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        // Derived from the outbox row: a retry after a crash carries the same id.
        .message_id(Some(format!("<{}@{}>", row.id, host)))
        .header(ContentType::TEXT_PLAIN)
        .body(row.body.clone())
        .map_err(|e| e.to_string())
}

/// Messages in flight at once, each on its own kept SMTP connection. A
/// relay answers each message after a round trip or two, so parallel
/// sessions, not a faster loop, make a campaign of thousands quick. It is
/// also how many messages may go twice if the process dies at the wrong
/// instant (see `store::outbox::claim`).
pub const IN_FLIGHT: usize = 8;

async fn send(
    app: &App,
    transport: &Transport,
    row: &store::outbox::OutboxRow,
) -> Result<(), (bool, String)> {
    let msg = build(app, row).map_err(|e| (true, e))?;
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
async fn record(
    app: &App,
    row: &store::outbox::OutboxRow,
    outcome: Result<(), (bool, String)>,
) -> AppResult<()> {
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
async fn deliver_due(app: &App, transport: &Transport) -> AppResult<usize> {
    use futures_util::StreamExt;
    let mut handled = 0;
    loop {
        let mut c = app.db.begin().await?;
        let lease = app.config.mail.lease_seconds * 1000;
        let batch = store::outbox::claim(&mut c, app.now(), lease, 50).await?;
        c.commit().await?;
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
pub async fn worker(app: App) {
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
            _ = app.mail.0.notified() => {}
            _ = tokio::time::sleep(Duration::from_millis(wait as u64)) => {}
        }
    }
}

/// A message in the demo outbox folder.
pub struct OutboxFile {
    pub name: String,
    pub modified: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
}

fn read_eml(path: &std::path::Path) -> Option<OutboxFile> {
    let raw = std::fs::read(path).ok()?;
    let msg = mail_parser::MessageParser::default().parse(&raw)?;
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let modified = jiff::Timestamp::try_from(modified).ok()?.as_millisecond();
    let to = msg
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_string();
    Some(OutboxFile {
        name: path.file_name()?.to_string_lossy().to_string(),
        modified,
        to,
        subject: msg.subject().unwrap_or_default().to_string(),
        body: msg.body_text(0).map(|b| b.to_string()).unwrap_or_default(),
    })
}

/// The messages written to the outbox folder, newest first. Only in demo
/// mode with the folder transport: it stands in for everyone's mailbox.
pub fn outbox_files(app: &App) -> AppResult<Vec<OutboxFile>> {
    if !app.config.demo || app.config.mail.transport != "outbox" {
        return Err(crate::AppError::NotFound);
    }
    let Ok(dir) = std::fs::read_dir(&app.config.mail.outbox_dir) else {
        return Ok(vec![]);
    };
    let mut files: Vec<OutboxFile> = dir
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".eml"))
        .filter_map(|e| read_eml(&e.path()))
        .collect();
    files.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.name.cmp(&a.name)));
    Ok(files)
}

pub fn outbox_file(app: &App, name: &str) -> AppResult<OutboxFile> {
    let valid = name
        .strip_suffix(".eml")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if !valid || !app.config.demo || app.config.mail.transport != "outbox" {
        return Err(crate::AppError::NotFound);
    }
    read_eml(&app.config.mail.outbox_dir.join(name)).ok_or(crate::AppError::NotFound)
}
