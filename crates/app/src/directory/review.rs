//! The custodian's review of changes: pending lists, verification and
//! rejection, a State's desk and the custodian's dashboard (DIR-5, DIR-6).

use super::entry::{confirm_period, fields_of};
use super::page::{FieldChangeView, VersionView, version_view};
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::page::{Page, Paging};
use crate::{App, AppError, AppResult, audit};
use domain::fields::{required_line, required_text};
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, PocFields, PocType, Role, StateCode};
use serde_json::json;
use std::collections::HashMap;

/// A pending change, and the entry it is about.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ChangeSummary {
    pub version: VersionView,
    pub poc_id: String,
    pub state: StateCode,
    pub entity: String,
    pub poc_type: PocType,
}

/// Pending changes: all of them for the custodian, one State's otherwise.
pub async fn pending_changes(
    app: &App,
    actor: &Actor,
    state: Option<StateCode>,
    paging: &Paging,
) -> AppResult<Page<ChangeSummary>> {
    let resource = state.map(Resource::State).unwrap_or(Resource::None);
    authorize(actor, Action::ViewChanges, resource)?;
    let mut c = app.db.conn().await?;
    let state = state.as_ref().map(StateCode::as_str);
    let rows = store::poc::pending(&mut c, state, paging.after_oldest(), paging.fetch()).await?;
    let page = paging.page(rows, |v| (v.submitted_at, &v.id));
    let mut cache = HashMap::new();
    let mut items = Vec::new();
    for v in &page.items {
        items.push(summary(app, &mut c, &mut cache, v).await?);
    }
    Ok(Page {
        items,
        next: page.next,
    })
}

async fn summary(
    app: &App,
    c: &mut store::Conn,
    cache: &mut HashMap<String, String>,
    v: &store::poc::VersionRow,
) -> AppResult<ChangeSummary> {
    let fields = fields_of(v)?;
    Ok(ChangeSummary {
        version: version_view(app, c, cache, v).await?,
        poc_id: v.poc_id.clone(),
        state: StateCode::parse(&v.state_code)?,
        entity: fields.entity,
        poc_type: fields.poc_type,
    })
}

/// A pending change in full, and what it would change.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ChangeDetail {
    pub summary: ChangeSummary,
    pub fields: PocFields,
    /// The difference from what is published now.
    pub diff: Vec<FieldChangeView>,
}

pub async fn change(app: &App, actor: &Actor, version_id: &str) -> AppResult<ChangeDetail> {
    let mut c = app.db.conn().await?;
    let v = store::poc::version(&mut c, version_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = StateCode::parse(&v.state_code)?;
    authorize(actor, Action::ViewChanges, Resource::State(state))?;
    let poc = store::poc::get(&mut c, &v.poc_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let fields = fields_of(&v)?;
    let published: Option<PocFields> = poc
        .published_fields
        .as_deref()
        .and_then(|j| serde_json::from_str(j).ok());
    let diff = match v.kind.as_str() {
        "withdraw" => vec![],
        _ => fields
            .diff(published.as_ref())
            .into_iter()
            .map(Into::into)
            .collect(),
    };
    let mut cache = HashMap::new();
    let version = version_view(app, &mut c, &mut cache, &v).await?;
    Ok(ChangeDetail {
        summary: ChangeSummary {
            version,
            poc_id: v.poc_id,
            state,
            entity: fields.entity.clone(),
            poc_type: fields.poc_type,
        },
        fields,
        diff,
    })
}

pub const CHANNELS: [&str; 5] = [
    "note_verbale",
    "mission_email",
    "phone_call",
    "in_person",
    "other",
];

/// Publishes a pending change after out-of-band verification (DIR-5).
pub async fn verify(
    app: &App,
    actor: &Actor,
    version_id: &str,
    channel: &str,
    reference: &str,
) -> AppResult<()> {
    authorize(actor, Action::VerifyChange, Resource::None)?;
    let mut errors = Vec::new();
    if !CHANNELS.contains(&channel) {
        errors.push(FieldError::new("channel", "err-channel"));
    }
    let reference = required_line("reference", reference, 200)
        .map_err(|e| errors.push(e))
        .ok();
    let Some(reference) = reference.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };
    decide(
        app,
        actor,
        version_id,
        Decision::Publish {
            channel,
            reference: &reference,
        },
    )
    .await
}

pub async fn reject(app: &App, actor: &Actor, version_id: &str, reason: &str) -> AppResult<()> {
    authorize(actor, Action::VerifyChange, Resource::None)?;
    let reason = required_text("reason", reason, 1000)?;
    decide(app, actor, version_id, Decision::Reject { reason: &reason }).await
}

pub(super) enum Decision<'a> {
    Publish {
        channel: &'a str,
        reference: &'a str,
    },
    Reject {
        reason: &'a str,
    },
}

