//! Usage statistics for the custodian (USE-1): sign-ins, look-ups,
//! searches, exports, communications and checks per month and region, and
//! communications by kind and urgency. Counts only.

use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::usage::Activity;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use minijinja::context;

/// Rows for the template. The bars chart look-ups and searches, what the
/// directory is for: `rate` is each row's share of the busiest.
fn rows(list: &[Activity]) -> Vec<minijinja::Value> {
    let looked_up = |a: &Activity| a.views + a.searches;
    let most = list.iter().map(looked_up).max().unwrap_or(0).max(1);
    list.iter()
        .map(|a| {
            context! {
                month => a.month, region => a.region, counts => a.counts().to_vec(),
                total => looked_up(a), rate => looked_up(a) as f64 * 100.0 / most as f64,
            }
        })
        .collect()
}

pub async fn usage(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let activity = app::usage::activity(&web.app, &actor).await?;
    let u = app::messages::usage(&web.app, &actor).await?;
    let titles: std::collections::BTreeMap<String, String> = app::messages::templates(&web.app)
        .await?
        .into_iter()
        .map(|(r, t)| (r.key, t.title.get(&ctx.lang).to_string()))
        .collect();
    let counted = |rows: &[(String, usize)], titled: bool| {
        rows.iter()
            .map(|(k, n)| {
                let label = titled.then(|| titles.get(k).cloned().unwrap_or_else(|| k.clone()));
                context! { key => k, label => label, count => n }
            })
            .collect::<Vec<_>>()
    };
    Ok(web.page(
        &ctx,
        "usage.html",
        context! {
            columns => Activity::COUNTED,
            by_month => rows(&activity.by_month), by_region => rows(&activity.by_region),
            total => u.total, by_template => counted(&u.by_template, true),
            by_urgency => counted(&u.by_urgency, false),
        },
    ))
}

/// The counts per month and region as CSV.
pub async fn csv(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let activity = app::usage::activity(&web.app, &ctx.actor()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"pocdir-usage.csv\"",
            ),
        ],
        app::usage::csv(&activity.rows),
    )
        .into_response())
}
