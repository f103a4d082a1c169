//! The custodian's work: access requests, verification of changes, audit.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minijinja::context;
use serde::Deserialize;

pub async fn dashboard(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let d = app::directory::dashboard(&web.app, &ctx.actor()).await?;
    let p = app::directory::participation(&web.app).await?;
    let a = app::directory::attention(&web.app, &ctx.actor()).await?;
    Ok(web.page(&ctx, "custodian.html", context! {
        pending_changes => d.pending_changes, pending_requests => d.pending_requests, open_problems => d.open_problems,
        overdue => d.overdue, active => d.active, participating => p.states.len(), threshold => p.threshold,
        changes => a.changes.iter().map(|c| context! {
            id => c.version.id, state => c.state.to_string(), entity => c.entity, kind => c.version.kind,
            submitted_at => c.version.submitted_at,
        }).collect::<Vec<_>>(),
        requests => a.requests, problems => a.problems, overdue_list => a.overdue, overdue_total => a.overdue_total,
        silent => a.silent, unreachable => a.unreachable, escalations => a.escalations, stuck_email => a.email,
    }))
}

/// Where a list of the portal resumes.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageParam {
    cursor: String,
}

impl PageParam {
    fn paging(&self) -> Result<app::page::Paging, WebError> {
        Ok(app::page::Paging::parse(
            &self.cursor,
            Some(app::page::Paging::MAX),
        )?)
    }
}

pub async fn requests(
    State(web): State<Web>,
    ctx: Ctx,
    Query(p): Query<PageParam>,
) -> Result<Response, WebError> {
    let pending =
        app::accounts::access_requests(&web.app, &ctx.actor(), "pending", &p.paging()?).await?;
    let list: Vec<_> = pending
        .items
        .iter()
        .map(|r| context! {
            id => r.id, state => r.state_code, name => r.requester_name, title => r.requester_title, email => r.email,
            reference => r.note_verbale_ref, message => r.message, created_at => r.created_at,
        })
        .collect();
    Ok(web.page(
        &ctx,
        "requests.html",
        context! {
            requests => list, notice => notice(&web, &ctx),
            next_page => pending.next, paged => !p.cursor.is_empty(),
        },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    reference: String,
    channel: String,
    reason: String,
}

pub async fn admit(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    app::accounts::admit(&web.app, &ctx.actor(), &id, &form.reference).await?;
    Ok(done("/custodian/requests", "admitted"))
}

pub async fn reject_request(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    app::accounts::reject_request(&web.app, &ctx.actor(), &id, &form.reason).await?;
    Ok(done("/custodian/requests", "rejected"))
}

pub async fn changes(
    State(web): State<Web>,
    ctx: Ctx,
    Query(p): Query<PageParam>,
) -> Result<Response, WebError> {
    let list = app::directory::pending_changes(&web.app, &ctx.actor(), None, &p.paging()?).await?;
    let rows: Vec<_> = list
        .items
        .iter()
        .map(|c| context! {
            id => c.version.id, state => c.state.to_string(), entity => c.entity, poc_type => c.poc_type.code(),
            kind => c.version.kind, submitted_at => c.version.submitted_at, submitted_by => c.version.submitted_by,
            on_behalf_ref => c.version.on_behalf_ref,
        })
        .collect();
    Ok(web.page(
        &ctx,
        "changes.html",
        context! {
            changes => rows, notice => notice(&web, &ctx),
            next_page => list.next, paged => !p.cursor.is_empty(),
        },
    ))
}

async fn change_page(
    web: &Web,
    ctx: &Ctx,
    id: &str,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let d = app::directory::change(&web.app, &ctx.actor(), id).await?;
    Ok(web.page(ctx, "change.html", context! {
        v => d.summary.version, poc_id => d.summary.poc_id, state => d.summary.state.to_string(),
        entity => d.summary.entity, poc_type => d.summary.poc_type.code(), diff => d.diff,
        channels => app::directory::CHANNELS, errors => errors,
    }))
}

pub async fn change(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    change_page(&web, &ctx, &id, FieldErrors::new()).await
}

pub async fn verify(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    match app::directory::verify(&web.app, &ctx.actor(), &id, &form.channel, &form.reference).await
    {
        Ok(()) => Ok(done("/custodian/changes", "published")),
        Err(e) => Ok(unprocessable(
            change_page(&web, &ctx, &id, form_errors(&web, &ctx, e.into())?).await?,
        )),
    }
}

pub async fn reject_change(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    match app::directory::reject(&web.app, &ctx.actor(), &id, &form.reason).await {
        Ok(()) => Ok(done("/custodian/changes", "rejected")),
        Err(e) => Ok(unprocessable(
            change_page(&web, &ctx, &id, form_errors(&web, &ctx, e.into())?).await?,
        )),
    }
}

/// The audit log's filters, as the page's form sends them.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    actor: String,
    state: String,
    action: String,
    from: String,
    to: String,
    before: Option<i64>,
}

const AUDIT_PAGE: i64 = 50;

/// A day typed in a filter, as the first moment of that day, UTC.
fn day(raw: &str, field: &str) -> Result<Option<i64>, app::AppError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    raw.trim()
        .parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map(|z| Some(z.timestamp().as_millisecond()))
        .ok_or_else(|| app::AppError::field(field, "err-date-format"))
}

