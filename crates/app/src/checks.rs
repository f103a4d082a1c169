//! Communication checks (PING-1, PING-2, PING-5): a campaign sends every
//! selected POC address a short message in the POC's language with a
//! personal acknowledgement link, and measures the time from the mail
//! server's acceptance to the answer.

use crate::clock::DAY;
use crate::crypto::{digest, token};
use crate::directory::{BrowseQuery, filter, select};
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, PocFields, StateCode, UnLanguage};
use serde_json::json;
use store::campaign::{CampaignRow, CheckRow};

pub struct Preview {
    pub pocs: usize,
    pub addresses: usize,
}

async fn selected(app: &App, q: &BrowseQuery) -> AppResult<Vec<(store::poc::PocRow, PocFields)>> {
    let (rows, _) = select(app, &filter(app, q)?, 0, i64::from(u32::MAX)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let fields: PocFields = serde_json::from_str(r.published_fields.as_deref()?).ok()?;
            Some((r, fields))
        })
        .collect())
}

/// How many POCs and addresses a campaign over this selection would reach.
pub async fn preview(app: &App, actor: &Actor, q: &BrowseQuery) -> AppResult<Preview> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let pocs = selected(app, q).await?;
    Ok(Preview {
        pocs: pocs.len(),
        addresses: pocs.iter().map(|(_, f)| f.emails.len()).sum(),
    })
}

/// The language a POC reads: its first working language that is a UN
/// language, else the language of its entry.
pub(crate) fn language_of(f: &PocFields) -> UnLanguage {
    f.languages
        .iter()
        .find_map(|l| UnLanguage::parse(l.as_str()).ok())
        .unwrap_or(f.submission_language)
}

