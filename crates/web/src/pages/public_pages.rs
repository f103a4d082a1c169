//! The custodian writes the public pages (PUB-1): each page in each
//! language, previewed before it is published, every version kept.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use minijinja::context;
use serde::Deserialize;

pub async fn list(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let pages = app::public_pages::overview(&web.app, &ctx.actor()).await?;
    let rows: Vec<_> = pages
        .iter()
        .map(|p| {
            context! {
                page => p.page,
                langs => p.versions.iter().map(|(l, v)| context! {
                    lang => l.code(), version => v.as_ref().map(|v| v.version),
                    saved_at => v.as_ref().map(|v| v.saved_at),
                }).collect::<Vec<_>>(),
            }
        })
        .collect();
    Ok(web.page(
        &ctx,
        "public_pages.html",
        context! { pages => rows, notice => notice(&web, &ctx) },
    ))
}

/// The editor: the text, an optional preview of it, and every version.
async fn editor(
    web: &Web,
    ctx: &Ctx,
    (page, lang): (&str, &str),
    body: Option<&str>,
    preview: bool,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let history = app::public_pages::history(&web.app, &ctx.actor(), page, lang).await?;
    let body = body.map_or_else(
        || history.first().map(|v| v.body.clone()).unwrap_or_default(),
        str::to_string,
    );
    let versions: Vec<_> = history
        .iter()
        .map(|v| context! { version => v.version, saved_by => v.saved_by, saved_at => v.saved_at, body => v.body })
        .collect();
    Ok(web.page(
        ctx,
        "public_page_edit.html",
        context! {
            page => page, page_lang => lang, body => body, preview => preview && errors.is_empty(),
            versions => versions, errors => errors, max => app::public_pages::MAX_CHARS,
        },
    ))
}

pub async fn edit(
    State(web): State<Web>,
    ctx: Ctx,
    Path((page, lang)): Path<(String, String)>,
) -> Result<Response, WebError> {
    editor(&web, &ctx, (&page, &lang), None, false, FieldErrors::new()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageForm {
    body: String,
    /// "preview" shows the text as readers will see it, saving nothing.
    action: String,
}

pub async fn save(
    State(web): State<Web>,
    ctx: Ctx,
    Path((page, lang)): Path<(String, String)>,
    Form(form): Form<PageForm>,
) -> Result<Response, WebError> {
    let at = (page.as_str(), lang.as_str());
    if form.action == "preview" {
        let errors = match app::public_pages::check(&page, &lang, &form.body) {
            Ok(_) => FieldErrors::new(),
            Err(e) => form_errors(&web, &ctx, e.into())?,
        };
        let invalid = !errors.is_empty();
        let r = editor(&web, &ctx, at, Some(&form.body), true, errors).await?;
        return Ok(if invalid { unprocessable(r) } else { r });
    }
    match app::public_pages::publish(&web.app, &ctx.actor(), &page, &lang, &form.body).await {
        Ok(_) => Ok(done("/custodian/pages", "page-published")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(
                editor(&web, &ctx, at, Some(&form.body), false, errors).await?,
            ))
        }
    }
}
