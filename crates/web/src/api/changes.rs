//! A State's submissions through the API (INT-1, DIR-5): nominate, update,
//! withdraw and confirm all. Each change waits for the custodian, as one
//! made in the portal does.

use super::problem::{Body, Problem};
use super::{Client, Outcome};
use crate::state::Web;
use app::directory::{ChangeKind, ChangeMeta};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::StateCode;
use domain::poc::PocInput;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An entry as a program submits it: lists as JSON arrays.
#[derive(Deserialize, Default, ToSchema)]
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
    /// An ASCII-armoured OpenPGP public key; checked as it is submitted.
    pgp_key: String,
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
            pgp_key: self.pgp_key,
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
#[derive(Deserialize, Default, ToSchema)]
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
            serde_json::to_string(&Outcome::of(&change, "pending")).unwrap_or_default(),
        )
            .into_response(),
        Err(e) => Problem::of(web, &client.lang, &e).into_response(),
    }
}

#[utoipa::path(post, path = "/api/v1/states/{code}/entries", operation_id = "nominate-entry", tag = "submissions",
    security(("token" = ["directory:write"])),
    params(("code" = String, Path, description = "The State's ISO 3166-1 alpha-2 code", example = "FR")),
    request_body = EntryInput,
    responses((status = 202, description = "The change waits for the custodian; `id` names it", body = Outcome)))]
/// Nominates an entry for a State.
pub async fn nominate(
    State(web): State<Web>,
    client: Client,
    Path(code): Path<String>,
    Body(entry): Body<EntryInput>,
) -> Response {
    let (input, meta) = entry.split();
    let result = async {
        let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
        app::directory::submit(
            &web.app,
            &client.actor,
            state,
            ChangeKind::Create,
            Some(&input),
            &meta,
        )
        .await
    }
    .await;
    pending(&web, &client, result)
}

#[utoipa::path(put, path = "/api/v1/entries/{id}", operation_id = "update-entry", tag = "submissions",
    security(("token" = ["directory:write"])),
    params(("id" = String, Path, description = "The entry's id")),
    request_body = EntryInput,
    responses((status = 202, description = "The change waits for the custodian; `id` names it", body = Outcome)))]
/// Replaces an entry's fields with those given.
pub async fn update(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(entry): Body<EntryInput>,
) -> Response {
    let (input, meta) = entry.split();
    let kind = ChangeKind::Update(id.clone());
    pending(
        &web,
        &client,
        change(&web, &client, &id, kind, Some(&input), &meta).await,
    )
}

#[utoipa::path(delete, path = "/api/v1/entries/{id}", operation_id = "withdraw-entry", tag = "submissions",
    security(("token" = ["directory:write"])),
    params(("id" = String, Path, description = "The entry's id")),
    request_body = WithdrawInput,
    responses((status = 202, description = "The withdrawal waits for the custodian; `id` names it", body = Outcome)))]
/// Asks for an entry to be withdrawn.
pub async fn withdraw(
    State(web): State<Web>,
    client: Client,
    Path(id): Path<String>,
    Body(w): Body<WithdrawInput>,
) -> Response {
    let meta = ChangeMeta {
        on_behalf_ref: w.on_behalf_ref,
        effective_from: w.effective_from,
    };
    let kind = ChangeKind::Withdraw(id.clone());
    pending(
        &web,
        &client,
        change(&web, &client, &id, kind, None, &meta).await,
    )
}

/// An update or a withdrawal of one of the State's entries.
async fn change(
    web: &Web,
    client: &Client,
    id: &str,
    kind: ChangeKind,
    input: Option<&PocInput>,
    meta: &ChangeMeta,
) -> app::AppResult<String> {
    let form = app::directory::editable(&web.app, &client.actor, id).await?;
    app::directory::submit(&web.app, &client.actor, form.state, kind, input, meta).await
}

/// How many entries were confirmed.
#[derive(Serialize, ToSchema)]
pub struct Confirmed {
    pub confirmed: u64,
}

#[utoipa::path(post, path = "/api/v1/states/{code}/confirm", operation_id = "confirm-state-entries", tag = "submissions",
    security(("token" = ["directory:write"])),
    params(("code" = String, Path, description = "The State's ISO 3166-1 alpha-2 code", example = "FR")),
    responses((status = 200, description = "Every published entry of the State is confirmed as current", body = Confirmed)))]
/// Confirms every entry of a State as still current (DIR-7).
pub async fn confirm_all(
    State(web): State<Web>,
    client: Client,
    Path(code): Path<String>,
) -> Response {
    let result = async {
        let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
        let n = app::directory::confirm_all(&web.app, &client.actor, state).await?;
        Ok(Confirmed { confirmed: n })
    }
    .await;
    client.answer(&web, result)
}
