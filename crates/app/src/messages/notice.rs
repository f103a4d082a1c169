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
