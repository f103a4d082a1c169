//! What a regional directory reads (INT-3), with the credential the
//! custodian gave it: a snapshot of the entries of the States sharing with
//! it, the changes since its cursor, and the same entries as Global IRT
//! teams. No personal token reads these.

use super::Client;
use super::problem::Problem;
use crate::state::Web;
use app::sharing::{Changes, Feed, IrtTeams, Snapshot};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

/// Where a page of the snapshot starts.
#[derive(Deserialize, Default, IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SnapshotQuery {
    /// The `next_page` of the previous page; empty for the first.
    page: String,
}

#[utoipa::path(get, path = "/api/v1/sync/entries", operation_id = "sync-snapshot", tag = "regional",
    security(("token" = ["regional"])),
    params(SnapshotQuery),
    responses((status = 200, description = "A page of the entries the directory may hold, and the cursor its copy starts from", body = Snapshot)))]
/// A snapshot of the entries of the States that share with this directory,
/// a page at a time.
pub async fn snapshot(
    State(web): State<Web>,
    client: Client,
    Query(q): Query<SnapshotQuery>,
) -> Response {
    let result = app::sharing::snapshot(&web.app, &client.actor, &q.page).await;
    client.answer(&web, result)
}

/// Where the changes start.
#[derive(Deserialize, Default, IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ChangesQuery {
    /// The `cursor` of the snapshot or of the previous changes.
    cursor: String,
}

#[utoipa::path(get, path = "/api/v1/sync/changes", operation_id = "sync-changes", tag = "regional",
    security(("token" = ["regional"])),
    params(ChangesQuery),
    responses((status = 200, description = "What changed since the cursor; tombstones for what the copy must delete", body = Changes)))]
/// The changes since a cursor: entries published, and tombstones for those
/// withdrawn or no longer shared. A cursor too old, or behind too many
/// changes, is answered 410 with the code `resync`: take a fresh snapshot.
pub async fn changes(
    State(web): State<Web>,
    client: Client,
    Query(q): Query<ChangesQuery>,
) -> Response {
    match app::sharing::changes(&web.app, &client.actor, &q.cursor).await {
        Ok(Feed::Resync) => {
            Problem::new(&web, &client.lang, StatusCode::GONE, "resync").into_response()
        }
        Ok(Feed::Changes(c)) => client.answer(&web, Ok(c)),
        Err(e) => client.answer(&web, Err::<Changes, _>(e)),
    }
}

/// A page of the Global IRT list.
#[derive(Deserialize, IntoParams)]
#[serde(default, deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TeamsQuery {
    /// From 1 to 100.
    limit: usize,
    /// The first item is 0.
    offset: usize,
}

impl Default for TeamsQuery {
    fn default() -> Self {
        TeamsQuery {
            limit: 100,
            offset: 0,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/sync/teams", operation_id = "sync-teams", tag = "regional",
    security(("token" = ["regional"])),
    params(TeamsQuery),
    responses((status = 200, description = "The shared entries in the Global IRT format, pocdir's own fields prefixed -pocdir-", body = IrtTeams)))]
/// The shared entries as Global IRT teams (FIRST's `GET /teams`).
pub async fn teams(
    State(web): State<Web>,
    client: Client,
    Query(q): Query<TeamsQuery>,
) -> Response {
    let result = app::sharing::teams(&web.app, &client.actor, q.limit, q.offset).await;
    client.answer(&web, result)
}
