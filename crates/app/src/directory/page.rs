//! One entry's page: its history, pending change and problems, and the
//! forms to nominate or edit an entry (DIR-5, DIR-6).

use super::entry::{Entry, entry_of, fields_of};
use crate::clock::DAY;
use crate::error::authorize;
use crate::{App, AppError, AppResult};
use domain::poc::PocInput;
use domain::policy::Resource;
use domain::{Action, Actor, FieldChange, StateCode};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use store::Conn;
use store::poc::VersionRow;

/// One version of an entry: the change, who asked for it, and how the
/// custodian decided.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct VersionView {
    pub id: String,
    pub kind: String,
    pub status: String,
    pub submitted_by: String,
    pub submitted_at: i64,
    pub on_behalf_ref: Option<String>,
    pub effective_from: Option<i64>,
    /// Days between the change taking effect and its notification, when late.
    pub late_notice_days: Option<i64>,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub verification_channel: Option<String>,
    pub verification_ref: Option<String>,
    pub rejection_reason: Option<String>,
    pub diff: Vec<FieldChangeView>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FieldChangeView {
    pub field: String,
    pub before: String,
    pub after: String,
}

impl From<FieldChange> for FieldChangeView {
    fn from(c: FieldChange) -> Self {
        FieldChangeView {
            field: c.field.to_string(),
            before: c.before,
            after: c.after,
        }
    }
}

pub(super) async fn names(
    c: &mut Conn,
    cache: &mut HashMap<String, String>,
    id: &str,
) -> AppResult<String> {
    if let Some(n) = cache.get(id) {
        return Ok(n.clone());
    }
    let name = store::user::get(c, id)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_else(|| id.to_string());
    cache.insert(id.to_string(), name.clone());
    Ok(name)
}

pub(super) async fn version_view(
    app: &App,
    c: &mut Conn,
    cache: &mut HashMap<String, String>,
    v: &VersionRow,
) -> AppResult<VersionView> {
    let diff: Vec<FieldChangeView> = serde_json::from_str(&v.diff).unwrap_or_default();
    let notice = app.config.directory.change_notice_days;
    let late_notice_days = v
        .effective_from
        .map(|e| (v.submitted_at - e) / DAY)
        .filter(|d| *d > notice);
    Ok(VersionView {
        id: v.id.clone(),
        kind: v.kind.clone(),
        status: v.status.clone(),
        submitted_by: names(c, cache, &v.submitted_by).await?,
        submitted_at: v.submitted_at,
        on_behalf_ref: v.on_behalf_ref.clone(),
        effective_from: v.effective_from,
        late_notice_days,
        decided_by: match &v.decided_by {
            Some(id) => Some(names(c, cache, id).await?),
            None => None,
        },
        decided_at: v.decided_at,
        verification_channel: v.verification_channel.clone(),
        verification_ref: v.verification_ref.clone(),
        rejection_reason: v.rejection_reason.clone(),
        diff,
    })
}

pub struct EntryPage {
    pub entry: Entry,
    pub history: Vec<VersionView>,
    pub problems: Vec<super::views::Problem>,
    /// Addresses the latest check found unreachable, with the reason:
    /// "refused" at submission or "bounced" later (PING-3).
    pub unreachable: Vec<(String, String)>,
    /// The pending change, for those who may see it.
    pub pending: Option<VersionView>,
    /// The latest change, when it was rejected and nothing followed it:
    /// the reason, for those who may see changes.
    pub rejected: Option<VersionView>,
    pub may_edit: bool,
    pub may_resolve: bool,
    pub may_phone_check: bool,
    /// What readers are told of the entry's OpenPGP key, as a catalogue key.
    pub key_notice: Option<&'static str>,
}

