//! Communication checks through the API (INT-1, PING-2): the open checks of
//! the token owner's State, and acknowledging one, as in the portal.

use super::{Client, Outcome, page};
use crate::state::Web;
use app::checks::Check;
use axum::extract::{Path, State};
use axum::response::Response;

page!(
    /// Checks of the State's POCs.
    CheckPage of Check
);

#[utoipa::path(get, path = "/api/v1/checks/pending", operation_id = "list-pending-checks", tag = "checks",
    security(("token" = ["checks"])),
    responses((status = 200, description = "The State's checks that await an answer", body = CheckPage)))]
/// The checks of the State's own POCs that still await an answer.
pub async fn pending(State(web): State<Web>, client: Client) -> Response {
    let result = app::checks::pending_of_my_state(&web.app, &client.actor)
        .await
        .map(CheckPage::from);
    client.answer(&web, result)
}

#[utoipa::path(post, path = "/api/v1/checks/{id}/ack", operation_id = "acknowledge-check", tag = "checks",
    security(("token" = ["checks"])),
    params(("id" = String, Path, description = "The check's id")),
    responses((status = 200, description = "The check is acknowledged", body = Outcome)))]
/// Acknowledges a check of one of the State's own POCs.
pub async fn acknowledge(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
) -> Response {
    let result = app::checks::acknowledge_in_portal(&web.app, &client.actor, &id)
        .await
        .map(|()| Outcome::of(&id, "acknowledged"));
    client.answer(&web, result)
}
