//! The custodian's other work through the API (INT-1): requests for access
//! (ACC-1) and launching a communication check (PING-1).

use super::problem::{Body, Problem};
use super::{Client, ListQuery, Outcome, PageQuery, page};
use crate::state::Web;
use app::accounts::AccessRequest;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;

page!(
    /// Requests for access.
    AccessRequestPage of AccessRequest
);

#[utoipa::path(get, path = "/api/v1/access-requests", operation_id = "list-access-requests", tag = "custodian",
    security(("token" = ["custodian"])),
    params(PageQuery),
    responses((status = 200, description = "A page of the requests for access that await a decision, newest first", body = AccessRequestPage)))]
/// Requests for access that await a decision, newest first.
pub async fn requests(
    State(web): State<Web>,
    client: Client,
    Query(q): Query<PageQuery>,
) -> Response {
    let result = async {
        let paging = q.paging()?;
        let page =
            app::accounts::access_requests(&web.app, &client.actor, "pending", &paging).await?;
        Ok(AccessRequestPage::from(page))
    }
    .await;
    client.answer(&web, result)
}

/// The custodian's decision on a request for access.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Decision {
    /// For an admission: the reference of the verification made out of band.
    verification_ref: String,
    /// For a refusal: the reason the requester reads.
    reason: String,
}

/// Admits the State of a request and invites its national administrator.
#[utoipa::path(post, path = "/api/v1/access-requests/{id}/admit", operation_id = "admit-access-request", tag = "custodian",
    security(("token" = ["custodian"])),
    params(("id" = String, Path, description = "The request's id")),
    request_body = Decision,
    responses((status = 200, description = "The requester is invited", body = Outcome)))]
pub async fn admit(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(d): Body<Decision>,
) -> Response {
    let result = app::accounts::admit(&web.app, &client.actor, &id, &d.verification_ref)
        .await
        .map(|()| Outcome::of(&id, "admitted"));
    client.answer(&web, result)
}

/// Refuses a request, with its reason.
#[utoipa::path(post, path = "/api/v1/access-requests/{id}/reject", operation_id = "reject-access-request", tag = "custodian",
    security(("token" = ["custodian"])),
    params(("id" = String, Path, description = "The request's id")),
    request_body = Decision,
    responses((status = 200, description = "The request is refused", body = Outcome)))]
pub async fn reject(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(d): Body<Decision>,
) -> Response {
    let result = app::accounts::reject_request(&web.app, &client.actor, &id, &d.reason)
        .await
        .map(|()| Outcome::of(&id, "rejected"));
    client.answer(&web, result)
}

/// Launches a check of the entries the directory's filters choose (every
/// published one when nothing narrows it).
#[utoipa::path(post, path = "/api/v1/checks", operation_id = "launch-check", tag = "custodian",
    security(("token" = ["custodian"])),
    request_body = ListQuery,
    responses((status = 200, description = "The check is launched; `id` names the campaign", body = Outcome)))]
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
        .map(|campaign| Outcome::of(&campaign, "launched"));
    client.answer(&web, result)
}
