//! Results of campaigns: rates, median and 90th percentile, by region and
//! type, and the trend (PING-5).

use super::views::{Campaign, Check, Scope};
use crate::error::authorize;
use crate::page::{Page, Paging};
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;

/// A page of campaigns, newest first, and whether the reader may launch one.
pub struct CampaignList {
    pub campaigns: Page<Campaign>,
    pub may_launch: bool,
    /// When the next scheduled check starts, if one is scheduled (PING-1).
    pub next_check: Option<i64>,
}

pub async fn campaigns(app: &App, actor: &Actor, paging: &Paging) -> AppResult<CampaignList> {
    let resource = Resource::CheckResults(actor.state());
    authorize(actor, Action::ViewCheckResults, resource)?;
    let mut c = app.db.conn().await?;
    Ok(CampaignList {
        campaigns: paging
            .page(
                store::campaign::recent(&mut c, paging.after_newest(), paging.fetch()).await?,
                |r| (r.launched_at, &r.id),
            )
            .map(Into::into),
        may_launch: domain::policy::allows(actor, Action::RunChecks, &Resource::None),
        next_check: app.config.checks.calendar().next_slot(app.now()),
    })
}

/// Figures for a group of checks (PING-5).
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Figures {
    pub label: String,
    pub checks: usize,
    pub acknowledged: usize,
    pub unreachable: usize,
    /// Percent of checks acknowledged.
    pub rate: u32,
    /// Milliseconds from sending to acknowledgement.
    pub median_ms: Option<i64>,
    pub p90_ms: Option<i64>,
}

