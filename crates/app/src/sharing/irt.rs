//! The shared entries in the Global IRT common format (FIRST's `GET
//! /teams`), so that a directory built for it reads pocdir as it is; what
//! only pocdir knows is under the `-pocdir-` prefix, as the format asks.

use super::feed::shared_slice;
use crate::{App, AppResult};
use domain::Actor;
use serde::Serialize;
use utoipa::ToSchema;

/// One entry as a Global IRT team. Empty values are left out.
#[derive(Serialize, ToSchema)]
pub struct IrtTeam {
    #[serde(rename = "short-team-name")]
    pub short_team_name: String,
    #[serde(rename = "official-team-name")]
    pub official_team_name: String,
    #[serde(rename = "country-code")]
    pub country_code: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub website: Vec<String>,
    pub email: String,
    #[serde(rename = "phone-numbers", skip_serializing_if = "Vec::is_empty")]
    pub phone_numbers: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enckeys: Vec<String>,
    #[serde(rename = "operating-hours", skip_serializing_if = "Option::is_none")]
    pub operating_hours: Option<String>,
    pub languages: Vec<String>,
    #[serde(rename = "source-name")]
    pub source_name: String,
    #[serde(rename = "last-modified")]
    #[schema(format = DateTime)]
    pub last_modified: String,
    #[serde(rename = "-pocdir-id")]
    pub pocdir_id: String,
    /// diplomatic, technical, …
    #[serde(rename = "-pocdir-poc-type")]
    pub pocdir_poc_type: String,
    /// Every address of the entry; `email` is the first.
    #[serde(rename = "-pocdir-emails")]
    pub pocdir_emails: Vec<String>,
    /// The numbers answered around the clock.
    #[serde(rename = "-pocdir-phones-24-7", skip_serializing_if = "Vec::is_empty")]
    pub pocdir_phones_24_7: Vec<String>,
    #[serde(rename = "-pocdir-timezone")]
    pub pocdir_timezone: String,
    #[serde(
        rename = "-pocdir-person-name",
        skip_serializing_if = "Option::is_none"
    )]
    pub pocdir_person_name: Option<String>,
    #[serde(rename = "-pocdir-position", skip_serializing_if = "Option::is_none")]
    pub pocdir_position: Option<String>,
    /// The day (UTC) the State last confirmed the entry as current.
    #[serde(
        rename = "-pocdir-last-confirmed",
        skip_serializing_if = "Option::is_none"
    )]
    #[schema(format = Date)]
    pub pocdir_last_confirmed: Option<String>,
}

/// The Global IRT envelope.
#[derive(Serialize, ToSchema)]
pub struct IrtTeams {
    pub status: String,
    pub status_code: u16,
    pub version: String,
    pub total: usize,
    pub limit: usize,
    pub offset: usize,
    pub data: Vec<IrtTeam>,
}

/// The shared entries as Global IRT teams, `limit` (1 to 100) from `offset`.
pub async fn teams(app: &App, actor: &Actor, limit: usize, offset: usize) -> AppResult<IrtTeams> {
    let limit = limit.clamp(1, 100);
    let (total, entries) = shared_slice(app, actor, offset, limit).await?;
    let data = entries
        .into_iter()
        .map(|e| {
            let f = &e.fields;
            let phones = |all: bool| {
                f.phones
                    .iter()
                    .filter(|p| all || p.h24)
                    .map(|p| p.written())
                    .collect()
            };
            let stamp = jiff::Timestamp::from_millisecond(e.updated_at)
                .map(|t| t.to_string())
                .unwrap_or_default();
            IrtTeam {
                short_team_name: f.entity_en.clone().unwrap_or_else(|| f.entity.clone()),
                official_team_name: f.entity.clone(),
                country_code: e.state.to_string(),
                website: f.web.iter().map(|w| w.as_str().to_string()).collect(),
                email: f
                    .emails
                    .first()
                    .map(|m| m.as_str().to_string())
                    .unwrap_or_default(),
                phone_numbers: phones(true),
                enckeys: f.pgp_fingerprint.iter().cloned().collect(),
                operating_hours: f.hours.clone(),
                languages: f.languages.iter().map(|l| l.as_str().to_string()).collect(),
                source_name: "pocdir".into(),
                last_modified: stamp,
                pocdir_id: e.id.clone(),
                pocdir_poc_type: f.poc_type.code().to_string(),
                pocdir_emails: f.emails.iter().map(|m| m.as_str().to_string()).collect(),
                pocdir_phones_24_7: phones(false),
                pocdir_timezone: f.timezone.as_str().to_string(),
                pocdir_person_name: f.person_name.clone(),
                pocdir_position: f.position.clone(),
                pocdir_last_confirmed: e.last_confirmed_at.map(crate::directory::export::date),
            }
        })
        .collect();
    Ok(IrtTeams {
        status: "OK".into(),
        status_code: 200,
        version: "1.0".into(),
        total,
        limit,
        offset,
        data,
    })
}