pub(super) async fn decide(
    app: &App,
    actor: &Actor,
    version_id: &str,
    decision: Decision<'_>,
) -> AppResult<()> {
    let by = actor.user_id().unwrap_or_default();
    let now = app.now();
    let mut c = app.begin().await?;
    let v = store::poc::version(&mut c, version_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A change entered on a State's behalf needs a second custodian (ACC-6).
    if matches!(decision, Decision::Publish { .. })
        && v.on_behalf_ref.is_some()
        && v.submitted_by == by
    {
        return Err(AppError::Conflict("err-second-custodian"));
    }
    let (status, channel, reference, reason) = match decision {
        Decision::Publish { channel, reference } => {
            ("published", Some(channel), Some(reference), None)
        }
        Decision::Reject { reason } => ("rejected", None, None, Some(reason)),
    };
    if !store::poc::decide(&mut c, &v.id, status, by, now, channel, reference, reason).await? {
        return Err(AppError::Conflict("err-already-decided"));
    }
    let fields = fields_of(&v)?;
    if status == "published" {
        let poc_status = if v.kind == "withdraw" {
            "withdrawn"
        } else {
            "active"
        };
        let languages = serde_json::to_string(&fields.languages).unwrap_or_else(|_| "[]".into());
        let published = store::poc::Published {
            version_id: &v.id,
            status: poc_status,
            fields_json: &v.fields,
            entity: &fields.entity,
            languages: &languages,
        };
        store::poc::publish(&mut c, &v.poc_id, &published, now).await?;
        let terms = if poc_status == "active" {
            fields.terms()
        } else {
            vec![]
        };
        store::poc::replace_terms(&mut c, &v.poc_id, &terms).await?;
    } else {
        let poc = store::poc::get(&mut c, &v.poc_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if poc.published_version_id.is_none() {
            // A rejected nomination was never published: it stays out of reads.
            store::poc::set_status(&mut c, &poc.id, "rejected", now).await?;
        } else {
            store::poc::touch(&mut c, &poc.id, now).await?;
        }
    }
    let state = StateCode::parse(&v.state_code)?;
    for admin in store::user::of_state(&mut c, state.as_str()).await? {
        if admin.role != Role::NationalAdmin.code() || admin.status != "active" {
            continue;
        }
        let key = if status == "published" {
            "email-change-published"
        } else {
            "email-change-rejected"
        };
        mail::queue(
            app,
            &mut c,
            Email {
                exercise: false,
                to: &admin.email,
                lang: &admin.locale,
                key,
                args: vec![
                    ("entity", fields.entity.clone()),
                    ("reason", reason.unwrap_or_default().to_string()),
                    (
                        "url",
                        format!("{}/pocs/{}", app.config.public_url, v.poc_id),
                    ),
                ],
            },
        )
        .await?;
    }
    audit::record(
        &mut c,
        actor,
        &format!("change.{status}"),
        &format!("poc:{}", v.poc_id),
        json!({
            "version": v.id, "channel": channel, "reference": reference, "reason": reason,
        }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Everything a State's administrators manage on one page.
/// One of a State's entries on its desk, with its published fields if any.
pub struct DeskEntry {
    pub id: String,
    pub status: String,
    pub poc_type: String,
    pub entity: String,
    pub last_confirmed_at: Option<i64>,
    pub fields: Option<PocFields>,
}

pub struct StateDesk {
    pub entries: Vec<DeskEntry>,
    pub pending: Vec<ChangeSummary>,
    /// Rejected changes not yet corrected, with the custodian's reason.
    pub rejected: Vec<ChangeSummary>,
    pub problems: Vec<super::views::Problem>,
    pub account_mode: String,
    /// The reader may invite and disable the State's users.
    pub may_manage_users: bool,
    /// The reader acts from outside the State, and must cite its request.
    pub on_behalf: bool,
}

pub async fn state_desk(app: &App, actor: &Actor, state: StateCode) -> AppResult<StateDesk> {
    authorize(actor, Action::ViewChanges, Resource::State(state))?;
    let pending = pending_changes(app, actor, Some(state), &Paging::first(Paging::MAX))
        .await?
        .items;
    let mut c = app.db.conn().await?;
    let st = store::state::get(&mut c, state.as_str()).await?;
    let rows = store::poc::of_state(&mut c, state.as_str()).await?;
    let entries = rows
        .into_iter()
        .filter(|r| r.status == "active" || r.status == "pending")
        .map(|r| DeskEntry {
            fields: r
                .published_fields
                .as_deref()
                .and_then(|j| serde_json::from_str(j).ok()),
            id: r.id,
            status: r.status,
            poc_type: r.poc_type,
            entity: r.entity,
            last_confirmed_at: r.last_confirmed_at,
        })
        .collect();
    let problems = store::problem::open(&mut c, Some(state.as_str()))
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let mut cache = HashMap::new();
    let mut rejected = Vec::new();
    for v in store::poc::rejected_of_state(&mut c, state.as_str(), 50).await? {
        rejected.push(summary(app, &mut c, &mut cache, &v).await?);
    }
    Ok(StateDesk {
        rejected,
        may_manage_users: domain::policy::allows(
            actor,
            Action::ManageUsers,
            &Resource::State(state),
        ),
        entries,
        pending,
        problems,
        account_mode: st.map(|s| s.account_mode).unwrap_or_default(),
        on_behalf: actor.state() != Some(state),
    })
}

/// Custodian dashboard figures.
pub struct Dashboard {
    pub pending_changes: usize,
    pub pending_requests: usize,
    pub open_problems: usize,
    pub overdue: i64,
    pub active: i64,
}

pub async fn dashboard(app: &App, actor: &Actor) -> AppResult<Dashboard> {
    authorize(actor, Action::VerifyChange, Resource::None)?;
    let mut c = app.db.conn().await?;
    let cutoff = app.now() - confirm_period(app);
    let overdue = store::poc::Filter {
        confirmed_before: Some(cutoff),
        ..Default::default()
    };
    Ok(Dashboard {
        pending_changes: store::poc::pending_count(&mut c).await? as usize,
        pending_requests: store::access::count_with_status(&mut c, "pending").await? as usize,
        open_problems: store::problem::open(&mut c, None).await?.len(),
        overdue: store::poc::count(&mut c, &overdue, i64::MAX).await?,
        active: store::poc::count(&mut c, &store::poc::Filter::default(), i64::MAX).await?,
    })
}
