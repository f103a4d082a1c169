//! A State's own desk: its entries and changes, users, account mode and
//! problem reports (DIR-5, DIR-10, ACC-2, ACC-4).

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use app::directory::{ChangeForm, ChangeKind, ChangeMeta};
use axum::Form;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::poc::{PocInput, REGIONAL_DIRECTORIES};
use domain::{StateCode, UnLanguage};
use minijinja::{Value, context};
use serde::Deserialize;

fn state_of(code: &str) -> Result<StateCode, WebError> {
    StateCode::parse(code).map_err(|_| AppError::NotFound.into())
}

pub async fn my_state(ctx: Ctx) -> Result<Response, WebError> {
    let session = ctx.user()?;
    Ok(match session.actor.state() {
        Some(s) => Redirect::to(&format!("/states/{s}/desk")).into_response(),
        None => Redirect::to("/custodian").into_response(),
    })
}

pub async fn desk(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let state = state_of(&code)?;
    let actor = ctx.actor();
    let desk = app::directory::state_desk(&web.app, &actor, state).await?;
    let users = if desk.may_manage_users {
        app::accounts::users_of_state(&web.app, &actor, state).await?
    } else {
        vec![]
    };
    // The regional directories the State may share with: its administrators' decision.
    let sharing = match app::sharing::sharing_of_state(&web.app, &actor, state).await {
        Ok(list) => list,
        Err(app::AppError::Forbidden) => Vec::new(),
        Err(e) => return Err(e.into()),
    };
    // The latest signed checkpoint of the audit log, for those who may keep one.
    let checkpoint = app::checkpoint::latest(&web.app, &actor)
        .await
        .ok()
        .flatten()
        .map(|c| super::checkpoint_view(c.size, c.at));
    Ok(web.page(&ctx, "desk.html", context! {
        code => state.to_string(), checkpoint => checkpoint, sharing => sharing,
        entries => desk.entries.iter().map(|e| context! {
            id => e.id, status => e.status, poc_type => e.poc_type, entity => e.entity,
            last_confirmed_at => e.last_confirmed_at,
            emails => e.fields.as_ref().map(|f| f.emails.iter().map(|m| m.as_str().to_string()).collect::<Vec<_>>()),
        }).collect::<Vec<_>>(),
        pending => desk.pending.iter().map(|c| context! {
            id => c.version.id, poc_id => c.poc_id, entity => c.entity, kind => c.version.kind,
            submitted_at => c.version.submitted_at, submitted_by => c.version.submitted_by,
        }).collect::<Vec<_>>(),
        rejected => desk.rejected.iter().map(|c| context! {
            poc_id => c.poc_id, entity => c.entity, kind => c.version.kind,
            decided_at => c.version.decided_at, reason => c.version.rejection_reason,
        }).collect::<Vec<_>>(),
        problems => desk.problems.iter().map(|p| context! { id => p.id, poc_id => p.poc_id, kind => p.kind, detail => p.detail, created_at => p.created_at }).collect::<Vec<_>>(),
        users => users.iter().map(|u| context! {
            id => u.id, name => u.display_name, email => u.email, role => u.role, status => u.status,
            held_until => u.held_until.filter(|t| *t > web.app.now()),
        }).collect::<Vec<_>>(),
        account_mode => desk.account_mode, notice => notice(&web, &ctx), me => ctx.actor().user_id(),
        on_behalf => desk.on_behalf,
        invite_errors => FieldErrors::new(),
    }))
}

fn form_page(
    web: &Web,
    ctx: &Ctx,
    form: &ChangeForm,
    poc_id: Option<&str>,
    meta: &ChangeMeta,
    errors: FieldErrors,
) -> Response {
    let (ticked, others) = split_languages(&form.input, &ctx.lang);
    web.page(ctx, "poc_form.html", context! {
        ticked => ticked, other_languages => others,
        language_options => crate::render::language_options(&ctx.lang),
        code => form.state.to_string(), poc_id => poc_id, f => Value::from_serialize(&form.input),
        effective_from => meta.effective_from, on_behalf_ref => meta.on_behalf_ref, custodian => form.on_behalf,
        types => form.types.iter().map(|t| t.code()).collect::<Vec<_>>(),
        languages => UnLanguage::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(),
        regional_options => REGIONAL_DIRECTORIES, errors => errors,
        zones => app::zones::choices(web.app.i18n(), &ctx.lang, web.app.now()).iter()
            .map(|z| context! { id => z.id, label => z.label }).collect::<Vec<_>>(),
    })
}

/// The form's languages: the UN languages ticked, and the others named in
/// the reader's language (as typed when not understood).
fn split_languages(input: &PocInput, lang: &str) -> (Vec<String>, String) {
    let mut ticked = input.common_languages.clone();
    let mut others = Vec::new();
    for item in domain::poc::list_items(&input.languages) {
        match domain::LanguageCode::parse(item) {
            Ok(code) if UnLanguage::parse(code.as_str()).is_ok() => {
                ticked.push(code.as_str().to_string())
            }
            Ok(code) => others.push(code.name(app::i18n::un_language(lang)).to_string()),
            Err(_) => others.push(item.to_string()),
        }
    }
    (ticked, others.join(", "))
}