pub async fn entry_page(app: &App, actor: &Actor, id: &str) -> AppResult<EntryPage> {
    let mut c = app.db.conn().await?;
    let row = store::poc::get(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = StateCode::parse(&row.state_code)?;
    authorize(actor, Action::ReadDirectory, Resource::State(state))?;
    crate::usage::count(app, actor, crate::usage::Event::View);
    let sees_changes = domain::policy::allows(actor, Action::ViewChanges, &Resource::State(state));
    let entry = match entry_of(app, &row)? {
        Some(e) => Entry {
            last_check: super::entry::last_checks(app, &mut c, state)
                .await?
                .remove(id),
            ..e
        },
        // Never published: only those who see the State's changes may look.
        None if sees_changes => {
            // Pending, or rejected: the State corrects it from here.
            let v = store::poc::latest_of(&mut c, id)
                .await?
                .ok_or(AppError::NotFound)?;
            Entry {
                id: row.id.clone(),
                state,
                status: row.status.clone(),
                fields: fields_of(&v)?,
                last_confirmed_at: None,
                updated_at: row.updated_at,
                overdue: false,
                last_check: None,
            }
        }
        None => return Err(AppError::NotFound),
    };
    let mut cache = HashMap::new();
    let mut history = Vec::new();
    let mut pending = None;
    let versions = store::poc::versions_of(&mut c, id).await?;
    let rejected = match versions.first() {
        Some(v) if v.status == "rejected" && sees_changes => {
            Some(version_view(app, &mut c, &mut cache, v).await?)
        }
        _ => None,
    };
    for v in versions {
        let view = version_view(app, &mut c, &mut cache, &v).await?;
        match v.status.as_str() {
            "published" => history.push(view),
            "pending" if sees_changes => pending = Some(view),
            "rejected" if sees_changes => history.push(view),
            _ => {}
        }
    }
    let problems = store::problem::open_for_poc(&mut c, id)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let unreachable = store::campaign::unreachable_of_poc(&mut c, id)
        .await?
        .into_iter()
        .map(|k| (k.address, k.unreachable_reason.unwrap_or_default()))
        .collect();
    let may = |action| domain::policy::allows(actor, action, &Resource::State(state));
    Ok(EntryPage {
        key_notice: super::keys::key_notice(&entry.fields, app.now()),
        entry,
        history,
        problems,
        unreachable,
        pending,
        rejected,
        may_edit: may(Action::SubmitChange),
        may_resolve: may(Action::ViewProblems),
        may_phone_check: domain::policy::allows(actor, Action::RunChecks, &Resource::None),
    })
}

/// The form to nominate or edit an entry of a State.
pub struct ChangeForm {
    pub state: StateCode,
    pub input: PocInput,
    /// The change is made for the State by someone outside it (the
    /// custodian), on the State's written request, whose reference the form asks.
    pub on_behalf: bool,
    /// The types it offers: those offered now, and the entry's own (DIR-2).
    pub types: Vec<domain::PocType>,
}

/// An empty form to nominate a POC of `state`, for those who may.
pub async fn nomination_form(app: &App, actor: &Actor, state: StateCode) -> AppResult<ChangeForm> {
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    Ok(ChangeForm {
        state,
        input: PocInput {
            timezone: crate::zones::capital(state).unwrap_or_default().to_string(),
            ..PocInput::default()
        },
        on_behalf: actor.state() != Some(state),
        types: super::types::offered(app).await?,
    })
}

/// The form to edit a published entry, filled with its published fields.
pub async fn editable(app: &App, actor: &Actor, id: &str) -> AppResult<ChangeForm> {
    let mut c = app.db.conn().await?;
    let row = store::poc::get(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = StateCode::parse(&row.state_code)?;
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    // A rejected change is corrected from what was submitted, not from
    // what is published.
    let fields = match store::poc::latest_of(&mut c, id).await? {
        Some(v) if v.status == "rejected" => fields_of(&v)?,
        _ => {
            let json = row.published_fields.ok_or(AppError::NotFound)?;
            serde_json::from_str(&json).map_err(|e| store::Error::Corrupt(e.to_string()))?
        }
    };
    let mut types = super::types::offered_in(&mut c).await?;
    if !types.contains(&fields.poc_type) {
        types.push(fields.poc_type);
        types.sort_by_key(|t| domain::PocType::ALL.iter().position(|a| a == t));
    }
    Ok(ChangeForm {
        state,
        input: fields.to_input(),
        on_behalf: actor.state() != Some(state),
        types,
    })
}
