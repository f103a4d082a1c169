//! The custodian's communication templates (MSG-1): each edited through a
//! form (title and labels in the six languages, kind, expected), and all
//! imported or exported as JSON.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use app::messages::Saving;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::message::{FieldKind, LANGUAGES, Labels, Template, TemplateField};
use minijinja::{Value, context};
use serde::Deserialize;

/// More rows than a template may have fields are not read.
const MAX_ROWS: usize = 60;

/// The list, the import form and the export.
async fn list_page(
    web: &Web,
    ctx: &Ctx,
    draft: &str,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let list = app::messages::templates_for_editing(&web.app, &ctx.actor()).await?;
    Ok(web.page(ctx, "templates.html", context! {
        templates => list.iter().map(|(r, t)| context! {
            key => r.key, version => r.version, created_at => r.created_at, built_in => r.is_built_in(),
            title => t.title.get(&ctx.lang), fields => t.fields.len(),
        }).collect::<Vec<_>>(),
        draft => draft, errors => errors, notice => notice(web, ctx),
    }))
}

pub async fn list(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    list_page(&web, &ctx, "", FieldErrors::new()).await
}

#[derive(Deserialize)]
pub struct ImportForm {
    #[serde(default)]
    definition: String,
}

pub async fn import(
    State(web): State<Web>,
    ctx: Ctx,
    axum::Form(f): axum::Form<ImportForm>,
) -> Result<Response, WebError> {
    match app::messages::import_templates(&web.app, &ctx.actor(), &f.definition).await {
        Ok(_) => Ok(done("/custodian/templates", "saved")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(
                list_page(&web, &ctx, &f.definition, errors).await?,
            ))
        }
    }
}

#[derive(Default, Deserialize)]
#[serde(default)]
pub struct ExportQuery {
    key: Option<String>,
}

pub async fn export(
    State(web): State<Web>,
    ctx: Ctx,
    Query(q): Query<ExportQuery>,
) -> Result<Response, WebError> {
    let key = q.key.filter(|k| !k.is_empty());
    let body = app::messages::export_templates(&web.app, &ctx.actor(), key.as_deref()).await?;
    let name = format!(
        "pocdir-templates{}.json",
        key.map(|k| format!("-{k}")).unwrap_or_default()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// The form of one template; `version` None for a new one. A blank row at
/// the end adds a field.
fn form_page(
    web: &Web,
    ctx: &Ctx,
    t: &Template,
    version: Option<i64>,
    errors: FieldErrors,
) -> Response {
    let labels = |l: &Labels| {
        LANGUAGES
            .iter()
            .map(|lang| context! { lang => lang, text => l.0.get(*lang).cloned().unwrap_or_default() })
            .collect::<Vec<_>>()
    };
    let mut fields: Vec<Value> = t
        .fields
        .iter()
        .map(|f| context! { name => f.name, kind => f.kind, expected => f.expected, labels => labels(&f.label) })
        .collect();
    fields.push(context! { name => "", kind => FieldKind::Textarea, expected => false, labels => labels(&Labels::default()) });
    web.page(
        ctx,
        "template_form.html",
        context! {
            key => t.key, version => version, title => labels(&t.title),
            heading => t.title.get(&ctx.lang), fields => fields, errors => errors,
            kinds => [FieldKind::Text, FieldKind::Textarea, FieldKind::Date],
        },
    )
}

pub async fn new_form(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    // Only the custodian sees the form.
    app::messages::templates_for_editing(&web.app, &ctx.actor()).await?;
    let empty = Template {
        key: String::new(),
        title: Labels::default(),
        fields: Vec::new(),
    };
    Ok(form_page(&web, &ctx, &empty, None, FieldErrors::new()))
}

pub async fn edit_form(
    State(web): State<Web>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> Result<Response, WebError> {
    let (row, t) = app::messages::template_for_editing(&web.app, &ctx.actor(), &key).await?;
    Ok(form_page(
        &web,
        &ctx,
        &t,
        Some(row.version),
        FieldErrors::new(),
    ))
}

pub async fn create(State(web): State<Web>, ctx: Ctx, body: Bytes) -> Result<Response, WebError> {
    let (t, add) = read_form(&body, None)?;
    save(&web, &ctx, t, None, add).await
}

pub async fn update(
    State(web): State<Web>,
    ctx: Ctx,
    Path(key): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let (row, _) = app::messages::template_for_editing(&web.app, &ctx.actor(), &key).await?;
    let (t, add) = read_form(&body, Some(&key))?;
    save(&web, &ctx, t, Some(row.version), add).await
}

/// Saves the template, or shows the form again: with its errors, or with
/// one more blank row when another field was asked for.
async fn save(
    web: &Web,
    ctx: &Ctx,
    t: Template,
    version: Option<i64>,
    add: bool,
) -> Result<Response, WebError> {
    if add {
        return Ok(form_page(web, ctx, &t, version, FieldErrors::new()));
    }
    let saving = if version.is_some() {
        Saving::Revise
    } else {
        Saving::Add
    };
    match app::messages::save_template(&web.app, &ctx.actor(), &t, saving).await {
        Ok(_) => Ok(done("/custodian/templates", "saved")),
        Err(e) => {
            let errors = form_errors(web, ctx, e.into())?;
            Ok(unprocessable(form_page(web, ctx, &t, version, errors)))
        }
    }
}

/// Reads the form: `key`, `title_<lang>`, and per row `f<i>_name`,
/// `f<i>_kind`, `f<i>_expected`, `f<i>_position`, `f<i>_remove`,
/// `f<i>_label_<lang>`. Rows left blank or marked for removal are dropped,
/// the rest ordered by position. Returns the template and whether another
/// field was asked for rather than saving.
fn read_form(body: &Bytes, key: Option<&str>) -> Result<(Template, bool), WebError> {
    let pairs: Vec<(String, String)> = serde_html_form::from_bytes(body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let labels = |prefix: &str| {
        Labels(
            LANGUAGES
                .iter()
                .map(|lang| (lang.to_string(), get(&format!("{prefix}{lang}"))))
                .filter(|(_, v)| !v.is_empty())
                .collect(),
        )
    };
    let mut rows = Vec::new();
    for i in 0..MAX_ROWS {
        let p = format!("f{i}_");
        if !pairs.iter().any(|(k, _)| k.starts_with(&p)) {
            continue;
        }
        let label = labels(&format!("{p}label_"));
        let name = get(&format!("{p}name"));
        if get(&format!("{p}remove")) == "true" || (name.is_empty() && label.0.is_empty()) {
            continue;
        }
        let kind = match get(&format!("{p}kind")).as_str() {
            "text" => FieldKind::Text,
            "date" => FieldKind::Date,
            _ => FieldKind::Textarea,
        };
        let position = get(&format!("{p}position"))
            .parse::<usize>()
            .unwrap_or(i + 1);
        let field = TemplateField {
            name,
            kind,
            expected: get(&format!("{p}expected")) == "true",
            label,
        };
        rows.push((position, i, field));
    }
    rows.sort_by_key(|(position, i, _)| (*position, *i));
    let template = Template {
        key: key.map_or_else(|| get("key"), str::to_string),
        title: labels("title_"),
        fields: rows.into_iter().map(|(_, _, f)| f).collect(),
    };
    Ok((template, get("action") == "add"))
}
