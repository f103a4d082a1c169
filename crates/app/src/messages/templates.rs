//! Communication templates: the defaults, and revisions by the custodian (MSG-1).

use super::sealed::Content;
use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::message::Template;
use domain::policy::Resource;
use domain::{Action, Actor, UnLanguage};
use serde_json::json;
use store::message::{TemplateRow, ThreadRow};

pub(super) const DEFAULT_TEMPLATES: &str = include_str!("../../data/message_templates.json");

/// Adds the five default templates as version 1 where they are missing.
pub(crate) async fn seed_templates(app: &App) -> AppResult<()> {
    let defaults: Vec<Template> = serde_json::from_str(DEFAULT_TEMPLATES)
        .map_err(|e| AppError::Internal(format!("default templates: {e}")))?;
    let mut c = app.begin().await?;
    for (i, t) in defaults.iter().enumerate() {
        let row = TemplateRow {
            key: t.key.clone(),
            version: 1,
            definition: serde_json::to_string(t).map_err(|e| AppError::Internal(e.to_string()))?,
            created_by: audit::actor_label(&Actor::System),
            // Keeps the defaults in the order of the file.
            created_at: i as i64,
        };
        store::message::insert_template(&mut c, &row).await?;
    }
    c.commit().await?;
    Ok(())
}

pub(super) fn definition(row: &TemplateRow) -> AppResult<Template> {
    serde_json::from_str(&row.definition)
        .map_err(|e| store::Error::Corrupt(format!("template {}: {e}", row.key)).into())
}

/// The template a thread was written with, as it was then.
pub(super) async fn template_of(c: &mut store::Conn, thread: &ThreadRow) -> AppResult<Template> {
    let row = store::message::template(c, &thread.template_key, thread.template_version)
        .await?
        .ok_or_else(|| store::Error::Corrupt(format!("thread {} has no template", thread.id)))?;
    definition(&row)
}

/// Fields by name as (label, value) in the reader's language; a field the
/// template no longer names keeps its name.
pub(super) fn labelled(
    template: &Template,
    fields: Vec<(String, String)>,
    lang: &str,
) -> Vec<(String, String)> {
    fields
        .into_iter()
        .map(|(name, value)| {
            let label = template
                .fields
                .iter()
                .find(|f| f.name == name)
                .map_or(name.clone(), |f| f.label.get(lang).to_string());
            (label, value)
        })
        .collect()
}

/// A communication's content as text in one language: the fields labelled
/// as the template names them, then any free text. What an encrypted
/// notification carries (MSG-3).
pub(super) fn in_words(template: &Template, content: &Content, lang: UnLanguage) -> String {
    labelled(template, content.fields.clone(), lang.code())
        .into_iter()
        .map(|(label, value)| format!("{label}:\n{value}"))
        .chain(content.text.clone())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A template's fields as a sender filled them, checked against it.
pub(crate) fn accept_fields(
    row: &TemplateRow,
    values: &[(String, String)],
) -> AppResult<Vec<(String, String)>> {
    Ok(definition(row)?.accept(values)?)
}

/// The current version of every template.
pub async fn templates(app: &App) -> AppResult<Vec<(super::views::TemplateVersion, Template)>> {
    Ok(current(app)
        .await?
        .into_iter()
        .map(|(row, t)| (row.into(), t))
        .collect())
}

async fn current(app: &App) -> AppResult<Vec<(TemplateRow, Template)>> {
    let mut c = app.db.conn().await?;
    store::message::current_templates(&mut c)
        .await?
        .into_iter()
        .map(|r| definition(&r).map(|d| (r, d)))
        .collect()
}

/// The custodian imports templates as JSON, one object or an array as
/// the export gives: a new key adds a template, a known key revises it,
/// an unchanged one is left as it is (MSG-1). All are checked before any
/// is saved. Returns how many were saved.
pub async fn import_templates(app: &App, actor: &Actor, raw: &str) -> AppResult<usize> {
    authorize(actor, Action::Configure, Resource::None)?;
    let trimmed = raw.trim_start();
    let list: Vec<Template> = if trimmed.starts_with('[') {
        let values: Vec<serde_json::Value> = serde_json::from_str(trimmed)
            .map_err(|_| AppError::field("definition", "err-template-json"))?;
        values
            .iter()
            .map(|v| Template::from_json(&v.to_string()))
            .collect::<Result<_, _>>()?
    } else {
        vec![Template::from_json(raw)?]
    };
    if list.is_empty() {
        return Err(AppError::field("definition", "err-template-json"));
    }
    let mut c = app.begin().await?;
    let mut saved = 0;
    for t in &list {
        if save_in(app, &mut c, actor, t, Saving::AddOrRevise)
            .await?
            .is_some()
        {
            saved += 1;
        }
    }
    if saved == 0 {
        return Err(AppError::Conflict("err-template-unchanged"));
    }
    c.commit().await?;
    Ok(saved)
}

/// What saving a template may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    /// Only add: the key must be new (the "new template" form).
    Add,
    /// Only revise the template of this key (its form).
    Revise,
    /// Either (an import).
    AddOrRevise,
}

