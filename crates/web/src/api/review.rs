//! The custodian's review of changes through the API (INT-1, DIR-5), and
//! problem reports on entries (DIR-10).

use super::problem::Body;
use super::{Client, Outcome, PageQuery, page};
use crate::state::Web;
use app::directory::{ChangeDetail, ChangeSummary};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use utoipa::ToSchema;

page!(
    /// Changes waiting for verification.
    ChangePage of ChangeSummary
);

#[utoipa::path(get, path = "/api/v1/changes", operation_id = "list-changes", tag = "custodian",
    security(("token" = ["custodian"])),
    params(PageQuery),
    responses((status = 200, description = "A page of the pending changes, oldest first", body = ChangePage)))]
/// The changes waiting for verification, oldest first.
pub async fn pending(
    State(web): State<Web>,
    client: Client,
    Query(q): Query<PageQuery>,
) -> Response {
    let result = async {
        let paging = q.paging()?;
        let page = app::directory::pending_changes(&web.app, &client.actor, None, &paging).await?;
        Ok(ChangePage::from(page))
    }
    .await;
    client.answer(&web, result)
}

#[utoipa::path(get, path = "/api/v1/changes/{id}", operation_id = "get-change", tag = "custodian",
    security(("token" = ["custodian"]), ("token" = ["directory:write"])),
    params(("id" = String, Path, description = "The change's id")),
    responses((status = 200, description = "The change and its difference from what is published", body = ChangeDetail)))]
/// One change, with its difference from what is published: the custodian
/// reads any, a State its own.
pub async fn change(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::directory::change(&web.app, &client.actor, &id).await;
    client.answer(&web, result)
}

/// How the custodian verified a change with the State.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Verification {
    /// How the State confirmed it: one of `app::directory::CHANNELS`.
    channel: String,
    reference: String,
}

/// Verifies a change: it is published.
#[utoipa::path(post, path = "/api/v1/changes/{id}/verify", operation_id = "verify-change", tag = "custodian",
    security(("token" = ["custodian"])),
    params(("id" = String, Path, description = "The change's id")),
    request_body = Verification,
    responses((status = 200, description = "The change is published", body = Outcome)))]
/// Verifies a change and publishes it.
pub async fn verify(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(v): Body<Verification>,
) -> Response {
    let result = app::directory::verify(&web.app, &client.actor, &id, &v.channel, &v.reference)
        .await
        .map(|()| Outcome::of(&id, "published"));
    client.answer(&web, result)
}

/// Why a change is refused: the State reads it.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Rejection {
    reason: String,
}

/// Rejects a change, with the reason the State will read.
#[utoipa::path(post, path = "/api/v1/changes/{id}/reject", operation_id = "reject-change", tag = "custodian",
    security(("token" = ["custodian"])),
    params(("id" = String, Path, description = "The change's id")),
    request_body = Rejection,
    responses((status = 200, description = "The change is rejected", body = Outcome)))]
/// Rejects a change, with the reason the State reads.
pub async fn reject(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(r): Body<Rejection>,
) -> Response {
    let result = app::directory::reject(&web.app, &client.actor, &id, &r.reason)
        .await
        .map(|()| Outcome::of(&id, "rejected"));
    client.answer(&web, result)
}

/// A problem with an entry, as a reader reports it.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ProblemReport {
    /// One of `app::directory::PROBLEM_KINDS`.
    kind: String,
    detail: String,
}

/// Reports a problem with an entry to its State.
#[utoipa::path(post, path = "/api/v1/entries/{id}/problems", operation_id = "report-problem", tag = "submissions",
    security(("token" = ["directory:write"])),
    params(("id" = String, Path, description = "The entry's id")),
    request_body = ProblemReport,
    responses((status = 200, description = "The entry's State and the custodian are told", body = Outcome)))]
/// Reports a problem with an entry to its State and the custodian.
pub async fn report(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(p): Body<ProblemReport>,
) -> Response {
    let result = app::directory::report_problem(&web.app, &client.actor, &id, &p.kind, &p.detail)
        .await
        .map(|()| Outcome::of(&id, "reported"));
    client.answer(&web, result)
}
