//! Nominations, verified changes, history, browsing and problem reports
//! (DIR-2 to DIR-8, DIR-10).

use crate::clock::DAY;
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::fields::{required_text, text};
use domain::poc::PocInput;
use domain::policy::Resource;
use domain::{Action, Actor, FieldChange, FieldError, PocFields, PocType, Region, Role, StateCode};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;
use store::Conn;
use store::poc::{PocRow, VersionRow};

/// A published entry, ready to show.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub state: StateCode,
    pub status: String,
    pub fields: PocFields,
    pub last_confirmed_at: Option<i64>,
    pub updated_at: i64,
    /// Not confirmed within the configured interval (DIR-7).
    pub overdue: bool,
}

pub fn entry_of(app: &App, row: &PocRow) -> AppResult<Option<Entry>> {
    let Some(json) = &row.published_fields else {
        return Ok(None);
    };
    let fields: PocFields = serde_json::from_str(json)
        .map_err(|e| store::Error::Corrupt(format!("poc {}: {e}", row.id)))?;
    let state = StateCode::parse(&row.state_code)?;
    let cutoff = app.now() - confirm_period(app);
    Ok(Some(Entry {
        id: row.id.clone(),
        state,
        status: row.status.clone(),
        fields,
        last_confirmed_at: row.last_confirmed_at,
        updated_at: row.updated_at,
        overdue: row.status == "active" && row.last_confirmed_at.is_none_or(|t| t < cutoff),
    }))
}

/// How often an entry must be confirmed (DIR-7), in milliseconds.
pub fn confirm_period(app: &App) -> i64 {
    app.config.directory.confirm_every_months * 30 * DAY
}

fn fields_of(v: &VersionRow) -> AppResult<PocFields> {
    serde_json::from_str(&v.fields)
        .map_err(|e| store::Error::Corrupt(format!("version {}: {e}", v.id)).into())
}

// ----------------------------------------------------------------- browse

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BrowseQuery {
    pub q: String,
    pub state: String,
    pub region: String,
    pub poc_type: String,
    pub language: String,
    pub overdue: bool,
    pub page: i64,
}

pub struct Browse {
    pub entries: Vec<Entry>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    /// States whose name, in any of the six languages, matches the query.
    pub states: Vec<StateCode>,
}

pub const PER_PAGE: i64 = 50;
/// Beyond this many matches a page says "more than" instead of counting.
pub const COUNT_CAP: i64 = 1000;

/// What to list: filters, and the search terms that the index matches.
pub struct Selection {
    pub filter: store::poc::Filter,
    pub terms: Vec<String>,
}

/// Turns a browse query into a selection, refusing any unknown value.
pub fn filter(app: &App, q: &BrowseQuery) -> AppResult<Selection> {
    let mut f = store::poc::Filter::default();
    if !q.state.is_empty() {
        f.states = vec![StateCode::parse(&q.state)?.to_string()];
    } else if !q.region.is_empty() {
        let region = Region::parse(&q.region)?;
        f.states = domain::state::all()
            .iter()
            .filter(|s| s.region == region)
            .map(|s| s.code.to_string())
            .collect();
    }
    if !q.poc_type.is_empty() {
        f.poc_type = Some(PocType::parse(&q.poc_type)?.code().to_string());
    }
    if !q.language.is_empty() {
        f.language = Some(domain::LanguageCode::parse(&q.language)?.to_string());
    }
    if q.overdue {
        f.confirmed_before = Some(app.now() - confirm_period(app));
    }
    if q.q.chars().count() > 200 {
        return Err(FieldError::new("q", "err-text-too-long").into());
    }
    let terms = domain::search::terms(&q.q).into_iter().take(8).collect();
    Ok(Selection { filter: f, terms })
}