/// The custodian adds a template or revises one as a new version (MSG-1);
/// threads keep the version they were written with. Returns the version.
pub async fn save_template(
    app: &App,
    actor: &Actor,
    template: &Template,
    saving: Saving,
) -> AppResult<i64> {
    authorize(actor, Action::Configure, Resource::None)?;
    let mut c = app.begin().await?;
    let version = save_in(app, &mut c, actor, template, saving)
        .await?
        .ok_or(AppError::Conflict("err-template-unchanged"))?;
    c.commit().await?;
    Ok(version)
}

/// Checks and saves a template in the caller's transaction; None when it
/// is the same as its current version.
async fn save_in(
    app: &App,
    c: &mut crate::kernel::unit::Unit<'_>,
    actor: &Actor,
    template: &Template,
    saving: Saving,
) -> AppResult<Option<i64>> {
    template.check().map_err(AppError::Invalid)?;
    let current = store::message::current_templates(c).await?;
    let previous = current.iter().find(|t| t.key == template.key);
    match (saving, previous) {
        (Saving::Add, Some(_)) => return Err(AppError::field("key", "err-template-key-taken")),
        (Saving::Revise, None) => return Err(AppError::NotFound),
        _ => {}
    }
    let definition =
        serde_json::to_string(template).map_err(|e| AppError::Internal(e.to_string()))?;
    if previous.is_some_and(|p| p.definition == definition) {
        return Ok(None);
    }
    let row = TemplateRow {
        key: template.key.clone(),
        version: previous.map_or(1, |p| p.version + 1),
        definition,
        created_by: actor.user_id().unwrap_or_default().to_string(),
        created_at: app.now(),
    };
    if !store::message::insert_template(c, &row).await? {
        return Err(AppError::Conflict("err-template-unchanged"));
    }
    audit::record(
        c,
        actor,
        "template.saved",
        &format!("template:{}", row.key),
        json!({ "version": row.version, "fields": template.fields.len() }),
    )
    .await?;
    Ok(Some(row.version))
}

/// The current version of one template, for its form.
pub async fn template_for_editing(
    app: &App,
    actor: &Actor,
    key: &str,
) -> AppResult<(super::views::TemplateVersion, Template)> {
    authorize(actor, Action::Configure, Resource::None)?;
    templates(app)
        .await?
        .into_iter()
        .find(|(row, _)| row.key == key)
        .ok_or(AppError::NotFound)
}

/// The current templates as the custodian manages them.
pub async fn templates_for_editing(
    app: &App,
    actor: &Actor,
) -> AppResult<Vec<(super::views::TemplateVersion, Template)>> {
    authorize(actor, Action::Configure, Resource::None)?;
    templates(app).await
}

/// The current templates as JSON, all or the one of `key`, in the form
/// the import takes (MSG-1).
pub async fn export_templates(app: &App, actor: &Actor, key: Option<&str>) -> AppResult<String> {
    let list: Vec<Template> = templates_for_editing(app, actor)
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| key.is_none_or(|k| k == t.key))
        .collect();
    if key.is_some() && list.is_empty() {
        return Err(AppError::NotFound);
    }
    serde_json::to_string_pretty(&list).map_err(|e| AppError::Internal(e.to_string()))
}
