//! Capacity-building initiatives and expert meetings (CAP-2): a State's
//! national administrator proposes one, in any UN language with an optional
//! English translation; the custodian publishes it or declines it with a
//! reason; published ones are public, with a contact only if the State
//! chose to publish it.

use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::fields::{line, required_line, required_text, text};
use domain::policy::Resource;
use domain::{Action, Actor, Email, FieldError, StateCode, UnLanguage};
use serde_json::json;

pub const KINDS: [&str; 2] = ["initiative", "meeting"];
pub const TOPICS: [&str; 6] = [
    "incident-response",
    "policy-diplomacy",
    "law-cybercrime",
    "technical-training",
    "exercises",
    "other",
];

/// A proposal as the form sends it.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct InitiativeInput {
    pub kind: String,
    pub topic: String,
    pub title: String,
    pub description: String,
    pub title_en: String,
    pub description_en: String,
    pub written_in: String,
    pub starts_on: String,
    pub ends_on: String,
    pub organiser: String,
    pub contact: String,
    pub contact_public: bool,
    pub languages: Vec<String>,
    pub open_to_all: bool,
}

/// An initiative as readers see it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Initiative {
    pub id: String,
    pub state: String,
    /// The proposing State's region, by code; empty without one.
    pub region: String,
    pub kind: String,
    pub topic: String,
    pub title: String,
    pub description: String,
    pub title_en: Option<String>,
    pub description_en: Option<String>,
    pub written_in: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub organiser: String,
    /// Only where the State chose to publish it, or for the custodian and
    /// the State itself.
    pub contact: Option<String>,
    pub languages: Vec<String>,
    pub open_to_all: bool,
    pub status: String,
    pub decline_reason: Option<String>,
    pub submitted_at: i64,
}

fn view(r: store::initiative::InitiativeRow, with_contact: bool) -> Initiative {
    let region = StateCode::parse(&r.state_code)
        .ok()
        .and_then(|s| s.info().region)
        .map_or(String::new(), |g| g.code().to_string());
    Initiative {
        contact: (with_contact || r.contact_public == 1).then_some(r.contact),
        languages: r.languages.split_whitespace().map(str::to_string).collect(),
        open_to_all: r.open_to_all == 1,
        id: r.id,
        state: r.state_code,
        region,
        kind: r.kind,
        topic: r.topic,
        title: r.title,
        description: r.description,
        title_en: r.title_en,
        description_en: r.description_en,
        written_in: r.written_in,
        starts_on: r.starts_on,
        ends_on: r.ends_on,
        organiser: r.organiser,
        status: r.status,
        decline_reason: r.decline_reason,
        submitted_at: r.submitted_at,
    }
}

fn state_name(state: StateCode, lang: &str) -> String {
    let lang = UnLanguage::parse(lang).unwrap_or(UnLanguage::En);
    state.info().name(lang).to_string()
}

fn today(app: &App) -> jiff::civil::Date {
    jiff::Timestamp::from_millisecond(app.now())
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
        .unwrap_or_default()
}

fn date(field: &str, raw: &str) -> Result<Option<jiff::civil::Date>, FieldError> {
    match raw.trim() {
        "" => Ok(None),
        d => d
            .parse()
            .map(Some)
            .map_err(|_| FieldError::new(field, "err-date-format")),
    }
}

