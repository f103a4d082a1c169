//! Finding and reaching a POC (DIR-7 to DIR-10).

use super::{FieldErrors, done, form_errors, notice};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::directory::export::Format;
use app::directory::{BrowseQuery, Entry};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::{PocType, Region, StateCode};
use minijinja::{Value, context};
use serde::Deserialize;

/// An entry as templates see it.
pub fn entry_value(e: &Entry) -> Value {
    let f = &e.fields;
    context! {
        id => e.id, state => e.state.to_string(), status => e.status, overdue => e.overdue,
        last_confirmed_at => e.last_confirmed_at, updated_at => e.updated_at,
        poc_type => f.poc_type.code(), entity => f.entity, entity_en => f.entity_en,
        person_name => f.person_name, position => f.position, position_en => f.position_en,
        emails => f.emails.iter().map(|m| m.as_str().to_string()).collect::<Vec<_>>(),
        phones => f.phones.iter().map(|p| context! { number => p.number(), ext => p.ext(), tel => p.tel(), h24 => p.h24 }).collect::<Vec<_>>(),
        h24 => f.phones.iter().any(|p| p.h24),
        languages => f.languages.iter().map(|l| l.as_str().to_string()).collect::<Vec<_>>(),
        timezone => f.timezone.as_str(), hours => f.hours, web => f.web.as_ref().map(|w| w.to_string()),
        pgp_fingerprint => f.pgp_fingerprint, has_key => f.pgp_key.is_some(), pgp_expires_at => f.pgp_expires_at,
        regional => f.regional,
        submission_language => f.submission_language.code(), notes => f.notes, notes_en => f.notes_en,
        last_check => e.last_check,
    }
}

fn filter_options() -> Value {
    context! {
        regions => Region::ALL.iter().map(|r| r.code()).collect::<Vec<_>>(),
        types => PocType::ALL.iter().map(|t| t.code()).collect::<Vec<_>>(),
    }
}

fn query_string(q: &BrowseQuery) -> String {
    serde_urlencoded::to_string([
        ("q", q.q.as_str()),
        ("state", &q.state),
        ("region", &q.region),
        ("poc_type", &q.poc_type),
        ("language", &q.language),
    ])
    .unwrap_or_default()
}

