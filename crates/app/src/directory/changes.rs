//! Nominations, updates and withdrawals submitted by a State or on its
//! written request (DIR-2 to DIR-5).

use super::page::FieldChangeView;
use crate::clock::DAY;
use crate::error::authorize;
use crate::kernel::unit::Unit;
use crate::mail::{self};
use crate::{App, AppError, AppResult, audit};
use domain::fields::line;
use domain::poc::PocInput;
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, PocFields, Role, StateCode};
use serde::Deserialize;
use serde_json::json;
use store::Conn;
use store::poc::{PocRow, VersionRow};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ChangeMeta {
    /// The custodian's reference of the State's written request (note verbale).
    pub on_behalf_ref: String,
    /// YYYY-MM-DD: when the change took effect, for the 30-day notice rule.
    pub effective_from: String,
}

pub enum ChangeKind {
    Create,
    Update(String),
    Withdraw(String),
}

/// Submits a nomination, an update or a withdrawal; it stays pending until
/// the custodian verifies it (DIR-5). Returns the version id.
pub async fn submit(
    app: &App,
    actor: &Actor,
    state: StateCode,
    kind: ChangeKind,
    input: Option<&PocInput>,
    meta: &ChangeMeta,
) -> AppResult<String> {
    let mut c = app.begin().await?;
    let (change, _) = submit_in(app, &mut c, actor, state, kind, input, meta, true).await?;
    c.commit().await?;
    Ok(change)
}