/// The proposal's fields, checked: each error names its field.
fn checked(app: &App, i: &InitiativeInput) -> AppResult<store::initiative::InitiativeRow> {
    let mut errors = Vec::new();
    let mut keep =
        |r: Result<String, FieldError>| r.map_err(|e| errors.push(e)).unwrap_or_default();
    let kind = keep(
        KINDS
            .contains(&i.kind.as_str())
            .then(|| i.kind.clone())
            .ok_or_else(|| FieldError::new("kind", "err-initiative-kind")),
    );
    let topic = keep(
        TOPICS
            .contains(&i.topic.as_str())
            .then(|| i.topic.clone())
            .ok_or_else(|| FieldError::new("topic", "err-initiative-topic")),
    );
    let title = keep(required_line("title", &i.title, 200));
    let description = keep(required_text("description", &i.description, 5000));
    let title_en = keep(line("title_en", &i.title_en, 200).map(Option::unwrap_or_default));
    let description_en =
        keep(text("description_en", &i.description_en, 5000).map(Option::unwrap_or_default));
    let written_in = keep(
        UnLanguage::parse(&i.written_in)
            .map(|l| l.code().to_string())
            .map_err(|_| FieldError::new("written_in", "err-un-language")),
    );
    let organiser = keep(required_line("organiser", &i.organiser, 200));
    let contact = keep(
        Email::parse(&i.contact)
            .map(|e| e.to_string())
            .map_err(|e| FieldError::new("contact", e.key)),
    );
    let languages: Vec<String> = i
        .languages
        .iter()
        .filter_map(|l| UnLanguage::parse(l).ok())
        .map(|l| l.code().to_string())
        .collect();
    if languages.is_empty() || languages.len() != i.languages.len() {
        errors.push(FieldError::new("languages", "err-initiative-languages"));
    }
    let starts = date("starts_on", &i.starts_on)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let ends = date("ends_on", &i.ends_on)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    match (starts, ends) {
        (None, _) if !errors.iter().any(|e| e.field == "starts_on") => {
            errors.push(FieldError::new("starts_on", "err-required"));
        }
        (Some(s), Some(e)) if e < s => {
            errors.push(FieldError::new("ends_on", "err-initiative-dates"))
        }
        (Some(s), e) if e.unwrap_or(s) < today(app) => {
            errors.push(FieldError::new("starts_on", "err-initiative-past"));
        }
        _ => {}
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    let some = |s: String| (!s.is_empty()).then_some(s);
    Ok(store::initiative::InitiativeRow {
        id: store::new_id(),
        state_code: String::new(),
        kind,
        topic,
        title,
        description,
        title_en: some(title_en),
        description_en: some(description_en),
        written_in,
        starts_on: starts.map(|d| d.to_string()).unwrap_or_default(),
        ends_on: ends.map(|d| d.to_string()),
        organiser,
        contact,
        contact_public: i64::from(i.contact_public),
        languages: languages.join(" "),
        open_to_all: i64::from(i.open_to_all),
        status: "pending".into(),
        submitted_by: String::new(),
        submitted_at: app.now(),
        decided_by: None,
        decided_at: None,
        decline_reason: None,
    })
}

/// A State proposes an initiative; it waits for the custodian.
pub async fn propose(
    app: &App,
    actor: &Actor,
    state: StateCode,
    input: &InitiativeInput,
) -> AppResult<String> {
    authorize(actor, Action::ProposeInitiative, Resource::State(state))?;
    let mut row = checked(app, input)?;
    row.state_code = state.to_string();
    row.submitted_by = actor.user_id().unwrap_or_default().to_string();
    let mut c = app.begin().await?;
    store::initiative::insert(&mut c, &row).await?;
    let url = format!("{}/custodian/initiatives", app.config.public_url);
    crate::mail::queue_to_custodians(app, &mut c, "email-initiative-proposed", |lang| {
        vec![
            ("state", state_name(state, lang)),
            ("title", row.title.clone()),
            ("url", url.clone()),
        ]
    })
    .await?;
    audit::record(&mut c, actor, "initiative.proposed", &format!("initiative:{}", row.id), json!({
        "state": row.state_code, "kind": row.kind, "topic": row.topic, "starts_on": row.starts_on,
    }))
    .await?;
    c.commit().await?;
    Ok(row.id)
}

/// The custodian publishes an initiative, or declines it with the reason
/// the State reads.
pub async fn decide(
    app: &App,
    actor: &Actor,
    id: &str,
    publish: bool,
    reason: &str,
) -> AppResult<()> {
    authorize(actor, Action::DecideInitiative, Resource::None)?;
    let reason = match publish {
        true => None,
        false => Some(required_text("reason", reason, 1000)?),
    };
    let mut c = app.begin().await?;
    let row = store::initiative::get(&mut c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = if publish { "published" } else { "declined" };
    let by = actor.user_id().unwrap_or_default().to_string();
    if !store::initiative::decide(&mut c, id, status, &by, app.now(), reason.as_deref()).await? {
        return Err(AppError::Conflict("err-initiative-decided"));
    }
    let state = StateCode::parse(&row.state_code)?;
    let url = format!("{}/states/{state}/initiatives", app.config.public_url);
    let key = if publish {
        "email-initiative-published"
    } else {
        "email-initiative-declined"
    };
    crate::mail::queue_to_state(app, &mut c, state, &[], key, |_| {
        vec![
            ("title", row.title.clone()),
            ("reason", reason.clone().unwrap_or_default()),
            ("url", url.clone()),
        ]
    })
    .await?;
    let action = if publish {
        "initiative.published"
    } else {
        "initiative.declined"
    };
    audit::record(
        &mut c,
        actor,
        action,
        &format!("initiative:{id}"),
        json!({ "reason": reason }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Which published initiatives a reader asks for.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct Filter {
    pub region: String,
    pub topic: String,
    /// "YYYY-MM-DD": those not over by that day; today when empty.
    pub from: String,
}

/// Published initiatives not over by the filter's day, soonest first.
pub async fn published(app: &App, actor: &Actor, f: &Filter) -> AppResult<Vec<Initiative>> {
    authorize(actor, Action::ViewPublic, Resource::None)?;
    let from = date("from", &f.from)?
        .unwrap_or_else(|| today(app))
        .to_string();
    let mut c = app.db.conn().await?;
    Ok(store::initiative::with_status(&mut c, "published")
        .await?
        .into_iter()
        .filter(|r| r.ends_on.as_deref().unwrap_or(&r.starts_on) >= from.as_str())
        .map(|r| view(r, false))
        .filter(|i| f.region.is_empty() || i.region.eq_ignore_ascii_case(&f.region))
        .filter(|i| f.topic.is_empty() || i.topic == f.topic)
        .collect())
}

/// A State's own proposals and what became of them.
pub async fn of_state(app: &App, actor: &Actor, state: StateCode) -> AppResult<Vec<Initiative>> {
    authorize(actor, Action::ProposeInitiative, Resource::State(state))?;
    let mut c = app.db.conn().await?;
    let rows = store::initiative::of_state(&mut c, state.as_str()).await?;
    Ok(rows.into_iter().map(|r| view(r, true)).collect())
}

/// Proposals waiting for the custodian.
pub async fn pending(app: &App, actor: &Actor) -> AppResult<Vec<Initiative>> {
    authorize(actor, Action::DecideInitiative, Resource::None)?;
    let mut c = app.db.conn().await?;
    let rows = store::initiative::with_status(&mut c, "pending").await?;
    Ok(rows.into_iter().map(|r| view(r, true)).collect())
}
