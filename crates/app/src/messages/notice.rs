//! The emails that tell a POC or an administrator that a communication
//! arrived: who sent it, how urgent, where to read it, and none of its
//! content (MSG-2).

use crate::mail::{self, Email};
use crate::{App, AppResult};
use domain::message::Tlp;
use domain::{PocFields, StateCode, UnLanguage};
use store::message::ThreadRow;

/// The code an exercise's threads carry as their sending State: exercise
/// control is no State, and no State's users are party on that side.
pub const EXERCISE_CONTROL: &str = "XX";

/// Who a thread says it is from, in the reader's language: a State, or for
/// an exercise the State control plays, or exercise control itself.
pub fn sender_name(app: &App, thread: &ThreadRow, lang: UnLanguage) -> String {
    match (&thread.exercise_id, thread.sender.as_deref()) {
        (Some(_), Some(s)) if !s.is_empty() => s.to_string(),
        (Some(_), _) => app.i18n.t(lang.code(), "exercise-control", &[]),
        (None, _) => StateCode::parse(&thread.from_state).map_or(thread.from_state.clone(), |s| {
            s.info().name(lang).to_string()
        }),
    }
}

/// Tells a POC that a communication is waiting: urgency, TLP and a link,
/// never the content (MSG-3). `from` is the State that acted, or None for
/// the thread's sender. An exercise's emails are kept to tell a bounce from
/// silence in its report (EXR-1).
pub(super) async fn notify_poc(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
    from: Option<StateCode>,
    poc: &PocFields,
    key: &str,
) -> AppResult<()> {
    let lang = poc.reading_language();
    for address in &poc.emails {
        let email = notification(app, thread, from, address.as_str(), lang, key);
        let outbox_id = mail::queue(app, c, email).await?;
        if thread.exercise_id.is_some() {
            store::exercise::insert_email(c, &thread.id, &outbox_id).await?;
        }
    }
    Ok(())
}

/// Tells a POC of a new communication or the sender's reply (MSG-3),
/// `key` naming which. Where its entry has an OpenPGP key that can be used, each email
/// carries the content, in the POC's language, encrypted to that key. A key that cannot be used (it
/// expired, was revoked…) is recorded on the thread, so that the sender
/// sees why, and the receiving State's administrators are told; the email
/// then goes without content, as every notification did before: mail never
/// stops silently.
pub(super) async fn notify_poc_of(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
    poc_id: &str,
    poc: &PocFields,
    key: &str,
    content: &(dyn Fn(UnLanguage) -> String + Sync),
) -> AppResult<()> {
    let Some(pgp_key) = &poc.pgp_key else {
        return notify_poc(app, c, thread, None, poc, key).await;
    };
    let lang = poc.reading_language();
    let text = content(lang);
    let mut problem = None;
    for address in &poc.emails {
        let email = notification(app, thread, None, address.as_str(), lang, key);
        let outbox_id = match mail::queue_encrypted(app, c, email.clone(), &text, pgp_key).await? {
            Ok(id) => id,
            Err(reason) => {
                problem = Some(reason);
                mail::queue(app, c, email).await?
            }
        };
        if thread.exercise_id.is_some() {
            store::exercise::insert_email(c, &thread.id, &outbox_id).await?;
        }
    }
    let Some(reason) = problem else {
        return Ok(());
    };
    let row = store::message::KeyProblemRow {
        poc_id: poc_id.to_string(),
        reason: reason.to_string(),
    };
    if store::message::insert_key_problem(c, &thread.id, &row, app.now()).await? {
        let to = StateCode::parse(&thread.to_state)?;
        let link = format!("{}/pocs/{poc_id}", app.config.public_url);
        mail::queue_to_state(app, c, to, &[], "email-pgp-unusable", |lang| {
            vec![
                ("entity", poc.entity.clone()),
                ("reason", app.i18n.t(lang, reason, &[])),
                ("link", link.clone()),
            ]
        })
        .await?;
    }
    Ok(())
}

pub(super) fn notification<'a>(
    app: &App,
    thread: &ThreadRow,
    from: Option<StateCode>,
    to: &'a str,
    lang: UnLanguage,
    key: &'a str,
) -> Email<'a> {
    let tlp = Tlp::parse(&thread.tlp).map_or("", |t| t.label());
    let state = match from {
        Some(s) => s.info().name(lang).to_string(),
        None => sender_name(app, thread, lang),
    };
    Email {
        exercise: thread.exercise_id.is_some(),
        to,
        lang: lang.code(),
        key,
        args: vec![
            ("state", state),
            ("tlp", tlp.to_string()),
            (
                "urgency",
                app.i18n
                    .t(lang.code(), &format!("urgency-{}", thread.urgency), &[]),
            ),
            (
                "link",
                format!("{}/messages/{}", app.config.public_url, thread.id),
            ),
        ],
    }
}
