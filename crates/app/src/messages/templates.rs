//! Communication templates: the defaults, and revisions by the custodian (MSG-1).

use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::message::Template;
use domain::policy::Resource;
use domain::{Action, Actor};
use serde_json::json;
use store::message::TemplateRow;

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

/// The custodian adds a template or revises one as a new version (MSG-1);
/// threads keep the version they were written with. Returns the version.
pub async fn save_template(app: &App, actor: &Actor, raw: &str) -> AppResult<i64> {
    authorize(actor, Action::Configure, Resource::None)?;
    let template = Template::from_json(raw)?;
    let mut c = app.begin().await?;
    let current = store::message::current_templates(&mut c).await?;
    let previous = current.iter().find(|t| t.key == template.key);
    if previous
        .is_some_and(|p| p.definition == serde_json::to_string(&template).unwrap_or_default())
    {
        return Err(AppError::Conflict("err-template-unchanged"));
    }
    let row = TemplateRow {
        key: template.key.clone(),
        version: previous.map_or(1, |p| p.version + 1),
        definition: serde_json::to_string(&template)
            .map_err(|e| AppError::Internal(e.to_string()))?,
        created_by: actor.user_id().unwrap_or_default().to_string(),
        created_at: app.now(),
    };
    if !store::message::insert_template(&mut c, &row).await? {
        return Err(AppError::Conflict("err-template-unchanged"));
    }
    audit::record(
        &mut c,
        actor,
        "template.saved",
        &format!("template:{}", row.key),
        json!({ "version": row.version, "fields": template.fields.len() }),
    )
    .await?;
    c.commit().await?;
    Ok(row.version)
}

/// The templates as the custodian edits them: current versions, pretty JSON.
pub async fn templates_for_editing(
    app: &App,
    actor: &Actor,
) -> AppResult<Vec<(super::views::TemplateVersion, String)>> {
    authorize(actor, Action::Configure, Resource::None)?;
    templates(app)
        .await?
        .into_iter()
        .map(|(row, t)| {
            let pretty =
                serde_json::to_string_pretty(&t).map_err(|e| AppError::Internal(e.to_string()))?;
            Ok((row, pretty))
        })
        .collect()
}
