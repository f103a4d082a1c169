//! Communication checks through the API (INT-1, PING-2): the open checks of
//! the token owner's State, and acknowledging one, as in the portal.

use super::{Client, Outcome, PageQuery, page};
use crate::state::Web;
use app::checks::{Campaign, Check, Figures};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Serialize;
use utoipa::ToSchema;

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

page!(
    /// Campaigns of communication checks, newest first.
    CampaignPage of Campaign
);

#[utoipa::path(get, path = "/api/v1/campaigns", operation_id = "list-campaigns", tag = "checks",
    security(("token" = ["checks"]), ("token" = ["custodian"])),
    params(PageQuery),
    responses((status = 200, description = "A page of the campaigns, newest first", body = CampaignPage)))]
/// The campaigns of communication checks, newest first.
pub async fn campaigns(
    State(web): State<Web>,
    client: Client,
    Query(q): Query<PageQuery>,
) -> Response {
    let result = async {
        let list = app::checks::campaigns(&web.app, &client.actor, &q.paging()?).await?;
        Ok(CampaignPage::from(list.campaigns))
    }
    .await;
    client.answer(&web, result)
}

/// A campaign's results (PING-5): the custodian reads every State's, a
/// State its own.
#[derive(Serialize, ToSchema)]
pub struct CampaignResults {
    pub campaign: Campaign,
    /// Entries none of whose addresses has answered yet.
    pub silent_entries: usize,
    pub overall: Figures,
    pub by_region: Vec<Figures>,
    pub by_type: Vec<Figures>,
    pub checks: Vec<Check>,
}

#[utoipa::path(get, path = "/api/v1/campaigns/{id}", operation_id = "get-campaign-results", tag = "checks",
    security(("token" = ["checks"]), ("token" = ["custodian"])),
    params(("id" = String, Path, description = "The campaign's id")),
    responses((status = 200, description = "Response rates and times, by region and type, and each check", body = CampaignResults)))]
/// A campaign's results: response rate, median and 90th percentile, by
/// region and by type, and each check.
pub async fn results(State(web): State<Web>, client: Client, Path(id): Path<String>) -> Response {
    let result = app::checks::results(&web.app, &client.actor, &id)
        .await
        .map(|r| CampaignResults {
            campaign: r.campaign,
            silent_entries: r.silent_entries,
            overall: r.overall,
            by_region: r.by_region,
            by_type: r.by_type,
            checks: r.checks,
        });
    client.answer(&web, result)
}