pub async fn audit(
    State(web): State<Web>,
    ctx: Ctx,
    Query(aq): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let i18n = web.app.i18n();
    let state = (!aq.state.is_empty())
        .then(|| domain::StateCode::parse(&aq.state))
        .transpose()?;
    let filter = app::audit::AuditFilter {
        actor: Some(aq.actor.trim().to_string()).filter(|a| !a.is_empty()),
        state: state.map(|s| s.to_string()),
        action: Some(aq.action.clone()).filter(|a| !a.is_empty()),
        from: day(&aq.from, "from")?,
        // "To" a day includes that day.
        to: day(&aq.to, "to")?.map(|t| t + 86_400_000),
    };
    let rows = app::audit::search(&web.app, &ctx.actor(), &filter, AUDIT_PAGE, aq.before).await?;
    let verdict = app::audit::verify(&web.app).await?;
    let (intact, rows_checked, broken_at) = match verdict {
        app::audit::Verdict::Intact { rows } => (true, rows, None),
        app::audit::Verdict::Broken { seq, .. } => (false, 0, Some(seq)),
    };
    let label = |action: &str| {
        i18n.try_t(
            &ctx.lang,
            &format!("audit-action-{}", action.replace(['.', '_'], "-")),
        )
        .unwrap_or_else(|| action.to_string())
    };
    let mut actions: Vec<(String, String)> = AUDIT_ACTIONS
        .iter()
        .map(|a| (a.to_string(), label(a)))
        .collect();
    actions.sort_by(|a, b| app::i18n::compare(&ctx.lang, &a.1, &b.1));
    let older = (rows.len() as i64 == AUDIT_PAGE)
        .then(|| rows.last().map(|(r, _)| r.seq))
        .flatten();
    let qs = serde_urlencoded::to_string([
        ("actor", aq.actor.as_str()),
        ("state", &aq.state),
        ("action", &aq.action),
        ("from", &aq.from),
        ("to", &aq.to),
    ])
    .unwrap_or_default();
    let checkpoint = app::checkpoint::latest(&web.app, &ctx.actor())
        .await?
        .map(|c| super::checkpoint_view(c.size, c.at));
    Ok(web.page(&ctx, "audit.html", context! {
        checkpoint => checkpoint,
        intact => intact, checked => rows_checked, broken_at => broken_at,
        rows => rows.iter().map(|(r, name)| context! {
            seq => r.seq, at => r.at, actor => r.actor, actor_name => name, action => label(&r.action),
            target => r.target, detail => detail_lines(&r.detail),
        }).collect::<Vec<_>>(),
        actions => actions, states => crate::render::all_states_by_name(&ctx.lang),
        q => context! { actor => aq.actor, state => aq.state, action => aq.action, from => aq.from, to => aq.to },
        older => older, qs => qs,
    }))
}