/// Launches a campaign over the selection, in one transaction: every check
/// and its email are written together (NFR-4). Returns the campaign id.
pub async fn launch(app: &App, actor: &Actor, q: &BrowseQuery) -> AppResult<String> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let pocs = selected(app, q).await?;
    if pocs.is_empty() {
        return Err(AppError::Conflict("err-campaign-empty"));
    }
    let selection = json!({ "q": q.q, "state": q.state, "region": q.region, "poc_type": q.poc_type, "language": q.language, "overdue": q.overdue }).to_string();
    let mut c = app.db.begin().await?;
    let by = actor.user_id().unwrap_or_default();
    let id = start(app, &mut c, "adhoc", &selection, by, &pocs).await?;
    audit::record(
        app,
        &mut c,
        actor,
        "campaign.launched",
        &format!("campaign:{id}"),
        json!({ "pocs": pocs.len(), "selection": selection }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(id)
}

/// The scheduled check of every published POC (PING-1): starts the
/// campaign of the current slot unless this or another instance already
/// did. Returns the campaign id when it started one.
pub async fn run_schedule(app: &App) -> AppResult<Option<String>> {
    const JOB: &str = "scheduled-check";
    let Some(slot) = crate::schedule::due_slot(&app.config.checks, app.now()) else {
        return Ok(None);
    };
    if store::job::ran(&mut app.db.conn().await?, JOB, &slot).await? {
        return Ok(None);
    }
    let pocs = selected(app, &BrowseQuery::default()).await?;
    let mut c = app.db.begin().await?;
    let outcome = if pocs.is_empty() {
        "nothing to check"
    } else {
        "launched"
    };
    // The claim and the campaign commit together: a crash leaves neither.
    if !store::job::claim(&mut c, JOB, &slot, app.now(), outcome).await? {
        return Ok(None);
    }
    let id = if pocs.is_empty() {
        None
    } else {
        Some(
            start(
                app,
                &mut c,
                "scheduled",
                "{}",
                &audit::actor_label(&Actor::System),
                &pocs,
            )
            .await?,
        )
    };
    audit::record(
        app,
        &mut c,
        &Actor::System,
        "campaign.scheduled",
        &format!("slot:{slot}"),
        json!({ "pocs": pocs.len(), "campaign": id }),
    )
    .await?;
    c.commit().await?;
    app.mail.wake();
    Ok(id)
}

/// Writes a campaign, its checks and their messages in the caller's transaction.
async fn start(
    app: &App,
    c: &mut store::Conn,
    kind: &str,
    selection: &str,
    launched_by: &str,
    pocs: &[(store::poc::PocRow, PocFields)],
) -> AppResult<String> {
    let now = app.now();
    let campaign = CampaignRow {
        id: store::new_id(),
        kind: kind.into(),
        selection: selection.into(),
        launched_by: launched_by.into(),
        launched_at: now,
        closes_at: now + app.config.checks.answer_days * DAY,
    };
    store::campaign::insert(c, &campaign).await?;
    for (row, fields) in pocs {
        let state = StateCode::parse(&row.state_code)?;
        for email in &fields.emails {
            let check = CheckRow {
                id: store::new_id(),
                campaign_id: campaign.id.clone(),
                poc_id: row.id.clone(),
                state_code: state.to_string(),
                region: state.info().region.code().to_string(),
                poc_type: row.poc_type.clone(),
                address: email.to_string(),
                status: "pending".into(),
                sent_at: None,
                acknowledged_at: None,
                acknowledged_via: None,
                acknowledged_by: None,
                reminded_at: None,
                escalated_at: None,
                unreachable_reason: None,
            };
            store::campaign::insert_check(c, &check).await?;
            send_link(app, c, &check, fields, "email-check", campaign.closes_at).await?;
        }
    }
    Ok(campaign.id)
}

/// Queues a check message (`key` is the first message or the reminder)
/// with a new personal link; only the link's hash is kept.
pub(crate) async fn send_link(
    app: &App,
    c: &mut store::Conn,
    check: &CheckRow,
    fields: &PocFields,
    key: &str,
    closes_at: i64,
) -> AppResult<()> {
    let secret = token();
    let lang = language_of(fields);
    let state = StateCode::parse(&check.state_code)?;
    let outbox_id = mail::queue(
        app,
        c,
        Email {
            to: &check.address,
            lang: lang.code(),
            key,
            args: vec![
                ("state", state.info().name(lang).to_string()),
                ("entity", fields.entity.clone()),
                ("link", format!("{}/ack/{secret}", app.config.public_url)),
                ("days", ((closes_at - app.now()) / DAY).max(1).to_string()),
            ],
        },
    )
    .await?;
    store::campaign::insert_token(c, &digest(&secret), &check.id, &outbox_id, app.now()).await?;
    Ok(())
}

/// What an acknowledgement link shows before anything is recorded.
pub struct AckView {
    pub check: CheckRow,
    pub launched_at: i64,
}

/// The check behind a link: a GET only looks (mail scanners follow links).
pub async fn ack_view(app: &App, secret: &str) -> AppResult<AckView> {
    let mut c = app.db.conn().await?;
    let check = store::campaign::by_token(&mut c, &digest(secret))
        .await?
        .ok_or(AppError::Gone("err-ack-unknown"))?;
    let campaign = store::campaign::get(&mut c, &check.campaign_id)
        .await?
        .ok_or(AppError::Gone("err-ack-unknown"))?;
    if check.status == "acknowledged" {
        return Err(AppError::Gone("err-ack-used"));
    }
    if campaign.closes_at <= app.now() {
        return Err(AppError::Gone("err-ack-expired"));
    }
    Ok(AckView {
        check,
        launched_at: campaign.launched_at,
    })
}

/// Records the acknowledgement from a link: once, without signing in.
pub async fn acknowledge_link(app: &App, secret: &str) -> AppResult<()> {
    let view = ack_view(app, secret).await?;
    record(app, &view.check, "link", &Actor::Anonymous).await
}

async fn record(app: &App, check: &CheckRow, via: &str, actor: &Actor) -> AppResult<()> {
    let mut c = app.db.begin().await?;
    if !store::campaign::acknowledge(&mut c, &check.id, app.now(), via, actor.user_id()).await? {
        return Err(AppError::Gone("err-ack-used"));
    }
    audit::record(
        app,
        &mut c,
        actor,
        "check.acknowledged",
        &format!("check:{}", check.id),
        json!({ "via": via }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// The open checks of the signed-in user's State.
pub async fn pending_of_my_state(app: &App, actor: &Actor) -> AppResult<Vec<CheckRow>> {
    let state = actor.state().ok_or_else(|| crate::error::refusal(actor))?;
    authorize(actor, Action::AcknowledgeCheck, Resource::State(state))?;
    let mut c = app.db.conn().await?;
    Ok(store::campaign::pending_of_state(&mut c, state.as_str(), app.now()).await?)
}

/// Acknowledges in the portal instead of by link (PING-2).
pub async fn acknowledge_in_portal(app: &App, actor: &Actor, check_id: &str) -> AppResult<()> {
    let check = {
        let mut c = app.db.conn().await?;
        store::campaign::check(&mut c, check_id)
            .await?
            .ok_or(AppError::NotFound)?
    };
    authorize(
        actor,
        Action::AcknowledgeCheck,
        Resource::State(StateCode::parse(&check.state_code)?),
    )?;
    let mut c = app.db.conn().await?;
    let campaign = store::campaign::get(&mut c, &check.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if campaign.closes_at <= app.now() {
        return Err(AppError::Gone("err-ack-expired"));
    }
    drop(c);
    record(app, &check, "portal", actor).await
}

/// The recent campaigns, and whether the reader may launch one.
pub struct CampaignList {
    pub campaigns: Vec<CampaignRow>,
    pub may_launch: bool,
}

pub async fn campaigns(app: &App, actor: &Actor) -> AppResult<CampaignList> {
    let resource = Resource::CheckResults(actor.state());
    authorize(actor, Action::ViewCheckResults, resource)?;
    let mut c = app.db.conn().await?;
    Ok(CampaignList {
        campaigns: store::campaign::recent(&mut c, 50).await?,
        may_launch: domain::policy::allows(actor, Action::RunChecks, &Resource::None),
    })
}

/// Figures for a group of checks (PING-5).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Figures {
    pub label: String,
    pub checks: usize,
    pub acknowledged: usize,
    pub unreachable: usize,
    /// Percent of checks acknowledged.
    pub rate: u32,
    pub median_minutes: Option<i64>,
    pub p90_minutes: Option<i64>,
}

fn nearest_rank(sorted: &[i64], pct: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (pct * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

fn figures(label: &str, checks: &[&CheckRow]) -> Figures {
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
        median_minutes: nearest_rank(&times, 50).map(|ms| ms / 60_000),
        p90_minutes: nearest_rank(&times, 90).map(|ms| ms / 60_000),
    }
}

pub struct Results {
    pub campaign: CampaignRow,
    pub overall: Figures,
    pub by_region: Vec<Figures>,
    pub by_type: Vec<Figures>,
    pub checks: Vec<CheckRow>,
}

/// Whose results a user sees: everyone's (None) for the custodian, else
/// their own State's.
fn scope(actor: &Actor) -> AppResult<Option<StateCode>> {
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
    pub campaign: CampaignRow,
    pub figures: Figures,
}

/// The last twelve campaigns, oldest first, with the user's scope of figures.
pub async fn trend(app: &App, actor: &Actor) -> AppResult<Vec<TrendPoint>> {
    let only = scope(actor)?;
    let mut c = app.db.conn().await?;
    let mut points = Vec::new();
    for campaign in store::campaign::recent(&mut c, 12).await?.into_iter().rev() {
        let checks =
            store::campaign::checks_of(&mut c, &campaign.id, only.as_ref().map(StateCode::as_str))
                .await?;
        if !checks.is_empty() {
            points.push(TrendPoint {
                figures: figures(&campaign.kind, &checks.iter().collect::<Vec<_>>()),
                campaign,
            });
        }
    }
    Ok(points)
}

/// Results of a campaign: all of them for the custodian, a State's own
/// for its users.
pub async fn results(app: &App, actor: &Actor, campaign_id: &str) -> AppResult<Results> {
    let only = scope(actor)?;
    let mut c = app.db.conn().await?;
    let campaign = store::campaign::get(&mut c, campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let checks =
        store::campaign::checks_of(&mut c, campaign_id, only.as_ref().map(StateCode::as_str))
            .await?;
    let all: Vec<&CheckRow> = checks.iter().collect();
    let group = |key: fn(&CheckRow) -> &str, labels: Vec<&str>| -> Vec<Figures> {
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
    Ok(Results {
        overall: figures("all", &all),
        by_region,
        by_type,
        campaign,
        checks,
    })
}

/// The results as CSV, headers in the reader's language (PING-5).
pub fn results_csv(r: &Results, i18n: &crate::i18n::I18n, lang: &str) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = [
        "state",
        "poc-type",
        "address",
        "check-status",
        "sent",
        "acknowledged",
        "response-minutes",
        "via",
    ]
    .iter()
    .map(|k| i18n.t(lang, &format!("field-{k}"), &[]))
    .collect();
    let _ = w.write_record(&header);
    let time = |ms: Option<i64>| {
        ms.and_then(|m| jiff::Timestamp::from_millisecond(m).ok())
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    for c in &r.checks {
        let minutes = match (c.sent_at, c.acknowledged_at) {
            (Some(s), Some(a)) => ((a - s).max(0) / 60_000).to_string(),
            _ => String::new(),
        };
        let _ = w.write_record([
            c.state_code.clone(),
            c.poc_type.clone(),
            c.address.clone(),
            c.status.clone(),
            time(c.sent_at),
            time(c.acknowledged_at),
            minutes,
            c.acknowledged_via.clone().unwrap_or_default(),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The custodian records a phone check of one of an entry's numbers (PING-4).
pub async fn record_phone_check(
    app: &App,
    actor: &Actor,
    poc_id: &str,
    number: &str,
    reached: &str,
    note: &str,
) -> AppResult<()> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let note = domain::fields::text("note", note, 500)?;
    let reached = match reached {
        "yes" => true,
        "no" => false,
        _ => return Err(domain::FieldError::new("reached", "err-reached").into()),
    };
    let mut c = app.db.begin().await?;
    let poc = store::poc::get(&mut c, poc_id)
        .await?
        .filter(|p| p.status == "active")
        .ok_or(AppError::NotFound)?;
    let fields: PocFields = serde_json::from_str(poc.published_fields.as_deref().unwrap_or("null"))
        .map_err(|e| store::Error::Corrupt(e.to_string()))?;
    if !fields.phones.iter().any(|p| p.number() == number) {
        return Err(domain::FieldError::new("number", "err-phone-not-of-entry").into());
    }
    let row = store::campaign::PhoneCheckRow {
        id: store::new_id(),
        poc_id: poc.id.clone(),
        state_code: poc.state_code.clone(),
        number: number.to_string(),
        reached,
        called_at: app.now(),
        recorded_by: actor.user_id().unwrap_or_default().to_string(),
        note,
    };
    store::campaign::insert_phone_check(&mut c, &row).await?;
    audit::record(
        app,
        &mut c,
        actor,
        "phone_check.recorded",
        &format!("poc:{}", poc.id),
        json!({ "reached": reached }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Phone checks of an entry, for the custodian and the entry's own State.
pub async fn phone_checks(
    app: &App,
    actor: &Actor,
    poc_id: &str,
    state: StateCode,
) -> AppResult<Vec<store::campaign::PhoneCheckRow>> {
    authorize(
        actor,
        Action::ViewCheckResults,
        Resource::CheckResults(Some(state)),
    )?;
    let mut c = app.db.conn().await?;
    Ok(store::campaign::phone_checks_of(&mut c, poc_id).await?)
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
