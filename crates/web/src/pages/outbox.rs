//! The demo outbox: in the embedded default, email is written to a folder,
//! and this page shows it, only in demo mode and only to a browser on the
//! same machine, since the messages hold invitation and sign-in links.

use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minijinja::context;
use serde::Deserialize;

const PER_PAGE: usize = 50;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutboxQuery {
    /// Words that the recipient or the subject contains.
    q: String,
    page: usize,
}

fn same_machine(ctx: &Ctx) -> Result<(), WebError> {
    match ctx.origin.ip.parse::<std::net::IpAddr>() {
        Ok(ip) if ip.is_loopback() => Ok(()),
        _ => Err(app::AppError::NotFound.into()),
    }
}

pub async fn list(
    State(web): State<Web>,
    ctx: Ctx,
    Query(oq): Query<OutboxQuery>,
) -> Result<Response, WebError> {
    same_machine(&ctx)?;
    let words: Vec<String> = oq.q.split_whitespace().map(str::to_lowercase).collect();
    let found: Vec<_> = app::mail::outbox_files(&web.app)?
        .into_iter()
        .filter(|f| {
            let text = format!("{} {}", f.to, f.subject).to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect();
    let pages = found.len().div_ceil(PER_PAGE).max(1);
    let page = oq.page.clamp(1, pages);
    let rows: Vec<_> = found
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .map(|f| context! { name => f.name, modified => f.modified, to => f.to, subject => f.subject })
        .collect();
    let qs = serde_urlencoded::to_string([("q", oq.q.as_str())]).unwrap_or_default();
    Ok(web.page(
        &ctx,
        "outbox.html",
        context! {
            files => rows, total => found.len(), page => page, pages => pages, q => oq.q, qs => qs,
        },
    ))
}

pub async fn message(
    State(web): State<Web>,
    ctx: Ctx,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    same_machine(&ctx)?;
    let f = app::mail::outbox_file(&web.app, &name)?;
    // Links back into the portal (invitations, acknowledgements) are clickable.
    let own = &web.app.config().public_url;
    let links: Vec<&str> = f
        .body
        .split_whitespace()
        .filter(|w| w.starts_with(own.as_str()))
        .collect();
    Ok(web.page(&ctx, "outbox_message.html", context! {
        name => f.name, modified => f.modified, to => f.to, subject => f.subject, body => f.body, links => links,
    }))
}
