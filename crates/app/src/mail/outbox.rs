//! Queuing email in the outbox table, inside the transaction that causes
//! it (NFR-4).

use crate::{App, AppResult};
use store::Conn;

/// One email, rendered in the recipient's language from the catalogue:
/// `{key}-subject` and `{key}-body`.
pub struct Email<'a> {
    pub to: &'a str,
    pub lang: &'a str,
    pub key: &'a str,
    pub args: Vec<(&'a str, String)>,
}

/// Queues an email inside the caller's transaction; returns its outbox id.
pub(crate) async fn queue(app: &App, c: &mut Conn, email: Email<'_>) -> AppResult<String> {
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
pub(crate) async fn queue_to_custodians(
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
pub(crate) async fn queue_to_state(
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