/// Every action the log records, for the filter.
const AUDIT_ACTIONS: [&str; 82] = [
    "access.rejected",
    "access.requested",
    "campaign.launched",
    "campaign.rechecked",
    "campaign.reminded",
    "campaign.scheduled",
    "change.submitted",
    "change.published",
    "change.rejected",
    "check.acknowledged",
    "check.bounced",
    "checks.escalated",
    "checks.exported",
    "checks.reminded",
    "consent.requested",
    "consent.granted",
    "consent.refused",
    "demo.loaded",
    "directory.exported",
    "directory.imported",
    "entries.confirmed",
    "login.failed",
    "login.mfa_failed",
    "login.password_ok",
    "login.succeeded",
    "login.throttled",
    "message.acknowledged",
    "message.attached",
    "message.escalated",
    "message.forwarded",
    "message.replied",
    "message.sent",
    "messages.record",
    "phone_check.recorded",
    "poc_types.changed",
    "problem.reported",
    "problem.resolved",
    "regional.registered",
    "regional.revoked",
    "regional.used",
    "session.revoked",
    "sharing.granted",
    "sharing.revoked",
    "state.account_mode",
    "state.admitted",
    "template.saved",
    "token.created",
    "token.revoked",
    "token.used",
    "user.created",
    "user.from_outside",
    "user.invited",
    "user.locale",
    "user.mfa_enrolled",
    "user.mfa_reset",
    "user.password_set",
    "user.recovery_codes",
    "user.enabled",
    "user.disabled",
    "page.published",
    "initiative.proposed",
    "initiative.published",
    "initiative.declined",
    "exercise.created",
    "exercise.scenario",
    "exercise.invited",
    "exercise.answered",
    "exercise.naming",
    "exercise.inject-added",
    "exercise.inject-removed",
    "exercise.launch",
    "exercise.pause",
    "exercise.resume",
    "exercise.end",
    "exercise.cancel",
    "exercise.inject-released",
    "exercise.rehearsed",
    "exercise.lesson",
    "key.reminded",
    "passkey.added",
    "passkey.removed",
    "login.passkey_grace_over",
];

/// An entry's detail, as "key: value" lines instead of JSON.
fn detail_lines(detail: &str) -> Vec<String> {
    match serde_json::from_str::<serde_json::Value>(detail) {
        Ok(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}: {s}"),
                other => format!("{k}: {other}"),
            })
            .collect(),
        _ => vec![detail.to_string()],
    }
}

/// The POC types the directory offers (DIR-2).
pub async fn poc_types(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let types = app::directory::settings(&web.app, &ctx.actor()).await?;
    Ok(web.page(
        &ctx,
        "poc_types.html",
        context! {
            types => minijinja::Value::from_serialize(&types), notice => notice(&web, &ctx),
        },
    ))
}

#[derive(Deserialize)]
pub struct PocTypesForm {
    /// The further types to offer; a type left unticked is not sent.
    #[serde(default)]
    offered: Vec<String>,
}

pub async fn save_poc_types(
    State(web): State<Web>,
    ctx: Ctx,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let form: PocTypesForm = serde_html_form::from_bytes(&body)
        .map_err(|_| app::AppError::field("form", "err-form-unreadable"))?;
    app::directory::set_offered(&web.app, &ctx.actor(), &form.offered).await?;
    Ok(done("/custodian/poc-types", "saved"))
}

/// The latest signed checkpoint of the audit log, for a State to keep
/// (NFR-3): a signed note in the C2SP tlog-checkpoint format.
pub async fn checkpoint(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let latest = app::checkpoint::latest(&web.app, &ctx.actor())
        .await?
        .ok_or(app::AppError::NotFound)?;
    let name = format!(
        "attachment; filename=\"pocdir-audit-checkpoint-{}.txt\"",
        latest.size
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/plain; charset=utf-8".to_string(),
            ),
            (header::CONTENT_DISPOSITION, name),
        ],
        latest.note,
    )
        .into_response())
}
