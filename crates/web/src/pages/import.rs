//! The custodian imports a regional directory's file (INT-2): a check that
//! writes nothing and says what each row would do, then the import itself,
//! which makes pending changes on the States' behalf.

use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use app::directory::import::{CSV_COLUMNS, MAX_ROWS, Outcome, Report};
use axum::extract::{FromRequest, State};
use axum::response::Response;
use minijinja::{Value, context};

pub async fn form(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    app::directory::import::may_import(&ctx.actor())?;
    Ok(page(&web, &ctx, context! {}))
}

fn page(web: &Web, ctx: &Ctx, extra: Value) -> Response {
    web.page(
        ctx,
        "import.html",
        context! { columns => CSV_COLUMNS, max_rows => MAX_ROWS, ..extra },
    )
}

/// A field's message in the reader's language, with the field named.
fn problem(web: &Web, lang: &str, e: &domain::FieldError) -> String {
    let i18n = web.app.i18n();
    let field = i18n.t(lang, &format!("field-{}", e.field.replace('_', "-")), &[]);
    format!("{field}: {}", i18n.t(lang, e.key, &e.args))
}

fn report(web: &Web, ctx: &Ctx, r: &Report) -> Value {
    let rows: Vec<Value> = r
        .rows
        .iter()
        .map(|row| {
            let (entry, details): (Option<&String>, Vec<String>) = match &row.outcome {
                Outcome::New => (None, vec![]),
                Outcome::Update { entry, diff } => (
                    Some(entry),
                    diff.iter()
                        .map(|d| {
                            let field = format!("field-{}", d.field.replace('_', "-"));
                            let name = web.app.i18n().t(&ctx.lang, &field, &[]);
                            format!("{name}: {} → {}", d.before, d.after)
                        })
                        .collect(),
                ),
                Outcome::Unchanged { entry } => (entry.as_ref(), vec![]),
                Outcome::Invalid(errors) => (
                    None,
                    errors.iter().map(|e| problem(web, &ctx.lang, e)).collect(),
                ),
            };
            context! {
                number => row.number, state => row.state, entity => row.entity, kind => row.outcome.kind(),
                entry => entry, details => details,
            }
        })
        .collect();
    context! {
        rows => rows, applied => r.applied, format => r.format.code(),
        new => r.count("new"), updates => r.count("update"), unchanged => r.count("unchanged"),
        invalid => r.count("invalid"),
    }
}

/// The file, and whether to import it or only check it (a multipart form:
/// `csrf`, `source`, `action`, then `file`).
pub async fn run(
    State(web): State<Web>,
    ctx: Ctx,
    request: axum::extract::Request,
) -> Result<Response, WebError> {
    // Refused before the body is read: a refusal never depends on it.
    app::directory::import::may_import(&ctx.actor())?;
    let unreadable = || WebError::from(AppError::field("file", "err-form-unreadable"));
    let mut form = axum::extract::Multipart::from_request(request, &web)
        .await
        .map_err(|_| unreadable())?;
    let (mut file, mut source, mut apply) = (None, String::new(), false);
    while let Some(field) = form.next_field().await.map_err(|_| unreadable())? {
        match field.name() {
            Some("file") => {
                let name = field.file_name().unwrap_or_default().to_string();
                file = Some((name, field.bytes().await.map_err(|_| unreadable())?));
            }
            Some("source") => source = field.text().await.map_err(|_| unreadable())?,
            Some("action") => apply = field.text().await.map_err(|_| unreadable())? == "import",
            _ => {}
        }
    }
    let (name, bytes) = file
        .filter(|(_, b)| !b.is_empty())
        .ok_or_else(|| AppError::field("file", "err-import-empty"))?;
    let source = if source.trim().is_empty() {
        name
    } else {
        source
    };
    match app::directory::import::import(&web.app, &ctx.actor(), &source, &bytes, apply).await {
        Ok(r) => {
            let shown = report(&web, &ctx, &r);
            Ok(page(
                &web,
                &ctx,
                context! { report => shown, source => source },
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let messages: Vec<String> =
                errors.iter().map(|e| problem(&web, &ctx.lang, e)).collect();
            Ok(super::unprocessable(page(
                &web,
                &ctx,
                context! { file_errors => messages, source => source },
            )))
        }
        Err(e) => Err(e.into()),
    }
}
