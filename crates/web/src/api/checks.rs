//! Communication checks through the API (INT-1, PING-2): the open checks of
//! the token owner's State, and acknowledging one, as in the portal.

use super::Client;
use crate::state::Web;
use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::json;

/// The checks of the State's own POCs that still await an answer.
pub async fn pending(State(web): State<Web>, client: Client) -> Response {
    let result = app::checks::pending_of_my_state(&web.app, &client.actor)
        .await
        .map(|checks| json!({ "items": checks, "next_cursor": null }));
    client.answer(&web, result)
}

/// Acknowledges a check of one of the State's own POCs.
pub async fn acknowledge(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
) -> Response {
    let result = app::checks::acknowledge_in_portal(&web.app, &client.actor, &id)
        .await
        .map(|()| json!({ "check": id, "status": "acknowledged" }));
    client.answer(&web, result)
}
