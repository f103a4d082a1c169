//! Queuing email in the outbox table, inside the transaction that causes
//! it (NFR-4).

use crate::{App, AppResult};
use store::Conn;

/// One email, rendered in the recipient's language from the catalogue:
/// `{key}-subject` and `{key}-body`.
#[derive(Clone)]
pub struct Email<'a> {
    /// An exercise's email says so in its subject, first and last line, so
    /// that no one takes it for a real incident (EXR-1).
    pub exercise: bool,
    pub to: &'a str,
    pub lang: &'a str,
    pub key: &'a str,
    pub args: Vec<(&'a str, String)>,
}

/// Queues an email inside the caller's transaction; returns its outbox id.
pub(crate) async fn queue(app: &App, c: &mut Conn, email: Email<'_>) -> AppResult<String> {
    let (subject, body) = render(app, &email);
    let letter = store::outbox::Letter {
        recipient: email.to,
        subject: &subject,
        body: &body,
        encrypted: None,
    };
    let id = store::new_id();
    store::outbox::insert(c, &id, &letter, app.now()).await?;
    Ok(id)
}

/// Queues an email that carries `content` encrypted to the recipient's
/// OpenPGP key (MSG-3): the whole text, content included, inside the
/// OpenPGP message; in clear only the subject and a line saying the email
/// is encrypted. The reason, as a catalogue key, when the key cannot be
/// used: then nothing is queued.
pub(crate) async fn queue_encrypted(
    app: &App,
    c: &mut Conn,
    email: Email<'_>,
    content: &str,
    key: &str,
) -> AppResult<Result<String, &'static str>> {
    let (subject, _) = render(app, &email);
    // The body that says the content follows, not that it is left out.
    let with_content = format!("{}-encrypted", email.key);
    let (_, body) = render(
        app,
        &Email {
            key: &with_content,
            ..email.clone()
        },
    );
    // A MIME entity, as RFC 3156 has the encrypted part hold.
    let inner = format!(
        "Content-Type: text/plain; charset=utf-8\r\n\r\n{}",
        format!("{body}\n\n{content}").replace('\n', "\r\n")
    );
    let armored =
        match crate::openpgp::encrypt(key, inner.as_bytes(), app.now(), app.mail_signer.as_deref())
        {
            Ok(a) => a,
            Err(reason) => return Ok(Err(reason)),
        };
    let clear = app.i18n.t(email.lang, "email-encrypted-body", &[]);
    let letter = store::outbox::Letter {
        recipient: email.to,
        subject: &subject,
        body: &clear,
        encrypted: Some(&armored),
    };
    let id = store::new_id();
    store::outbox::insert(c, &id, &letter, app.now()).await?;
    Ok(Ok(id))
}

/// The subject and body as the recipient reads them.
pub(crate) fn render(app: &App, email: &Email<'_>) -> (String, String) {
    let subject = app
        .i18n
        .t(email.lang, &format!("{}-subject", email.key), &email.args);
    let body = app
        .i18n
        .t(email.lang, &format!("{}-body", email.key), &email.args);
    let (subject, mut body) = if email.exercise {
        let mark = app.i18n.t(email.lang, "exercise-mark", &[]);
        let line = app.i18n.t(email.lang, "email-exercise-line", &[]);
        (
            format!("[{mark}] {subject}"),
            format!("{line}\n\n{body}\n\n{line}"),
        )
    } else {
        (subject, body)
    };
    body.push_str("\n\n-- \n");
    let url = app.config.public_url.clone();
    body.push_str(
        &app.i18n
            .t(email.lang, "email-footer", &[("url", url.clone())]),
    );
    // How to tell this email from an imitation.
    if let Some((fingerprint, _)) = app.mail_key() {
        let args = [("fingerprint", spaced(fingerprint)), ("url", url)];
        body.push_str("\n\n");
        body.push_str(&app.i18n.t(email.lang, "email-signed-footer", &args));
    }
    (subject, body)
}

/// A fingerprint in groups of four, as OpenPGP tools print it.
pub fn spaced(fingerprint: &str) -> String {
    fingerprint
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Queues one email to every active custodian, each in their own language.
pub(crate) async fn queue_to_custodians(
    app: &App,
    c: &mut Conn,
    key: &str,
    args: impl Fn(&str) -> Vec<(&'static str, String)>,
) -> AppResult<()> {
    for custodian in store::user::with_role(c, domain::Role::Custodian.code()).await? {
        let email = Email {
            exercise: false,
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
pub(crate) async fn queue_to_state(
    app: &App,
    c: &mut Conn,
    state: domain::StateCode,
    except: &[&str],
    key: &str,
    args: impl Fn(&str) -> Vec<(&'static str, String)>,
) -> AppResult<usize> {
    let to = state_addresses(c, state, except).await?;
    for (to, lang) in &to {
        let email = Email {
            exercise: false,
            to,
            lang,
            key,
            args: args(lang),
        };
        queue(app, c, email).await?;
    }
    Ok(to.len())
}

/// A State's active national administrators and its Permanent Mission, each
/// once, with the language to write in; addresses in `except` left out.
pub(crate) async fn state_addresses(
    c: &mut Conn,
    state: domain::StateCode,
    except: &[&str],
) -> AppResult<Vec<(String, String)>> {
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
    let mut out = Vec::new();
    for (to, lang) in admins.into_iter().chain(mission) {
        if !seen.contains(&to.to_lowercase()) {
            seen.push(to.to_lowercase());
            out.push((to, lang));
        }
    }
    Ok(out)
}
