//! Capacity-building initiatives and expert meetings (CAP-2): the public
//! list, a State's proposals, and the custodian's decisions.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::initiatives::{Filter, InitiativeInput, KINDS, TOPICS};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::StateCode;
use minijinja::{Value, context};
use serde::Deserialize;

fn choices() -> Value {
    context! {
        kinds => KINDS, topics => TOPICS,
        regions => domain::Region::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(),
        languages => domain::UnLanguage::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(),
    }
}

pub async fn public(
    State(web): State<Web>,
    ctx: Ctx,
    Query(f): Query<Filter>,
) -> Result<Response, WebError> {
    let list = app::initiatives::published(&web.app, &ctx.actor(), &f).await?;
    Ok(web.page(
        &ctx,
        "initiatives.html",
        context! {
            initiatives => Value::from_serialize(&list), filter => context! {
                region => f.region, topic => f.topic, from => f.from,
            }, choices => choices(),
        },
    ))
}

async fn state_page(
    web: &Web,
    ctx: &Ctx,
    state: StateCode,
    form: &InitiativeInput,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let mine = app::initiatives::of_state(&web.app, &ctx.actor(), state).await?;
    Ok(web.page(
        ctx,
        "initiative_form.html",
        context! {
            state => state.to_string(), mine => Value::from_serialize(&mine),
            form => Value::from_serialize(form), errors => errors, choices => choices(),
            notice => notice(web, ctx),
        },
    ))
}

pub async fn mine(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
    let blank = InitiativeInput {
        languages: vec![ctx.lang.clone()],
        written_in: ctx.lang.clone(),
        ..Default::default()
    };
    state_page(&web, &ctx, state, &blank, FieldErrors::new()).await
}

pub async fn propose(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
    let form: InitiativeInput = serde_html_form::from_bytes(&body)
        .map_err(|_| app::AppError::field("form", "err-form-unreadable"))?;
    match app::initiatives::propose(&web.app, &ctx.actor(), state, &form).await {
        Ok(_) => Ok(done(&format!("/states/{state}/initiatives"), "proposed")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(
                state_page(&web, &ctx, state, &form, errors).await?,
            ))
        }
    }
}

pub async fn pending(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let list = app::initiatives::pending(&web.app, &ctx.actor()).await?;
    Ok(web.page(
        &ctx,
        "custodian_initiatives.html",
        context! {
            initiatives => Value::from_serialize(&list), notice => notice(&web, &ctx),
        },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    /// "publish" or "decline".
    decision: String,
    reason: String,
}

pub async fn decide(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<DecisionForm>,
) -> Result<Response, WebError> {
    let publish = form.decision == "publish";
    app::initiatives::decide(&web.app, &ctx.actor(), &id, publish, &form.reason).await?;
    let notice = if publish {
        "initiative-published"
    } else {
        "initiative-declined"
    };
    Ok(done("/custodian/initiatives", notice))
}
