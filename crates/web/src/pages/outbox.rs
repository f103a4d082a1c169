//! The demo outbox: in the embedded default, email is written to a folder,
//! and this page shows it, only in demo mode and only to a browser on the
//! same machine, since the messages hold invitation and sign-in links.

use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::context;

fn same_machine(ctx: &Ctx) -> Result<(), WebError> {
    match ctx.origin.ip.parse::<std::net::IpAddr>() {
        Ok(ip) if ip.is_loopback() => Ok(()),
        _ => Err(app::AppError::NotFound.into()),
    }
}

pub async fn list(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    same_machine(&ctx)?;
    let files = app::mail::outbox_files(&web.app)?;
    let rows: Vec<_> = files
        .iter()
        .take(200)
        .map(|f| context! { name => f.name, modified => f.modified, to => f.to, subject => f.subject })
        .collect();
    Ok(web.page(&ctx, "outbox.html", context! { files => rows }))
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
