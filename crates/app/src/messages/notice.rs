//! The emails that tell a POC or an administrator that a communication
//! arrived: who sent it, how urgent, where to read it, and none of its
//! content (MSG-2).

use crate::mail::{self, Email};
use crate::{App, AppResult};
use domain::message::Tlp;
use domain::{PocFields, StateCode, UnLanguage};
use store::message::ThreadRow;

/// Tells a POC that a communication is waiting: urgency, TLP and a link,
/// never the content (MSG-3).
pub(super) async fn notify_poc(
    app: &App,
    c: &mut store::Conn,
    thread: &ThreadRow,
    from: StateCode,
    poc: &PocFields,
    key: &str,
) -> AppResult<()> {
    let lang = poc.reading_language();
    for address in &poc.emails {
        mail::queue(
            app,
            c,
            notification(app, thread, from, address.as_str(), lang, key),
        )
        .await?;
    }
    Ok(())
}

pub(super) fn notification<'a>(
    app: &App,
    thread: &ThreadRow,
    from: StateCode,
    to: &'a str,
    lang: UnLanguage,
    key: &'a str,
) -> Email<'a> {
    let tlp = Tlp::parse(&thread.tlp).map_or("", |t| t.label());
    Email {
        to,
        lang: lang.code(),
        key,
        args: vec![
            ("state", from.info().name(lang).to_string()),
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