/// One page of the selected entries, in directory order, and how many there
/// are in all (counted up to `COUNT_CAP` without search terms).
pub async fn select(
    app: &App,
    sel: &Selection,
    offset: i64,
    limit: i64,
) -> AppResult<(Vec<PocRow>, i64)> {
    let f = &sel.filter;
    if sel.terms.is_empty() {
        let page = store::poc::Filter {
            limit,
            offset,
            ..f.clone()
        };
        let mut c = app.db.conn().await?;
        let rows = store::poc::list(&mut c, &page).await?;
        let total = if offset == 0 && (rows.len() as i64) < limit {
            rows.len() as i64
        } else {
            store::poc::count(&mut c, f, COUNT_CAP).await?
        };
        return Ok((rows, total));
    }
    let query = crate::search::Query {
        terms: &sel.terms,
        states: &f.states,
        poc_type: f.poc_type.as_deref(),
        language: f.language.as_deref(),
        confirmed_before: f.confirmed_before,
    };
    let ids = app.search.find(&app.db, &query).await?;
    let start = (offset.max(0) as usize).min(ids.len());
    let end = (start + limit.max(0) as usize).min(ids.len());
    let mut c = app.db.conn().await?;
    let mut rows = store::poc::by_ids(&mut c, &ids[start..end]).await?;
    let position: HashMap<&str, usize> = ids[start..end]
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    rows.sort_by_key(|r| position.get(r.id.as_str()).copied().unwrap_or(usize::MAX));
    Ok((rows, ids.len() as i64))
}

pub async fn browse(app: &App, actor: &Actor, q: &BrowseQuery) -> AppResult<Browse> {
    authorize(actor, Action::ReadDirectory, Resource::None)?;
    let sel = filter(app, q)?;
    let page = q.page.max(1);
    let (rows, total) = select(app, &sel, (page - 1) * PER_PAGE, PER_PAGE).await?;
    let entries = rows
        .iter()
        .map(|r| entry_of(app, r))
        .collect::<AppResult<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect();
    let states = if sel.terms.is_empty() {
        vec![]
    } else {
        matching_states(&sel.terms)
    };
    Ok(Browse {
        entries,
        total,
        page,
        per_page: PER_PAGE,
        states,
    })
}

fn matching_states(terms: &[String]) -> Vec<StateCode> {
    domain::search::state_name_terms()
        .iter()
        .filter(|(_, names)| {
            terms
                .iter()
                .all(|t| names.iter().any(|n| n.starts_with(t.as_str())))
        })
        .map(|(code, _)| *code)
        .take(10)
        .collect()
}

/// The entries of one State that everyone with access sees.
/// A State's page: its published entries, and whether the reader may open
/// the State's desk.
pub struct StatePage {
    pub entries: Vec<Entry>,
    pub may_manage: bool,
}

pub async fn state_page(app: &App, actor: &Actor, state: StateCode) -> AppResult<StatePage> {
    Ok(StatePage {
        entries: state_entries(app, actor, state).await?,
        may_manage: domain::policy::allows(actor, Action::ViewChanges, &Resource::State(state)),
    })
}

pub async fn state_entries(app: &App, actor: &Actor, state: StateCode) -> AppResult<Vec<Entry>> {
    authorize(actor, Action::ReadDirectory, Resource::State(state))?;
    let f = store::poc::Filter {
        states: vec![state.to_string()],
        limit: 500,
        ..Default::default()
    };
    let mut c = app.db.conn().await?;
    let rows = store::poc::list(&mut c, &f).await?;
    Ok(rows
        .iter()
        .map(|r| entry_of(app, r))
        .collect::<AppResult<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect())
}

// ------------------------------------------------------------ one entry

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize, Deserialize)]
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

