//! The custodian's other work through the API (INT-1): requests for access
//! (ACC-1) and launching a communication check (PING-1).

use super::Client;
use super::problem::Body;
use crate::state::Web;
use app::directory::BrowseQuery;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

/// Requests for access that await a decision.
pub async fn requests(State(web): State<Web>, client: Client) -> Response {
    let result = app::accounts::access_requests(&web.app, &client.actor, "pending")
        .await
        .map(|list| json!({ "items": list, "next_cursor": null }));
    client.answer(&web, result)
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Decision {
    /// For an admission: the reference of the verification made out of band.
    verification_ref: String,
    /// For a refusal: the reason the requester reads.
    reason: String,
}

/// Admits the State of a request and invites its national administrator.
pub async fn admit(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(d): Body<Decision>,
) -> Response {
    let result = app::accounts::admit(&web.app, &client.actor, &id, &d.verification_ref)
        .await
        .map(|()| json!({ "request": id, "status": "admitted" }));
    client.answer(&web, result)
}

/// Refuses a request, with its reason.
pub async fn reject(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(d): Body<Decision>,
) -> Response {
    let result = app::accounts::reject_request(&web.app, &client.actor, &id, &d.reason)
        .await
        .map(|()| json!({ "request": id, "status": "rejected" }));
    client.answer(&web, result)
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Scope {
    q: String,
    state: String,
    region: String,
    poc_type: String,
    language: String,
    overdue: bool,
}

/// Launches a check of the entries in scope (every published one when
/// nothing narrows it).
pub async fn launch(State(web): State<Web>, client: Client, Body(s): Body<Scope>) -> Response {
    let q = BrowseQuery {
        q: s.q,
        state: s.state,
        region: s.region,
        poc_type: s.poc_type,
        language: s.language,
        overdue: s.overdue,
        page: 1,
    };
    let result = app::checks::launch(&web.app, &client.actor, &q)
        .await
        .map(|campaign| json!({ "campaign": campaign, "status": "launched" }));
    client.answer(&web, result)
}