/// Submits a change inside a unit of work the caller commits, so that an
/// import writes all its changes or none; returns the change and its
/// entry. `notify` queues the emails of one change; an import sends its own
/// summary instead.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn submit_in(
    app: &App,
    c: &mut Unit<'_>,
    actor: &Actor,
    state: StateCode,
    kind: ChangeKind,
    input: Option<&PocInput>,
    meta: &ChangeMeta,
    notify: bool,
) -> AppResult<(String, String)> {
    // Authorise before looking at the input: a refusal must not depend on it.
    let target = match &kind {
        ChangeKind::Create => state,
        ChangeKind::Update(id) | ChangeKind::Withdraw(id) => {
            let row = store::poc::get(c, id).await?.ok_or(AppError::NotFound)?;
            StateCode::parse(&row.state_code)?
        }
    };
    authorize(actor, Action::SubmitChange, Resource::State(target))?;
    // A city typed instead of chosen ("Cairo", "القاهرة") is its zone.
    let input = input.map(|i| PocInput {
        timezone: crate::zones::resolve(&i.timezone)
            .map(str::to_string)
            .unwrap_or_else(|| i.timezone.clone()),
        ..i.clone()
    });
    let mut errors = Vec::new();
    let fields = match input.as_ref().map(PocInput::validate) {
        Some(Ok(f)) => match super::keys::with_key(f, app.now()) {
            Ok(f) => Some(f),
            Err(e) => {
                errors.push(e);
                None
            }
        },
        Some(Err(e)) => {
            errors.extend(e);
            None
        }
        None => None,
    };
    let is_custodian = actor.role() == Some(Role::Custodian);
    let on_behalf_ref = line("on_behalf_ref", &meta.on_behalf_ref, 100)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    if is_custodian && on_behalf_ref.is_none() && !errors.iter().any(|e| e.field == "on_behalf_ref")
    {
        errors.push(FieldError::new("on_behalf_ref", "err-on-behalf-ref"));
    }
    let effective_from = match meta.effective_from.trim() {
        "" => None,
        d => match d.parse::<jiff::civil::Date>() {
            Ok(date) => {
                let ts = date
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .map(|z| z.timestamp().as_millisecond())
                    .unwrap_or(0);
                if ts > app.now() + DAY {
                    errors.push(FieldError::new("effective_from", "err-date-future"));
                }
                Some(ts)
            }
            Err(_) => {
                errors.push(FieldError::new("effective_from", "err-date-format"));
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }

    // Never trust the State from the client: an existing entry's own State is
    // the one the policy is asked about.
    let (poc_id, state, before, kind_code) = match &kind {
        ChangeKind::Create => (None, state, None, "create"),
        ChangeKind::Update(id) | ChangeKind::Withdraw(id) => {
            let row = store::poc::get(c, id).await?.ok_or(AppError::NotFound)?;
            let own = StateCode::parse(&row.state_code)?;
            authorize(actor, Action::SubmitChange, Resource::State(own))?;
            // A rejected nomination, corrected, is nominated again.
            let renominated = row.status == "rejected" && matches!(kind, ChangeKind::Update(_));
            if row.status != "active" && !renominated {
                return Err(AppError::Conflict("err-entry-not-active"));
            }
            let before: Option<PocFields> =
                serde_json::from_str(row.published_fields.as_deref().unwrap_or("null"))
                    .map_err(|e| store::Error::Corrupt(e.to_string()))?;
            let code = match kind {
                _ if renominated => "create",
                ChangeKind::Update(_) => "update",
                _ => "withdraw",
            };
            if renominated {
                store::poc::set_status(c, &row.id, "pending", app.now()).await?;
            }
            (Some(row.id), own, before, code)
        }
    };
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    // A type no longer offered stays on the entries that have it, but no
    // entry takes it anew (DIR-2).
    if let Some(f) = &fields {
        let kept = before.as_ref().is_some_and(|b| b.poc_type == f.poc_type);
        if !kept && !super::types::offered_in(c).await?.contains(&f.poc_type) {
            return Err(AppError::Invalid(vec![FieldError::new(
                "poc_type",
                "err-poc-type-not-offered",
            )]));
        }
    }
    let participating = store::state::get(c, state.as_str())
        .await?
        .is_some_and(|s| s.participating_since.is_some());
    if !participating {
        return Err(AppError::Conflict("err-state-not-participating"));
    }
    if let Some(id) = &poc_id
        && store::poc::pending_of(c, id).await?.is_some()
    {
        return Err(AppError::Conflict("err-change-pending"));
    }
    let fields = match (kind_code, fields, &before) {
        ("withdraw", _, Some(b)) => b.clone(),
        (_, Some(f), _) => f,
        _ => return Err(FieldError::new("form", "err-required").into()),
    };
    let diff: Vec<FieldChangeView> = match kind_code {
        "withdraw" => vec![],
        _ => fields
            .diff(before.as_ref())
            .into_iter()
            .map(Into::into)
            .collect(),
    };
    if kind_code == "update" && diff.is_empty() {
        return Err(AppError::Conflict("err-no-change"));
    }
    let now = app.now();
    let poc_id = match poc_id {
        Some(id) => id,
        None => {
            let id = store::new_id();
            store::poc::insert_poc(
                c,
                &PocRow {
                    id: id.clone(),
                    state_code: state.to_string(),
                    poc_type: fields.poc_type.code().into(),
                    status: "pending".into(),
                    published_version_id: None,
                    published_fields: None,
                    entity: fields.entity.clone(),
                    languages: "[]".into(),
                    last_confirmed_at: None,
                    created_at: now,
                    updated_at: now,
                },
            )
            .await?;
            id
        }
    };
    let version_id = store::new_id();
    let fields_json =
        serde_json::to_string(&fields).map_err(|e| AppError::Internal(e.to_string()))?;
    store::poc::insert_version(
        c,
        &VersionRow {
            id: version_id.clone(),
            poc_id: poc_id.clone(),
            state_code: state.to_string(),
            kind: kind_code.into(),
            status: "pending".into(),
            fields: fields_json,
            diff: serde_json::to_string(&diff).unwrap_or_else(|_| "[]".into()),
            submitted_by: actor.user_id().unwrap_or_default().to_string(),
            submitted_at: now,
            on_behalf_ref: on_behalf_ref.clone(),
            effective_from,
            decided_by: None,
            decided_at: None,
            verification_channel: None,
            verification_ref: None,
            rejection_reason: None,
        },
    )
    .await?;
    let url = format!("{}/custodian/changes/{version_id}", app.config.public_url);
    if notify {
        notify_change(
            app,
            c,
            state,
            &url,
            &fields.entity,
            on_behalf_ref.as_deref(),
        )
        .await?;
    }
    audit::record(c, actor, "change.submitted", &format!("poc:{poc_id}"), json!({
        "version": version_id, "kind": kind_code, "state": state.as_str(), "on_behalf_ref": on_behalf_ref,
        "fields": diff.iter().map(|d| d.field.clone()).collect::<Vec<_>>(),
    }))
    .await?;
    Ok((version_id, poc_id))
}

/// Tells the custodians that a change waits, and the State when it did not
/// enter the change itself.
async fn notify_change(
    app: &App,
    c: &mut Unit<'_>,
    state: StateCode,
    url: &str,
    entity: &str,
    on_behalf_ref: Option<&str>,
) -> AppResult<()> {
    mail::queue_to_custodians(app, c, "email-change-to-verify", |lang| {
        vec![
            (
                "state",
                state
                    .info()
                    .name(crate::i18n::un_language(lang))
                    .to_string(),
            ),
            ("url", url.to_string()),
        ]
    })
    .await?;
    if let Some(reference) = on_behalf_ref {
        // A change the State did not enter itself is announced to it at
        // once, so that it can object before a second custodian verifies it
        // (ACC-6).
        let url = format!("{}/states/{state}/desk", app.config.public_url);
        mail::queue_to_state(app, c, state, &[], "email-change-on-behalf", |_| {
            vec![
                ("entity", entity.to_string()),
                ("reference", reference.to_string()),
                ("url", url.clone()),
            ]
        })
        .await?;
    }
    Ok(())
}

/// When an entry written as already verified was submitted and confirmed,
/// and when it is written: the search index follows the writing time.
pub(crate) struct Backdated {
    pub submitted_at: i64,
    pub confirmed_at: i64,
    pub written_at: i64,
}

/// Writes an entry as already verified, inside the caller's transaction:
/// for the demo dataset and the scale dataset. Returns the entry id.
pub(crate) async fn insert_verified(
    c: &mut Conn,
    state: StateCode,
    fields: &PocFields,
    by: &str,
    reference: &str,
    at: Backdated,
) -> AppResult<String> {
    let Backdated {
        submitted_at,
        confirmed_at,
        written_at,
    } = at;
    let id = store::new_id();
    let version_id = store::new_id();
    let fields_json =
        serde_json::to_string(fields).map_err(|e| AppError::Internal(e.to_string()))?;
    let languages = serde_json::to_string(&fields.languages).unwrap_or_else(|_| "[]".into());
    store::poc::insert_poc(
        c,
        &PocRow {
            id: id.clone(),
            state_code: state.to_string(),
            poc_type: fields.poc_type.code().into(),
            status: "active".into(),
            published_version_id: Some(version_id.clone()),
            published_fields: Some(fields_json.clone()),
            entity: fields.entity.clone(),
            languages,
            last_confirmed_at: Some(confirmed_at),
            created_at: submitted_at,
            updated_at: written_at,
        },
    )
    .await?;
    let diff: Vec<FieldChangeView> = fields.diff(None).into_iter().map(Into::into).collect();
    store::poc::insert_version(
        c,
        &VersionRow {
            id: version_id,
            poc_id: id.clone(),
            state_code: state.to_string(),
            kind: "create".into(),
            status: "published".into(),
            fields: fields_json,
            diff: serde_json::to_string(&diff).unwrap_or_else(|_| "[]".into()),
            submitted_by: by.to_string(),
            submitted_at,
            on_behalf_ref: None,
            effective_from: None,
            decided_by: Some(by.to_string()),
            decided_at: Some(confirmed_at),
            verification_channel: Some("note_verbale".into()),
            verification_ref: Some(reference.to_string()),
            rejection_reason: None,
        },
    )
    .await?;
    store::poc::replace_terms(c, &id, &fields.terms()).await?;
    Ok(id)
}
