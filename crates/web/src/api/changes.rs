//! A State's submissions through the API (INT-1, DIR-5): nominate, update,
//! withdraw and confirm all. Each change waits for the custodian, as one
//! made in the portal does.

use super::Client;
use super::problem::{Problem, body};
use crate::state::Web;
use app::directory::{ChangeKind, ChangeMeta};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::StateCode;
use domain::poc::PocInput;
use serde::Deserialize;
use serde_json::json;

/// An entry as a program submits it: lists as JSON arrays.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct EntryInput {
    poc_type: String,
    entity: String,
    entity_en: String,
    web: String,
    person_name: String,
    position: String,
    position_en: String,
    emails: Vec<String>,
    /// A number ending in "24/7" is reachable around the clock.
    phones: Vec<String>,
    /// Language codes or names.
    languages: Vec<String>,
    timezone: String,
    hours: String,
    pgp_fingerprint: String,
    regional: Vec<String>,
    submission_language: String,
    notes: String,
    notes_en: String,
    /// The custodian's reference of the State's written request, for a
    /// change entered on its behalf.
    on_behalf_ref: String,
    /// YYYY-MM-DD, when the change takes effect.
    effective_from: String,
}

impl EntryInput {
    fn split(self) -> (PocInput, ChangeMeta) {
        let input = PocInput {
            poc_type: self.poc_type,
            entity: self.entity,
            entity_en: self.entity_en,
            web: self.web,
            person_name: self.person_name,
            position: self.position,
            position_en: self.position_en,
            emails: self.emails.join("\n"),
            phones: self.phones.join("\n"),
            common_languages: Vec::new(),
            languages: self.languages.join(", "),
            timezone: self.timezone,
            hours: self.hours,
            pgp_fingerprint: self.pgp_fingerprint,
            regional: self.regional,
            submission_language: self.submission_language,
            notes: self.notes,
            notes_en: self.notes_en,
        };
        let meta = ChangeMeta {
            on_behalf_ref: self.on_behalf_ref,
            effective_from: self.effective_from,
        };
        (input, meta)
    }
}

/// What a change of the withdrawal kind may say.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct WithdrawInput {
    on_behalf_ref: String,
    effective_from: String,
}

/// The answer to a submitted change: it waits for the custodian.
fn pending(web: &Web, client: &Client, result: app::AppResult<String>) -> Response {
    match result {
        Ok(change) => (
            StatusCode::ACCEPTED,
            [(header::CONTENT_TYPE, "application/json")],
            json!({ "change": change, "status": "pending" }).to_string(),
        )
            .into_response(),
        Err(e) => Problem::of(web, &client.lang, &e).into_response(),
    }
}

/// Nominates an entry for a State.
pub async fn nominate(
    State(web): State<Web>,
    client: Client,
    headers: HeaderMap,
    Path(code): Path<String>,
    bytes: Bytes,
) -> Response {
    let Ok(state) = StateCode::parse(&code) else {
        return Problem::of(&web, &client.lang, &app::AppError::NotFound).into_response();
    };
    let entry: EntryInput = match body(&web, &client, &headers, &bytes) {
        Ok(e) => e,
        Err(r) => return *r,
    };
    let (input, meta) = entry.split();
    let result = app::directory::submit(
        &web.app,
        &client.actor,
        state,
        ChangeKind::Create,
        Some(&input),
        &meta,
    )
    .await;
    pending(&web, &client, result)
}

/// Replaces an entry's fields with those given.
pub async fn update(
    State(web): State<Web>,
    client: Client,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Response {
    change(&web, &client, &headers, id, &bytes, false).await
}

/// Asks for an entry to be withdrawn.
pub async fn withdraw(
    State(web): State<Web>,
    client: Client,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Response {
    change(&web, &client, &headers, id, &bytes, true).await
}

/// An update or a withdrawal of one of the State's entries.
async fn change(
    web: &Web,
    client: &Client,
    headers: &HeaderMap,
    id: String,
    bytes: &Bytes,
    withdrawal: bool,
) -> Response {
    let result = async {
        let form = app::directory::editable(&web.app, &client.actor, &id)
            .await
            .map_err(Ok)?;
        let (kind, input, meta) = if withdrawal {
            let w: WithdrawInput = body(web, client, headers, bytes).map_err(Err)?;
            let meta = ChangeMeta {
                on_behalf_ref: w.on_behalf_ref,
                effective_from: w.effective_from,
            };
            (ChangeKind::Withdraw(id), None, meta)
        } else {
            let e: EntryInput = body(web, client, headers, bytes).map_err(Err)?;
            let (input, meta) = e.split();
            (ChangeKind::Update(id), Some(input), meta)
        };
        app::directory::submit(
            &web.app,
            &client.actor,
            form.state,
            kind,
            input.as_ref(),
            &meta,
        )
        .await
        .map_err(Ok)
    }
    .await;
    answer(web, client, result)
}

/// A use case's answer, or a refusal already answered (a body that could
/// not be read).
fn answer(
    web: &Web,
    client: &Client,
    result: Result<String, Result<app::AppError, Box<Response>>>,
) -> Response {
    match result {
        Ok(change) => pending(web, client, Ok(change)),
        Err(Ok(e)) => pending(web, client, Err(e)),
        Err(Err(r)) => *r,
    }
}

/// Confirms every entry of a State as still current (DIR-7).
pub async fn confirm_all(
    State(web): State<Web>,
    client: Client,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Response {
    let result = async {
        let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
        let n = app::directory::confirm_all(&web.app, &client.actor, state).await?;
        Ok(json!({ "confirmed": n }))
    }
    .await;
    client.answer(&web, &headers, result)
}