async fn names(c: &mut Conn, cache: &mut HashMap<String, String>, id: &str) -> AppResult<String> {
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

async fn version_view(
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
    pub problems: Vec<store::problem::ProblemRow>,
    /// Addresses the latest check found unreachable, with the reason:
    /// "refused" at submission or "bounced" later (PING-3).
    pub unreachable: Vec<(String, String)>,
    /// The pending change, for those who may see it.
    pub pending: Option<VersionView>,
    pub may_edit: bool,
    pub may_resolve: bool,
    pub may_phone_check: bool,
}

pub async fn entry_page(app: &App, actor: &Actor, id: &str) -> AppResult<EntryPage> {
    let mut c = app.db.conn().await?;
    let row = store::poc::get(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = StateCode::parse(&row.state_code)?;
    authorize(actor, Action::ReadDirectory, Resource::State(state))?;
    let sees_changes = domain::policy::allows(actor, Action::ViewChanges, &Resource::State(state));
    let entry = match entry_of(app, &row)? {
        Some(e) => e,
        // Never published: only those who see the State's changes may look.
        None if sees_changes => {
            let v = store::poc::pending_of(&mut c, id)
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
            }
        }
        None => return Err(AppError::NotFound),
    };
    let mut cache = HashMap::new();
    let mut history = Vec::new();
    let mut pending = None;
    for v in store::poc::versions_of(&mut c, id).await? {
        let view = version_view(app, &mut c, &mut cache, &v).await?;
        match v.status.as_str() {
            "published" => history.push(view),
            "pending" if sees_changes => pending = Some(view),
            "rejected" if sees_changes => history.push(view),
            _ => {}
        }
    }
    let problems = store::problem::open_for_poc(&mut c, id).await?;
    let unreachable = store::campaign::unreachable_of_poc(&mut c, id)
        .await?
        .into_iter()
        .map(|k| (k.address, k.unreachable_reason.unwrap_or_default()))
        .collect();
    let may = |action| domain::policy::allows(actor, action, &Resource::State(state));
    Ok(EntryPage {
        entry,
        history,
        problems,
        unreachable,
        pending,
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
}

/// An empty form to nominate a POC of `state`, for those who may.
pub fn nomination_form(actor: &Actor, state: StateCode) -> AppResult<ChangeForm> {
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    Ok(ChangeForm {
        state,
        input: PocInput::default(),
        on_behalf: actor.state() != Some(state),
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
    let json = row.published_fields.ok_or(AppError::NotFound)?;
    let fields: PocFields =
        serde_json::from_str(&json).map_err(|e| store::Error::Corrupt(e.to_string()))?;
    Ok(ChangeForm {
        state,
        input: fields.to_input(),
        on_behalf: actor.state() != Some(state),
    })
}

// --------------------------------------------------------------- changes

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
    // Authorise before looking at the input: a refusal must not depend on it.
    let target = match &kind {
        ChangeKind::Create => state,
        ChangeKind::Update(id) | ChangeKind::Withdraw(id) => {
            let mut c = app.db.conn().await?;
            let row = store::poc::get(&mut c, id)
                .await?
                .ok_or(AppError::NotFound)?;
            StateCode::parse(&row.state_code)?
        }
    };
    authorize(actor, Action::SubmitChange, Resource::State(target))?;
    let mut errors = Vec::new();
    let fields = match input.map(PocInput::validate) {
        Some(Ok(f)) => Some(f),
        Some(Err(e)) => {
            errors.extend(e);
            None
        }
        None => None,
    };
    let is_custodian = actor.role() == Some(Role::Custodian);
    let on_behalf_ref = text("on_behalf_ref", &meta.on_behalf_ref, 100)
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

    let mut c = app.db.begin().await?;
    // Never trust the State from the client: an existing entry's own State is
    // the one the policy is asked about.
    let (poc_id, state, before, kind_code) = match &kind {
        ChangeKind::Create => (None, state, None, "create"),
        ChangeKind::Update(id) | ChangeKind::Withdraw(id) => {
            let row = store::poc::get(&mut c, id)
                .await?
                .ok_or(AppError::NotFound)?;
            let own = StateCode::parse(&row.state_code)?;
            authorize(actor, Action::SubmitChange, Resource::State(own))?;
            if row.status != "active" {
                return Err(AppError::Conflict("err-entry-not-active"));
            }
            let before: PocFields =
                serde_json::from_str(row.published_fields.as_deref().unwrap_or("null"))
                    .map_err(|e| store::Error::Corrupt(e.to_string()))?;
            let code = if matches!(kind, ChangeKind::Update(_)) {
                "update"
            } else {
                "withdraw"
            };
            (Some(row.id), own, Some(before), code)
        }
    };
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    let participating = store::state::get(&mut c, state.as_str())
        .await?
        .is_some_and(|s| s.participating_since.is_some());
    if !participating {
        return Err(AppError::Conflict("err-state-not-participating"));
    }
    if let Some(id) = &poc_id
        && store::poc::pending_of(&mut c, id).await?.is_some()
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
                &mut c,
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
        &mut c,
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
    mail::queue_to_custodians(app, &mut c, "email-change-to-verify", |lang| {
        vec![
            (
                "state",
                state
                    .info()
                    .name(crate::i18n::un_language(lang))
                    .to_string(),
            ),
            ("url", url.clone()),
        ]
    })
    .await?;
    audit::record(app, &mut c, actor, "change.submitted", &format!("poc:{poc_id}"), json!({
        "version": version_id, "kind": kind_code, "state": state.as_str(), "on_behalf_ref": on_behalf_ref,
        "fields": diff.iter().map(|d| d.field.clone()).collect::<Vec<_>>(),
    }))
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(version_id)
}

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
) -> AppResult<Vec<ChangeSummary>> {
    let resource = state.map(Resource::State).unwrap_or(Resource::None);
    authorize(actor, Action::ViewChanges, resource)?;
    let mut c = app.db.conn().await?;
    let rows = store::poc::pending(&mut c, state.as_ref().map(StateCode::as_str)).await?;
    let mut cache = HashMap::new();
    let mut out = Vec::new();
    for v in rows {
        let fields = fields_of(&v)?;
        out.push(ChangeSummary {
            version: version_view(app, &mut c, &mut cache, &v).await?,
            poc_id: v.poc_id.clone(),
            state: StateCode::parse(&v.state_code)?,
            entity: fields.entity,
            poc_type: fields.poc_type,
        });
    }
    Ok(out)
}

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
    let reference = required_text("reference", reference, 200)
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

enum Decision<'a> {
    Publish {
        channel: &'a str,
        reference: &'a str,
    },
    Reject {
        reason: &'a str,
    },
}

async fn decide(
    app: &App,
    actor: &Actor,
    version_id: &str,
    decision: Decision<'_>,
) -> AppResult<()> {
    let by = actor.user_id().unwrap_or_default();
    let now = app.now();
    let mut c = app.db.begin().await?;
    let v = store::poc::version(&mut c, version_id)
        .await?
        .ok_or(AppError::NotFound)?;
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
            fields
                .searchable()
                .into_iter()
                .flat_map(domain::search::terms)
                .collect::<Vec<_>>()
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
        app,
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
    app.mail.wake();
    Ok(())
}

/// Everything a State's administrators manage on one page.
pub struct StateDesk {
    pub entries: Vec<(PocRow, Option<PocFields>)>,
    pub pending: Vec<ChangeSummary>,
    pub problems: Vec<store::problem::ProblemRow>,
    pub account_mode: String,
    /// The reader may invite and disable the State's users.
    pub may_manage_users: bool,
}

pub async fn state_desk(app: &App, actor: &Actor, state: StateCode) -> AppResult<StateDesk> {
    authorize(actor, Action::ViewChanges, Resource::State(state))?;
    let pending = pending_changes(app, actor, Some(state)).await?;
    let mut c = app.db.conn().await?;
    let st = store::state::get(&mut c, state.as_str()).await?;
    let rows = store::poc::of_state(&mut c, state.as_str()).await?;
    let entries = rows
        .into_iter()
        .filter(|r| r.status == "active" || r.status == "pending")
        .map(|r| {
            let f = r
                .published_fields
                .as_deref()
                .and_then(|j| serde_json::from_str(j).ok());
            (r, f)
        })
        .collect();
    let problems = store::problem::open(&mut c, Some(state.as_str())).await?;
    Ok(StateDesk {
        may_manage_users: domain::policy::allows(
            actor,
            Action::ManageUsers,
            &Resource::State(state),
        ),
        entries,
        pending,
        problems,
        account_mode: st.map(|s| s.account_mode).unwrap_or_default(),
    })
}

// ------------------------------------------------------------- problems

pub const PROBLEM_KINDS: [&str; 5] = [
    "bounced",
    "wrong_number",
    "no_answer",
    "wrong_person",
    "other",
];

/// "This contact did not work", in one step, from the entry's page (DIR-10).
pub async fn report_problem(
    app: &App,
    actor: &Actor,
    poc_id: &str,
    kind: &str,
    detail: &str,
) -> AppResult<()> {
    let mut c = app.db.begin().await?;
    let poc = store::poc::get(&mut c, poc_id)
        .await?
        .filter(|p| p.status == "active")
        .ok_or(AppError::NotFound)?;
    let state = StateCode::parse(&poc.state_code)?;
    authorize(actor, Action::ReportProblem, Resource::State(state))?;
    if !PROBLEM_KINDS.contains(&kind) {
        return Err(FieldError::new("kind", "err-problem-kind").into());
    }
    let detail = text("detail", detail, 1000)?;
    let id = store::new_id();
    store::problem::insert(
        &mut c,
        &store::problem::ProblemRow {
            id: id.clone(),
            poc_id: poc.id.clone(),
            state_code: state.to_string(),
            reported_by: actor.user_id().unwrap_or_default().to_string(),
            kind: kind.to_string(),
            detail: detail.clone(),
            created_at: app.now(),
            resolved_at: None,
            resolved_by: None,
        },
    )
    .await?;
    let mut recipients = store::user::with_role(&mut c, Role::Custodian.code()).await?;
    recipients.extend(
        store::user::of_state(&mut c, state.as_str())
            .await?
            .into_iter()
            .filter(|u| u.role == Role::NationalAdmin.code() && u.status == "active"),
    );
    for r in recipients {
        let kind_label = app.i18n.t(
            &r.locale,
            &format!("problem-{}", kind.replace('_', "-")),
            &[],
        );
        mail::queue(
            app,
            &mut c,
            Email {
                to: &r.email,
                lang: &r.locale,
                key: "email-problem-reported",
                args: vec![
                    ("entity", poc.entity.clone()),
                    ("kind", kind_label),
                    ("url", format!("{}/pocs/{}", app.config.public_url, poc.id)),
                ],
            },
        )
        .await?;
    }
    audit::record(
        app,
        &mut c,
        actor,
        "problem.reported",
        &format!("poc:{}", poc.id),
        json!({ "problem": id, "kind": kind }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(())
}

pub async fn resolve_problem(app: &App, actor: &Actor, problem_id: &str) -> AppResult<String> {
    let mut c = app.db.begin().await?;
    let p = store::problem::get(&mut c, problem_id)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(
        actor,
        Action::ViewProblems,
        Resource::State(StateCode::parse(&p.state_code)?),
    )?;
    if !store::problem::resolve(
        &mut c,
        &p.id,
        actor.user_id().unwrap_or_default(),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-already-decided"));
    }
    audit::record(
        app,
        &mut c,
        actor,
        "problem.resolved",
        &format!("poc:{}", p.poc_id),
        json!({ "problem": p.id }),
    )
    .await?;
    c.commit().await?;
    Ok(p.poc_id)
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
        pending_changes: store::poc::pending(&mut c, None).await?.len(),
        pending_requests: store::access::with_status(&mut c, "pending").await?.len(),
        open_problems: store::problem::open(&mut c, None).await?.len(),
        overdue: store::poc::count(&mut c, &overdue, i64::MAX).await?,
        active: store::poc::count(&mut c, &store::poc::Filter::default(), i64::MAX).await?,
    })
}

/// Writes an entry as already verified, inside the caller's transaction:
/// for the demo dataset and the scale dataset. Returns the entry id.
pub async fn insert_verified(
    c: &mut Conn,
    state: StateCode,
    fields: &PocFields,
    by: &str,
    reference: &str,
    submitted_at: i64,
    confirmed_at: i64,
) -> AppResult<String> {
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
            updated_at: confirmed_at,
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
    let terms: Vec<String> = fields
        .searchable()
        .into_iter()
        .flat_map(domain::search::terms)
        .collect();
    store::poc::replace_terms(c, &id, &terms).await?;
    Ok(id)
}

/// A State confirms, in one action, that all its entries are still correct
/// (DIR-7). Returns how many entries were confirmed.
pub async fn confirm_all(app: &App, actor: &Actor, state: StateCode) -> AppResult<u64> {
    authorize(actor, Action::SubmitChange, Resource::State(state))?;
    let mut c = app.db.begin().await?;
    let n = store::poc::confirm_state(&mut c, state.as_str(), app.now()).await?;
    audit::record(
        app,
        &mut c,
        actor,
        "entries.confirmed",
        &format!("state:{state}"),
        json!({ "entries": n }),
    )
    .await?;
    c.commit().await?;
    Ok(n)
}
