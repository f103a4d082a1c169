//! A State's record of its exchanges, and the custodian's counts (MSG-5).

use super::threads::{ThreadView, inbox_page, thread};
use crate::clock::{MINUTE, stamp};
use crate::error::{authorize, refusal};
use crate::page::Paging;
use crate::{App, AppError, AppResult, audit};
use domain::message::Tlp;
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;

/// The State's full record of its exchanges (MSG-5): every thread it was
/// party to and may read, with content and timings.
pub async fn record(app: &App, actor: &Actor, lang: &str) -> AppResult<Vec<ThreadView>> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::ExportRecord, Resource::State(state))?;
    let mut out = Vec::new();
    let mut paging = Paging::first(Paging::MAX);
    loop {
        let page = inbox_page(app, actor, &paging).await?;
        // An exercise has a record of its own (EXR-1).
        for t in page.items.into_iter().filter(|t| t.exercise_id.is_none()) {
            match thread(app, actor, &t.id, lang).await {
                Ok(view) => out.push(view),
                // TLP:RED threads the reader is not named on stay out.
                Err(AppError::Forbidden) => {}
                Err(e) => return Err(e),
            }
        }
        match page.next {
            Some(n) => paging = Paging::parse(&n, Some(Paging::MAX))?,
            None => break,
        }
    }
    let mut c = app.begin().await?;
    audit::record(
        &mut c,
        actor,
        "messages.record",
        "messages",
        json!({ "threads": out.len() }),
    )
    .await?;
    c.commit().await?;
    Ok(out)
}

/// One thread as its parties read it, with the timings in minutes: in the
/// record and in the API.
#[derive(Serialize, ToSchema)]
pub struct ThreadRecord {
    pub id: String,
    pub from: String,
    pub to: String,
    pub template: String,
    pub template_version: i64,
    pub urgency: String,
    /// TLP 2.0: "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT" or "TLP:RED".
    pub tlp: String,
    #[schema(format = DateTime)]
    pub sent_at: String,
    #[schema(format = DateTime)]
    pub acknowledgement_due_at: String,
    #[schema(format = DateTime)]
    pub acknowledged_at: Option<String>,
    #[schema(format = DateTime)]
    pub responded_at: Option<String>,
    pub minutes_to_acknowledge: Option<i64>,
    pub minutes_to_respond: Option<i64>,
    pub escalations: Vec<EscalationRecord>,
    pub messages: Vec<MessageRecord>,
    /// Requests to share the thread with a third State, and their outcome.
    pub consents: Vec<ConsentRecord>,
    /// Files attached to the thread; each is read on its own.
    pub attachments: Vec<AttachmentRecord>,
}

/// A file attached to a thread: what it is, not its bytes.
#[derive(Serialize, ToSchema)]
pub struct AttachmentRecord {
    pub id: String,
    pub name: String,
    /// What its bytes were found to be: "pdf", "png", "jpeg", "zip", "gzip" or "text".
    pub kind: String,
    /// In bytes.
    pub size: i64,
    /// The State that attached it.
    pub from: String,
    #[schema(format = DateTime)]
    pub attached_at: String,
}

/// A request to pass a thread's information to a third State (MSG-4).
#[derive(Serialize, ToSchema)]
pub struct ConsentRecord {
    pub id: String,
    pub third_state: String,
    /// What may be passed on, in the asking State's words.
    pub scope: String,
    #[schema(format = DateTime)]
    pub requested_at: String,
    /// "granted" or "refused"; null while the originator has not decided.
    pub decision: Option<String>,
    #[schema(format = DateTime)]
    pub decided_at: Option<String>,
    /// The thread that carried the information to the third State.
    pub forwarded_thread: Option<String>,
}

/// One step of a thread's escalation: when, and to how many addresses.
#[derive(Serialize, ToSchema)]
pub struct EscalationRecord {
    pub step: i64,
    #[schema(format = DateTime)]
    pub at: String,
    pub recipients: i64,
}

