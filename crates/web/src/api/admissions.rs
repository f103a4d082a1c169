//! The custodian's other work through the API (INT-1): requests for access
//! (ACC-1) and launching a communication check (PING-1).

use super::Client;
use super::ListQuery;
use super::problem::{Body, Problem};
use crate::state::Web;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
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

/// Launches a check of the entries the directory's filters choose (every
/// published one when nothing narrows it).
pub async fn launch(State(web): State<Web>, client: Client, Body(l): Body<ListQuery>) -> Response {
    if !l.cursor.is_empty() {
        let refusal = Problem::new(
            &web,
            &client.lang,
            StatusCode::BAD_REQUEST,
            "cursor-invalid",
        );
        return refusal.into_response();
    }
    let result = app::checks::launch(&web.app, &client.actor, &l.query())
        .await
        .map(|campaign| json!({ "campaign": campaign, "status": "launched" }));
    client.answer(&web, result)
}
