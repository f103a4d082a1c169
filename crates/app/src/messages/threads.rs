//! The inbox, a thread as its parties read it, acknowledgement and replies
//! (MSG-2, MSG-3).

use super::attachments::{ShownAttachment, shown_attachments};
use super::consent::{ShownConsent, shown_consents};
use super::notice::{notification, notify_poc_of};
use super::parties::{own_state, party_thread};
use super::sealed::{Content, opened, sealed_row};
use super::templates::{labelled, template_of};
use crate::directory::entry_of;
use crate::mail::{self};
use crate::page::{Page, Paging};
use crate::{App, AppError, AppResult, audit};
use domain::message::Template;
use domain::{Actor, UnLanguage};
use serde_json::json;

/// When the newest thread of the user's State was started, for the live inbox.
pub async fn latest(app: &App, actor: &Actor) -> AppResult<Option<i64>> {
    Ok(inbox(app, actor).await?.first().map(|t| t.created_at))
}

/// The latest threads the user's State is party to, newest first.
pub async fn inbox(app: &App, actor: &Actor) -> AppResult<Vec<super::views::Thread>> {
    Ok(inbox_page(app, actor, &Paging::first(200)).await?.items)
}

/// A page of the State's threads, newest first.
pub async fn inbox_page(
    app: &App,
    actor: &Actor,
    paging: &Paging,
) -> AppResult<Page<super::views::Thread>> {
    let state = own_state(actor)?;
    let mut c = app.db.conn().await?;
    let rows = store::message::threads_of(
        &mut c,
        state.as_str(),
        paging.after_newest(),
        paging.fetch(),
    )
    .await?;
    Ok(paging.page(rows, |r| (r.created_at, &r.id)).map(Into::into))
}

pub struct ShownMessage {
    pub from_state: String,
    pub created_at: i64,
    /// (label, value) in the reader's language.
    pub fields: Vec<(String, String)>,
    pub text: Option<String>,
}

pub struct ThreadView {
    pub thread: super::views::Thread,
    pub template: Template,
    pub messages: Vec<ShownMessage>,
    pub recipients: Vec<String>,
    pub escalations: Vec<super::views::Escalation>,
    pub consents: Vec<ShownConsent>,
    pub attachments: Vec<ShownAttachment>,
    /// The reader's State received it (and so acknowledges it).
    pub received: bool,
    /// Entries whose email went without content, and why: a catalogue
    /// key (MSG-3).
    pub key_problems: Vec<(String, String)>,
}

pub async fn thread(app: &App, actor: &Actor, id: &str, lang: &str) -> AppResult<ThreadView> {
    let (thread, state) = party_thread(app, actor, id).await?;
    let mut c = app.db.conn().await?;
    let template = template_of(&mut c, &thread).await?;
    let mut messages = Vec::new();
    for m in store::message::messages_of(&mut c, &thread.id).await? {
        let content = opened(app, &m)?;
        let fields = labelled(&template, content.fields, lang);
        messages.push(ShownMessage {
            from_state: m.from_state,
            created_at: m.created_at,
            fields,
            text: content.text,
        });
    }
    let recipients = store::message::recipients(&mut c, &thread.id).await?;
    let escalations = store::message::escalations_of(&mut c, &thread.id).await?;
    let consents = shown_consents(app, &mut c, &thread.id).await?;
    let attachments = shown_attachments(app, &mut c, &thread.id).await?;
    let mut key_problems = Vec::new();
    for p in store::message::key_problems_of(&mut c, &thread.id).await? {
        let entity = match store::poc::get(&mut c, &p.poc_id).await? {
            Some(row) => entry_of(app, &row)?.map(|e| e.fields.entity),
            None => None,
        };
        key_problems.push((entity.unwrap_or_default(), p.reason));
    }
    Ok(ThreadView {
        key_problems,
        attachments,
        escalations: escalations.into_iter().map(Into::into).collect(),
        consents,
        received: thread.to_state == state.as_str(),
        thread: thread.into(),
        template,
        messages,
        recipients,
    })
}

/// The receiving State acknowledges receipt in one action (MSG-3).
pub async fn acknowledge(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    if thread.to_state != state.as_str() {
        return Err(AppError::Conflict("err-message-ack-own"));
    }
    let mut c = app.begin().await?;
    if !store::message::acknowledge(
        &mut c,
        &thread.id,
        actor.user_id().unwrap_or_default(),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-message-ack-done"));
    }
    audit::record(
        &mut c,
        actor,
        "message.acknowledged",
        &format!("thread:{}", thread.id),
        json!({}),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// A reply in the thread, from either State (MSG-3).
pub async fn reply(app: &App, actor: &Actor, id: &str, text: &str) -> AppResult<()> {
    let (thread, state) = party_thread(app, actor, id).await?;
    let text = domain::fields::text("text", text, 20_000)?
        .ok_or_else(|| AppError::field("text", "err-required"))?;
    let author = actor.user_id().unwrap_or_default();
    let mut c = app.begin().await?;
    let (message, content_digest) = sealed_row(
        app,
        &thread,
        state.as_str(),
        author,
        &Content {
            fields: vec![],
            text: Some(text.clone()),
        },
    )?;
    store::message::insert_message(&mut c, &message).await?;
    if thread.to_state == state.as_str() {
        store::message::mark_responded(&mut c, &thread.id, app.now()).await?;
        // The sender hears of the answer by email, without its content.
        if let Some(sender) = store::user::get(&mut c, &thread.created_by).await? {
            let lang = UnLanguage::parse(&sender.locale).unwrap_or(UnLanguage::En);
            mail::queue(
                app,
                &mut c,
                notification(
                    app,
                    &thread,
                    Some(state),
                    &sender.email,
                    lang,
                    "email-message-reply",
                ),
            )
            .await?;
        }
    } else {
        // The addressed POCs hear of it as of the communication: the reply
        // itself encrypted to a usable key, else no content.
        let words = |_: UnLanguage| text.clone();
        for poc_id in store::message::recipients(&mut c, &thread.id).await? {
            if let Some(entry) = store::poc::get(&mut c, &poc_id)
                .await?
                .and_then(|r| entry_of(app, &r).ok().flatten())
            {
                notify_poc_of(
                    app,
                    &mut c,
                    &thread,
                    &poc_id,
                    &entry.fields,
                    "email-message-reply",
                    &words,
                )
                .await?;
            }
        }
    }
    audit::record(
        &mut c,
        actor,
        "message.replied",
        &format!("thread:{}", thread.id),
        json!({ "digest": content_digest }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}