async fn parse_form(headers: &HeaderMap, body: &Bytes) -> Result<(PocInput, ChangeMeta), WebError> {
    let body = with_key_file(headers, body).await?;
    let input = serde_html_form::from_bytes::<PocInput>(&body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    let meta = serde_html_form::from_bytes::<ChangeMeta>(&body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    Ok((input, meta))
}

/// The entry form as urlencoded fields. Sent with a key file (multipart),
/// the file's text becomes `pgp_key` (DIR-3); the key is then read like a
/// pasted one.
async fn with_key_file(headers: &HeaderMap, body: &Bytes) -> Result<Bytes, WebError> {
    let boundary = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| multer::parse_boundary(ct).ok());
    let Some(boundary) = boundary else {
        return Ok(body.clone());
    };
    let unreadable = || WebError::from(AppError::field("form", "err-form-unreadable"));
    let bytes = body.clone();
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    let mut pairs = Vec::new();
    let mut file = None;
    while let Some(field) = form.next_field().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or_default().to_string();
        let data = field.bytes().await.map_err(|_| unreadable())?;
        if name == "pgp_key_file" {
            file = Some(data).filter(|d| !d.is_empty());
        } else {
            pairs.push((
                name,
                String::from_utf8(data.to_vec()).map_err(|_| unreadable())?,
            ));
        }
    }
    if let Some(data) = file {
        // GnuPG writes a binary key unless asked for text (--armor).
        let text = String::from_utf8(data.to_vec())
            .map_err(|_| WebError::from(AppError::field("pgp_key", "err-pgp-binary")))?;
        pairs.retain(|(name, _)| name != "pgp_key");
        pairs.push(("pgp_key".into(), text));
    }
    serde_urlencoded::to_string(&pairs)
        .map(Bytes::from)
        .map_err(|_| unreadable())
}

pub async fn new_form(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let mut form =
        app::directory::nomination_form(&web.app, &ctx.actor(), state_of(&code)?).await?;
    form.input.submission_language = ctx.lang.clone();
    Ok(form_page(
        &web,
        &ctx,
        &form,
        None,
        &ChangeMeta::default(),
        FieldErrors::new(),
    ))
}

pub async fn create(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let form = app::directory::nomination_form(&web.app, &ctx.actor(), state_of(&code)?).await?;
    submit_form(&web, &ctx, form, None, &headers, &body).await
}

pub async fn edit_form(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let form = app::directory::editable(&web.app, &ctx.actor(), &id).await?;
    Ok(form_page(
        &web,
        &ctx,
        &form,
        Some(&id),
        &ChangeMeta::default(),
        FieldErrors::new(),
    ))
}

pub async fn update(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let form = app::directory::editable(&web.app, &ctx.actor(), &id).await?;
    submit_form(&web, &ctx, form, Some(&id), &headers, &body).await
}

/// Submits a nomination (no `poc_id`) or an update, or shows the form again
/// with its errors.
async fn submit_form(
    web: &Web,
    ctx: &Ctx,
    mut form: ChangeForm,
    poc_id: Option<&str>,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Response, WebError> {
    let (input, meta) = parse_form(headers, body).await?;
    let kind = poc_id.map_or(ChangeKind::Create, |id| ChangeKind::Update(id.to_string()));
    let state = form.state;
    match app::directory::submit(&web.app, &ctx.actor(), state, kind, Some(&input), &meta).await {
        Ok(_) => Ok(match poc_id {
            Some(id) => done(&format!("/pocs/{id}"), "submitted"),
            None => done(&format!("/states/{state}/desk"), "submitted"),
        }),
        Err(e) => {
            let errors = form_errors(web, ctx, e.into())?;
            form.input = input;
            Ok(unprocessable(form_page(
                web, ctx, &form, poc_id, &meta, errors,
            )))
        }
    }
}

pub async fn withdraw(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(meta): Form<ChangeMeta>,
) -> Result<Response, WebError> {
    let form = app::directory::editable(&web.app, &ctx.actor(), &id).await?;
    app::directory::submit(
        &web.app,
        &ctx.actor(),
        form.state,
        ChangeKind::Withdraw(id.clone()),
        None,
        &meta,
    )
    .await?;
    Ok(done(&format!("/pocs/{id}"), "submitted"))
}

pub async fn invite(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(form): Form<app::accounts::InviteInput>,
) -> Result<Response, WebError> {
    let state = state_of(&code)?;
    match app::accounts::invite_user(&web.app, &ctx.actor(), state, &form).await {
        Ok(()) => Ok(done(&format!("/states/{state}/desk"), "invited")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            let msg = errors.values().cloned().collect::<Vec<_>>().join(" ");
            Ok(unprocessable(web.page(&ctx, "message.html", context! { title => "err-invalid", text => msg, back => format!("/states/{state}/desk") })))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ModeForm {
    account_mode: String,
}

pub async fn account_mode(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(form): Form<ModeForm>,
) -> Result<Response, WebError> {
    let state = state_of(&code)?;
    app::accounts::set_account_mode(&web.app, &ctx.actor(), state, &form.account_mode).await?;
    Ok(done(&format!("/states/{state}/desk"), "saved"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StatusForm {
    enabled: String,
    back: String,
}

pub async fn user_status(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> Result<Response, WebError> {
    let enabled = form.enabled == "true";
    app::accounts::set_user_enabled(&web.app, &ctx.actor(), &id, enabled).await?;
    let back = crate::http::redirect::local_path(&form.back, "/my-state");
    Ok(done(&back, if enabled { "enabled" } else { "disabled" }))
}

pub async fn resolve_problem(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let poc_id = app::directory::resolve_problem(&web.app, &ctx.actor(), &id).await?;
    Ok(done(&format!("/pocs/{poc_id}"), "resolved"))
}

pub async fn confirm_all(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let state = state_of(&code)?;
    app::directory::confirm_all(&web.app, &ctx.actor(), state).await?;
    Ok(done(&format!("/states/{state}/desk"), "confirmed"))
}
