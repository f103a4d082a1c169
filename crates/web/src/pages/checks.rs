//! Communication checks: launch, acknowledge, results (PING-1, PING-2, PING-5).

use super::{done, notice};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::directory::BrowseQuery;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use minijinja::{Value, context};

fn figures(f: &app::checks::Figures) -> Value {
    Value::from_serialize(f)
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct TrendQuery {
    /// The scope whose campaigns the trend compares.
    trend: Option<String>,
    /// Where the list of campaigns resumes.
    cursor: String,
}

pub async fn list(
    State(web): State<Web>,
    ctx: Ctx,
    Query(tq): Query<TrendQuery>,
) -> Result<Response, WebError> {
    let paging = app::page::Paging::parse(&tq.cursor, Some(50))?;
    let list = app::checks::campaigns(&web.app, &ctx.actor(), &paging).await?;
    let rows: Vec<_> = list
        .campaigns
        .items
        .iter()
        .map(|c| context! { id => c.id, launched_at => c.launched_at, closes_at => c.closes_at, kind => c.kind, scope => c.scope() })
        .collect();
    let trend = app::checks::trend(&web.app, &ctx.actor(), tq.trend.as_deref()).await?;
    let points: Vec<_> = trend
        .points
        .iter()
        .map(|p| context! { id => p.campaign.id, launched_at => p.campaign.launched_at, kind => p.campaign.kind, rate => p.figures.rate, f => figures(&p.figures) })
        .collect();
    let scopes: Vec<_> = trend
        .scopes
        .iter()
        .map(|(key, scope, count)| context! { key => key, scope => scope, count => count })
        .collect();
    let next_check = list.next_check;
    Ok(web.page(
        &ctx,
        "checks.html",
        context! {
            campaigns => rows, may_launch => list.may_launch, notice => notice(&web, &ctx),
            next_page => list.campaigns.next, paged => !tq.cursor.is_empty(),
            trend => points, trend_scopes => scopes, trend_chosen => trend.chosen, next_check => next_check,
            regions => domain::Region::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(),
            types => domain::PocType::ALL.iter().map(|t| t.code()).collect::<Vec<_>>(),
        },
    ))
}

/// The launch form posts here first: it shows how many POCs and addresses
/// the campaign will reach, and asks for confirmation.
pub async fn preview(
    State(web): State<Web>,
    ctx: Ctx,
    Form(q): Form<BrowseQuery>,
) -> Result<Response, WebError> {
    let p = app::checks::preview(&web.app, &ctx.actor(), &q).await?;
    Ok(web.page(&ctx, "checks_preview.html", context! {
        pocs => p.pocs, addresses => p.addresses, entries => p.entries,
        q => context! { q => q.q, state => q.state, region => q.region, poc_type => q.poc_type, language => q.language, overdue => q.overdue },
    }))
}

pub async fn launch(
    State(web): State<Web>,
    ctx: Ctx,
    Form(q): Form<BrowseQuery>,
) -> Result<Response, WebError> {
    let id = app::checks::launch(&web.app, &ctx.actor(), &q).await?;
    Ok(done(&format!("/checks/{id}"), "launched"))
}

pub async fn recheck(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let new = app::checks::recheck_silent(&web.app, &ctx.actor(), &id).await?;
    Ok(done(&format!("/checks/{new}"), "launched"))
}

pub async fn remind(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    app::checks::remind_now(&web.app, &ctx.actor(), &id).await?;
    Ok(done(&format!("/checks/{id}"), "reminded"))
}

pub async fn results(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let r = app::checks::results(&web.app, &ctx.actor(), &id).await?;
    let waiting: Vec<_> = r
        .checks
        .iter()
        .filter(|c| c.status != "acknowledged")
        .map(|c| context! {
            state => c.state_code, poc_id => c.poc_id, poc_type => c.poc_type, address => c.address, status => c.status,
            reason => c.unreachable_reason, reminded_at => c.reminded_at, escalated_at => c.escalated_at,
        })
        .collect();
    Ok(web.page(&ctx, "check_results.html", context! {
        id => r.campaign.id, launched_at => r.campaign.launched_at, closes_at => r.campaign.closes_at,
        campaign_scope => r.campaign.scope(), overall => figures(&r.overall),
        silent_entries => r.silent_entries, may_recheck => r.may_recheck, to_remind => r.to_remind,
        by_region => r.by_region.iter().map(figures).collect::<Vec<_>>(),
        by_type => r.by_type.iter().map(figures).collect::<Vec<_>>(),
        waiting => waiting, notice => notice(&web, &ctx),
    }))
}

pub async fn export(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let body = app::checks::export_results(&web.app, &ctx.actor(), &id, &ctx.lang).await?;
    let disposition = format!("attachment; filename=\"pocdir-checks-{id}.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

/// An acknowledgement link from an email: this page changes nothing.
pub async fn ack_form(
    State(web): State<Web>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let v = app::checks::ack_view(&web.app, &token).await?;
    Ok(web.page(&ctx, "ack.html", context! {
        state => v.check.state_code, address => v.check.address, launched_at => v.launched_at, done => false,
    }))
}

/// The button on that page records the acknowledgement.
pub async fn ack(
    State(web): State<Web>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    app::checks::acknowledge_link(&web.app, &token).await?;
    Ok(web.page(&ctx, "ack.html", context! { done => true }))
}

pub async fn mine(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let pending = app::checks::pending_of_my_state(&web.app, &ctx.actor()).await?;
    let rows: Vec<_> = pending.iter().map(|c| context! { id => c.id, poc_id => c.poc_id, address => c.address, poc_type => c.poc_type }).collect();
    Ok(web.page(
        &ctx,
        "my_checks.html",
        context! { checks => rows, notice => notice(&web, &ctx) },
    ))
}

pub async fn ack_in_portal(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    app::checks::acknowledge_in_portal(&web.app, &ctx.actor(), &id).await?;
    Ok(done("/my-checks", "acknowledged"))
}
