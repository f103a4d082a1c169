//! The request for access of a Permanent Mission (ACC-1).

use super::session::Origin;
use super::throttle::rate_limit;
use crate::error::authorize;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::fields::{required_line, required_name, text};
use domain::policy::Resource;
use domain::{Action, Actor, Email as Address, FieldError, StateCode};
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AccessRequestInput {
    pub state: String,
    pub requester_name: String,
    pub requester_title: String,
    pub email: String,
    pub note_verbale_ref: String,
    pub message: String,
}

pub async fn request_access(
    app: &App,
    actor: &Actor,
    input: &AccessRequestInput,
    lang: &str,
    origin: &Origin,
) -> AppResult<String> {
    authorize(actor, Action::RequestAccess, Resource::None)?;
    let mut errors = Vec::new();
    let state = StateCode::parse(&input.state)
        .map_err(|e| errors.push(e))
        .ok();
    let name = required_name("requester_name", &input.requester_name, 200)
        .map_err(|e| errors.push(e))
        .ok();
    let title = required_line("requester_title", &input.requester_title, 200)
        .map_err(|e| errors.push(e))
        .ok();
    let email = Address::parse(&input.email)
        .map_err(|e| errors.push(e))
        .ok();
    let reference = required_line("note_verbale_ref", &input.note_verbale_ref, 100)
        .map_err(|e| errors.push(e))
        .ok();
    let message = text("message", &input.message, 2000)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let (Some(state), Some(name), Some(title), Some(email), Some(reference)) =
        (state, name, title, email, reference)
    else {
        return Err(AppError::Invalid(errors));
    };
    {
        // Each request emails the requester and every custodian.
        let limits = &app.config.limits;
        let mut c = app.db.conn().await?;
        let per = [
            (
                format!("join:{}", origin.ip),
                limits.join_per_address_per_hour,
            ),
            ("join".to_string(), limits.join_per_hour),
        ];
        rate_limit(&mut c, &per, app.now()).await?;
    }
    let mut c = app.begin().await?;
    if store::state::get(&mut c, state.as_str())
        .await?
        .is_some_and(|s| s.participating_since.is_some())
    {
        return Err(FieldError::new("state", "err-state-already-participating").into());
    }
    let id = store::new_id();
    let now = app.now();
    let row = store::access::AccessRequestRow {
        id: id.clone(),
        state_code: state.to_string(),
        requester_name: name.clone(),
        requester_title: title,
        email: email.to_string(),
        note_verbale_ref: reference.clone(),
        message,
        locale: lang.to_string(),
        status: "pending".into(),
        created_at: now,
        decided_at: None,
        decided_by: None,
        decision_ref: None,
        decision_reason: None,
    };
    store::access::insert(&mut c, &row).await?;
    let state_name = |l: &str| state.info().name(crate::i18n::un_language(l)).to_string();
    mail::queue(
        app,
        &mut c,
        Email {
            exercise: false,
            to: email.as_str(),
            lang,
            key: "email-access-received",
            args: vec![
                ("name", name),
                ("state", state_name(lang)),
                ("reference", reference),
            ],
        },
    )
    .await?;
    let url = format!("{}/custodian/requests", app.config.public_url);
    mail::queue_to_custodians(app, &mut c, "email-access-to-review", |lang| {
        vec![("state", state_name(lang)), ("url", url.clone())]
    })
    .await?;
    audit::record(
        &mut c,
        actor,
        "access.requested",
        &format!("access_request:{id}"),
        serde_json::json!({
            "state": state.as_str(), "note_verbale_ref": row.note_verbale_ref,
        }),
    )
    .await?;
    c.commit().await?;
    Ok(id)
}