pub(super) fn nearest_rank(sorted: &[i64], pct: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (pct * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

pub(super) fn figures(label: &str, checks: &[&Check]) -> Figures {
    let mut times: Vec<i64> = checks
        .iter()
        .filter_map(|c| Some(c.acknowledged_at? - c.sent_at.or(c.acknowledged_at)?))
        .map(|ms| ms.max(0))
        .collect();
    times.sort_unstable();
    let acknowledged = checks.iter().filter(|c| c.status == "acknowledged").count();
    Figures {
        label: label.to_string(),
        checks: checks.len(),
        acknowledged,
        unreachable: checks.iter().filter(|c| c.status == "unreachable").count(),
        rate: if checks.is_empty() {
            0
        } else {
            ((acknowledged * 100 + checks.len() / 2) / checks.len()) as u32
        },
        median_ms: nearest_rank(&times, 50),
        p90_ms: nearest_rank(&times, 90),
    }
}

pub struct Results {
    pub campaign: Campaign,
    /// Entries none of whose addresses has answered yet.
    pub silent_entries: usize,
    /// The reader may check them again, or remind them, in one action.
    pub may_recheck: bool,
    /// Addresses that have not answered an open campaign and have not had
    /// their reminder yet: "remind now" reaches them.
    pub to_remind: usize,
    pub overall: Figures,
    pub by_region: Vec<Figures>,
    pub by_type: Vec<Figures>,
    pub checks: Vec<Check>,
}

/// The entries none of whose addresses acknowledged a campaign, from its
/// checks as (entry, acknowledged).
pub(super) fn silent_entries<'a>(
    checks: impl Iterator<Item = (&'a str, bool)> + Clone,
) -> std::collections::BTreeSet<&'a str> {
    let answered: std::collections::BTreeSet<&str> = checks
        .clone()
        .filter(|(_, acked)| *acked)
        .map(|(id, _)| id)
        .collect();
    checks
        .map(|(id, _)| id)
        .filter(|id| !answered.contains(id))
        .collect()
}

/// Whose results a user sees: everyone's (None) for the custodian, else
/// their own State's.
pub(super) fn scope(actor: &Actor) -> AppResult<Option<StateCode>> {
    if domain::policy::allows(
        actor,
        Action::ViewCheckResults,
        &Resource::CheckResults(None),
    ) {
        return Ok(None);
    }
    let only = actor.state();
    authorize(
        actor,
        Action::ViewCheckResults,
        Resource::CheckResults(only),
    )?;
    Ok(only)
}

/// One campaign's overall figures, for the trend (PING-5).
pub struct TrendPoint {
    pub campaign: Campaign,
    pub figures: Figures,
}

/// The trend across campaigns of one scope: a region's campaigns are not
/// compared with the whole directory's, nor a re-check of the silent with
/// anything (PING-5).
pub struct Trend {
    /// The scopes of recent campaigns, each with its key and how many
    /// campaigns it has.
    pub scopes: Vec<(String, Scope, usize)>,
    pub chosen: String,
    /// The last twelve campaigns of the chosen scope, oldest first.
    pub points: Vec<TrendPoint>,
}

/// How many recent campaigns the trend looks at.
const TREND_WINDOW: i64 = 200;

/// The trend of the scope `key`, or of the most recent campaign's scope
/// that has more than one campaign, with the user's scope of figures.
pub async fn trend(app: &App, actor: &Actor, key: Option<&str>) -> AppResult<Trend> {
    let only = scope(actor)?;
    let mut c = app.db.conn().await?;
    // Each campaign with its scope's key, read once.
    let campaigns: Vec<(Campaign, Scope)> =
        store::campaign::recent(&mut c, (i64::MAX, ""), TREND_WINDOW)
            .await?
            .into_iter()
            .map(Campaign::from)
            .map(|k| {
                let s = k.scope();
                (k, s)
            })
            .filter(|(_, s)| s.recheck_of.is_empty())
            .collect();
    let mut scopes: Vec<(String, Scope, usize)> = Vec::new();
    for (_, s) in &campaigns {
        let key = s.key();
        match scopes.iter_mut().find(|(k, _, _)| *k == key) {
            Some(found) => found.2 += 1,
            None => scopes.push((key, s.clone(), 1)),
        }
    }
    let chosen = key
        .filter(|k| scopes.iter().any(|(s, _, _)| s == k))
        .map(str::to_string)
        .or_else(|| scopes.iter().find(|s| s.2 > 1).map(|s| s.0.clone()))
        .or_else(|| scopes.first().map(|s| s.0.clone()))
        .unwrap_or_default();
    let mut points = Vec::new();
    for (campaign, _) in campaigns.into_iter().filter(|(_, s)| s.key() == chosen) {
        if points.len() == 12 {
            break;
        }
        let checks: Vec<Check> =
            store::campaign::checks_of(&mut c, &campaign.id, only.as_ref().map(StateCode::as_str))
                .await?
                .into_iter()
                .map(Into::into)
                .collect();
        if !checks.is_empty() {
            points.push(TrendPoint {
                figures: figures(&campaign.kind, &checks.iter().collect::<Vec<_>>()),
                campaign,
            });
        }
    }
    points.reverse();
    Ok(Trend {
        scopes,
        chosen,
        points,
    })
}

/// Results of a campaign: all of them for the custodian, a State's own
/// for its users.
pub async fn results(app: &App, actor: &Actor, campaign_id: &str) -> AppResult<Results> {
    let only = scope(actor)?;
    let mut c = app.db.conn().await?;
    let campaign = store::campaign::get(&mut c, campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let checks: Vec<Check> =
        store::campaign::checks_of(&mut c, campaign_id, only.as_ref().map(StateCode::as_str))
            .await?
            .into_iter()
            .map(Into::into)
            .collect();
    let all: Vec<&Check> = checks.iter().collect();
    let group = |key: fn(&Check) -> &str, labels: Vec<&str>| -> Vec<Figures> {
        labels
            .into_iter()
            .map(|l| {
                figures(
                    l,
                    &all.iter()
                        .copied()
                        .filter(|c| key(c) == l)
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|f| f.checks > 0)
            .collect()
    };
    let by_region = group(
        |c| c.region.as_str(),
        domain::Region::ALL.iter().map(|r| r.code()).collect(),
    );
    let by_type = group(
        |c| c.poc_type.as_str(),
        domain::PocType::ALL.iter().map(|t| t.code()).collect(),
    );
    let silent_entries = silent_entries(
        checks
            .iter()
            .map(|k| (k.poc_id.as_str(), k.acknowledged_at.is_some())),
    )
    .len();
    let open = campaign.closes_at > app.now();
    let to_remind = checks
        .iter()
        .filter(|k| open && k.status == "pending" && k.sent_at.is_some() && k.reminded_at.is_none())
        .count();
    Ok(Results {
        silent_entries,
        to_remind,
        may_recheck: domain::policy::allows(actor, Action::RunChecks, &Resource::None),
        overall: figures("all", &all),
        by_region,
        by_type,
        campaign: campaign.into(),
        checks,
    })
}

/// The results as CSV, headers in the reader's language (PING-5), after
/// recording who took them.
pub async fn export_results(
    app: &App,
    actor: &Actor,
    campaign_id: &str,
    lang: &str,
) -> AppResult<String> {
    let r = results(app, actor, campaign_id).await?;
    let mut c = app.begin().await?;
    audit::record(
        &mut c,
        actor,
        "checks.exported",
        &format!("campaign:{campaign_id}"),
        json!({ "checks": r.checks.len() }),
    )
    .await?;
    c.commit().await?;
    // Stable keys, the same in every language, for programs.
    let header = [
        "state",
        "state_name",
        "poc_type",
        "address",
        "status",
        "sent_at",
        "acknowledged_at",
        "response_seconds",
        "acknowledged_via",
    ];
    let time = |ms: Option<i64>| {
        ms.and_then(|m| jiff::Timestamp::from_millisecond(m).ok())
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    let rows = r.checks.iter().map(|c| {
        let seconds = match (c.sent_at, c.acknowledged_at) {
            (Some(s), Some(a)) => ((a - s).max(0) / 1000).to_string(),
            _ => String::new(),
        };
        [
            c.state_code.clone(),
            domain::StateCode::parse(&c.state_code)
                .map(|s| s.info().name(crate::i18n::un_language(lang)).to_string())
                .unwrap_or_default(),
            c.poc_type.clone(),
            c.address.clone(),
            c.status.clone(),
            time(c.sent_at),
            time(c.acknowledged_at),
            seconds,
            c.acknowledged_via.clone().unwrap_or_default(),
        ]
    });
    Ok(crate::kernel::sheet::csv(&header, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ping5_median_and_90th_percentile_by_nearest_rank() {
        let t: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&t, 50), Some(5));
        assert_eq!(nearest_rank(&t, 90), Some(9));
        assert_eq!(nearest_rank(&[7], 90), Some(7));
        assert_eq!(nearest_rank(&[], 50), None);
    }
}