pub async fn browse(
    State(web): State<Web>,
    ctx: Ctx,
    Query(q): Query<BrowseQuery>,
) -> Result<Response, WebError> {
    // A filter that cannot be understood is said so beside the filters,
    // and the page shows the directory without it.
    let (result, errors) = match app::directory::browse(&web.app, &ctx.actor(), &q).await {
        Ok(r) => (r, FieldErrors::new()),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            let keep = |field: &str, value: &String| {
                if errors.contains_key(field) {
                    String::new()
                } else {
                    value.clone()
                }
            };
            let cleared = BrowseQuery {
                q: keep("q", &q.q),
                state: keep("state", &q.state),
                region: keep("region", &q.region),
                poc_type: keep("poc_type", &q.poc_type),
                language: keep("languages", &q.language),
                ..q.clone()
            };
            (
                app::directory::browse(&web.app, &ctx.actor(), &cleared).await?,
                errors,
            )
        }
    };
    let pages = (result.total + result.per_page - 1) / result.per_page;
    let states = crate::render::all_states_by_name(&ctx.lang);
    let refused = !errors.is_empty();
    let page = web.page(&ctx, "directory.html", context! {
        entries => result.entries.iter().map(entry_value).collect::<Vec<_>>(),
        total => result.total, page => result.page, pages => pages, more => result.total >= app::directory::COUNT_CAP,
        matching_states => crate::render::states_by_name(&ctx.lang, result.states.iter().copied()).into_iter().map(|(c, _)| c).collect::<Vec<_>>(),
        q => context! { q => q.q, state => q.state, region => q.region, poc_type => q.poc_type, language => q.language, overdue => q.overdue },
        qs => query_string(&q), options => filter_options(), states => states, errors => errors,
        language_options => crate::render::language_options(&ctx.lang),
    });
    Ok(if refused {
        super::unprocessable(page)
    } else {
        page
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExportQuery {
    format: String,
    #[serde(flatten)]
    q: BrowseQuery,
}

/// An export; one of more than one State first asks the person to confirm
/// (a code or a passkey), on a page that sends the same query back.
pub async fn export(
    State(web): State<Web>,
    ctx: Ctx,
    Query(eq): Query<ExportQuery>,
) -> Result<Response, WebError> {
    let known = Format::parse(&eq.format).is_some();
    if known && app::directory::export::whole(&eq.q) && ctx.user().is_ok() {
        return Ok(confirm_page(&web, &ctx, &ctx.query, FieldErrors::new()));
    }
    exported(&web, &ctx, &eq, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmedExport {
    query: String,
    code: String,
}

pub async fn export_confirmed(
    State(web): State<Web>,
    ctx: Ctx,
    Form(form): Form<ConfirmedExport>,
) -> Result<Response, WebError> {
    let eq: ExportQuery = serde_urlencoded::from_str(&form.query)
        .map_err(|_| app::AppError::field("format", "err-export-format"))?;
    match exported(&web, &ctx, &eq, Some(&form.code)).await {
        Err(WebError(app::AppError::Invalid(e))) => {
            let errors = form_errors(&web, &ctx, app::AppError::Invalid(e).into())?;
            Ok(super::unprocessable(confirm_page(
                &web,
                &ctx,
                &form.query,
                errors,
            )))
        }
        other => other,
    }
}

fn confirm_page(web: &Web, ctx: &Ctx, query: &str, errors: FieldErrors) -> Response {
    web.page(
        ctx,
        "export_confirm.html",
        context! { query => query, errors => errors },
    )
}

async fn exported(
    web: &Web,
    ctx: &Ctx,
    eq: &ExportQuery,
    code: Option<&str>,
) -> Result<Response, WebError> {
    let (format, entries) =
        app::directory::export::entries(&web.app, &ctx.actor(), &eq.q, &eq.format, code).await?;
    let stamp = jiff::Timestamp::from_millisecond(web.app.now())
        .map(|t| t.strftime("%Y%m%d").to_string())
        .unwrap_or_default();
    let attachment = |ext: &str| format!("attachment; filename=\"pocdir-{stamp}.{ext}\"");
    Ok(match format {
        Format::Csv => {
            let body = app::directory::export::csv(&entries, web.app.i18n(), &ctx.lang);
            ([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, attachment("csv"))], body).into_response()
        }
        Format::Json => {
            ([(header::CONTENT_TYPE, "application/json".to_string()), (header::CONTENT_DISPOSITION, attachment("json"))], app::directory::export::json(&entries, &eq.q, web.app.now(), &ctx.lang)).into_response()
        }
        Format::Vcard => {
            ([(header::CONTENT_TYPE, "text/vcard; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, attachment("vcf"))], app::directory::export::vcard(&entries)).into_response()
        }
        Format::Print => web.page(ctx, "print.html", context! {
            entries => entries.iter().map(entry_value).collect::<Vec<_>>(), generated_at => web.app.now(),
        }),
    })
}

pub async fn state(
    State(web): State<Web>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let state = StateCode::parse(&code).map_err(|_| app::AppError::NotFound)?;
    let page = app::directory::state_page(&web.app, &ctx.actor(), state).await?;
    let info = state.info();
    Ok(web.page(&ctx, "state.html", context! {
        code => state.to_string(), iso3 => info.iso3, region => info.region.map(|r| r.code()), observer => info.observer,
        entries => page.entries.iter().map(entry_value).collect::<Vec<_>>(), may_manage => page.may_manage,
    }))
}

pub async fn entry(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let p = app::directory::entry_page(&web.app, &ctx.actor(), &id).await?;
    let phone_checks = match app::checks::phone_checks(&web.app, &ctx.actor(), &id, p.entry.state).await {
        Ok(list) => Some(list.iter().map(|c| context! { number => c.number, reached => c.reached, called_at => c.called_at, note => c.note, by => c.recorded_by }).collect::<Vec<_>>()),
        Err(_) => None,
    };
    Ok(web.page(&ctx, "poc.html", context! {
        e => entry_value(&p.entry), history => p.history, pending => p.pending, may_edit => p.may_edit,
        rejected => p.rejected,
        problems => p.problems.iter().map(|r| context! { id => r.id, kind => r.kind, detail => r.detail, created_at => r.created_at }).collect::<Vec<_>>(),
        may_resolve => p.may_resolve, kinds => app::directory::PROBLEM_KINDS, notice => notice(&web, &ctx),
        phone_checks => phone_checks, may_phone_check => p.may_phone_check, key_notice => p.key_notice,
        unreachable => p.unreachable.iter().map(|(address, reason)| context! { address, reason }).collect::<Vec<_>>(),
    }))
}

/// An entry's OpenPGP public key, as the State published it (DIR-3).
pub async fn key(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (fingerprint, key) = app::directory::entry_key(&web.app, &ctx.actor(), &id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pgp-keys".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{fingerprint}.asc\""),
            ),
        ],
        key,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProblemForm {
    kind: String,
    detail: String,
}

pub async fn report_problem(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<ProblemForm>,
) -> Result<Response, WebError> {
    app::directory::report_problem(&web.app, &ctx.actor(), &id, &form.kind, &form.detail).await?;
    Ok(done(&format!("/pocs/{id}"), "reported"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PhoneCheckForm {
    number: String,
    reached: String,
    note: String,
}

pub async fn record_phone_check(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PhoneCheckForm>,
) -> Result<Response, WebError> {
    app::checks::record_phone_check(
        &web.app,
        &ctx.actor(),
        &id,
        &form.number,
        &form.reached,
        &form.note,
    )
    .await?;
    Ok(done(&format!("/pocs/{id}"), "phone-recorded"))
}