/// One message of a thread: the template's fields in the reader's
/// language, or the text of a reply.
#[derive(Serialize, ToSchema)]
pub struct MessageRecord {
    pub from: String,
    #[schema(format = DateTime)]
    pub at: String,
    pub fields: Vec<FieldValue>,
    pub text: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FieldValue {
    pub label: String,
    pub value: String,
}

/// The record, thread by thread.
pub fn record_json(views: &[ThreadView]) -> Vec<ThreadRecord> {
    views.iter().map(thread_record).collect()
}

pub fn thread_record(v: &ThreadView) -> ThreadRecord {
    let minutes = |at: Option<i64>, from: i64| at.map(|a| (a - from) / MINUTE);
    let t = &v.thread;
    ThreadRecord {
        id: t.id.clone(),
        from: t.from_state.clone(),
        to: t.to_state.clone(),
        template: t.template_key.clone(),
        template_version: t.template_version,
        urgency: t.urgency.clone(),
        tlp: Tlp::parse(&t.tlp).map_or("", |x| x.label()).to_string(),
        sent_at: stamp(t.created_at),
        acknowledgement_due_at: stamp(t.ack_due_at),
        acknowledged_at: t.acknowledged_at.map(stamp),
        responded_at: t.responded_at.map(stamp),
        minutes_to_acknowledge: minutes(t.acknowledged_at, t.created_at),
        minutes_to_respond: minutes(t.responded_at, t.created_at),
        escalations: v
            .escalations
            .iter()
            .map(|e| EscalationRecord {
                step: e.step,
                at: stamp(e.at),
                recipients: e.recipients,
            })
            .collect(),
        messages: v
            .messages
            .iter()
            .map(|m| MessageRecord {
                from: m.from_state.clone(),
                at: stamp(m.created_at),
                fields: m
                    .fields
                    .iter()
                    .map(|(label, value)| FieldValue {
                        label: label.clone(),
                        value: value.clone(),
                    })
                    .collect(),
                text: m.text.clone(),
            })
            .collect(),
        consents: v
            .consents
            .iter()
            .map(|c| ConsentRecord {
                id: c.id.clone(),
                third_state: c.third_state.clone(),
                scope: c.scope.clone(),
                requested_at: stamp(c.requested_at),
                decision: c.decision.clone(),
                decided_at: c.decided_at.map(stamp),
                forwarded_thread: c.forwarded_thread_id.clone(),
            })
            .collect(),
        attachments: v
            .attachments
            .iter()
            .map(|a| AttachmentRecord {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind.clone(),
                size: a.size,
                from: a.from_state.clone(),
                attached_at: stamp(a.created_at),
            })
            .collect(),
    }
}

/// Usage statistics for the custodian (USE-1): counts by kind, urgency,
/// month and region of the sending State. Nothing else about a thread.
pub struct Usage {
    pub total: usize,
    pub by_template: Vec<(String, usize)>,
    pub by_urgency: Vec<(String, usize)>,
    pub by_month: Vec<(String, usize)>,
    pub by_region: Vec<(String, usize)>,
}

pub async fn usage(app: &App, actor: &Actor) -> AppResult<Usage> {
    authorize(actor, Action::ViewUsage, Resource::None)?;
    let mut c = app.db.conn().await?;
    let rows = store::message::all_meta(&mut c).await?;
    let count = |key: &dyn Fn(&store::message::ThreadMeta) -> String| {
        let mut m = std::collections::BTreeMap::<String, usize>::new();
        for r in &rows {
            *m.entry(key(r)).or_default() += 1;
        }
        m.into_iter().collect::<Vec<_>>()
    };
    Ok(Usage {
        total: rows.len(),
        by_template: count(&|r| r.template_key.clone()),
        by_urgency: count(&|r| r.urgency.clone()),
        by_month: count(&|r| stamp(r.created_at).chars().take(7).collect()),
        by_region: count(&|r| {
            StateCode::parse(&r.from_state)
                .ok()
                .and_then(|s| s.info().region)
                .map_or(String::new(), |r| r.code().to_string())
        }),
    })
}
