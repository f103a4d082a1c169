//! The custodian's review of changes through the API (INT-1, DIR-5), and
//! problem reports on entries (DIR-10).

use super::Client;
use super::problem::Body;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

/// The changes waiting for verification.
pub async fn pending(State(web): State<Web>, client: Client) -> Response {
    let result = app::directory::pending_changes(&web.app, &client.actor, None)
        .await
        .map(|changes| json!({ "items": changes, "next_cursor": null }));
    client.answer(&web, result)
}

/// One change, with its difference from what is published.
pub async fn change(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::directory::change(&web.app, &client.actor, &id).await;
    client.answer(&web, result)
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Verification {
    /// How the State confirmed it: one of `app::directory::CHANNELS`.
    channel: String,
    reference: String,
}

/// Verifies a change: it is published.
pub async fn verify(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(v): Body<Verification>,
) -> Response {
    let result = app::directory::verify(&web.app, &client.actor, &id, &v.channel, &v.reference)
        .await
        .map(|()| json!({ "change": id, "status": "published" }));
    client.answer(&web, result)
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Rejection {
    reason: String,
}

/// Rejects a change, with the reason the State will read.
pub async fn reject(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(r): Body<Rejection>,
) -> Response {
    let result = app::directory::reject(&web.app, &client.actor, &id, &r.reason)
        .await
        .map(|()| json!({ "change": id, "status": "rejected" }));
    client.answer(&web, result)
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ProblemReport {
    /// One of `app::directory::PROBLEM_KINDS`.
    kind: String,
    detail: String,
}

/// Reports a problem with an entry to its State.
pub async fn report(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(p): Body<ProblemReport>,
) -> Response {
    let result = app::directory::report_problem(&web.app, &client.actor, &id, &p.kind, &p.detail)
        .await
        .map(|()| json!({ "entry": id, "status": "reported" }));
    client.answer(&web, result)
}
