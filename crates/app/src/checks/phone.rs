//! Phone checks recorded by the custodian (PING-4).

use crate::error::authorize;
use crate::{App, AppError, AppResult, audit};
use domain::policy::Resource;
use domain::{Action, Actor, PocFields, StateCode};
use serde_json::json;

/// The custodian records a phone check of one of an entry's numbers (PING-4).
pub async fn record_phone_check(
    app: &App,
    actor: &Actor,
    poc_id: &str,
    number: &str,
    reached: &str,
    note: &str,
) -> AppResult<()> {
    authorize(actor, Action::RunChecks, Resource::None)?;
    let note = domain::fields::text("note", note, 500)?;
    let reached = match reached {
        "yes" => true,
        "no" => false,
        _ => return Err(domain::FieldError::new("reached", "err-reached").into()),
    };
    let mut c = app.begin().await?;
    let poc = store::poc::get(&mut c, poc_id)
        .await?
        .filter(|p| p.status == "active")
        .ok_or(AppError::NotFound)?;
    let fields: PocFields = serde_json::from_str(poc.published_fields.as_deref().unwrap_or("null"))
        .map_err(|e| store::Error::Corrupt(e.to_string()))?;
    if !fields.phones.iter().any(|p| p.number() == number) {
        return Err(domain::FieldError::new("number", "err-phone-not-of-entry").into());
    }
    let row = store::campaign::PhoneCheckRow {
        id: store::new_id(),
        poc_id: poc.id.clone(),
        state_code: poc.state_code.clone(),
        number: number.to_string(),
        reached,
        called_at: app.now(),
        recorded_by: actor.user_id().unwrap_or_default().to_string(),
        note,
    };
    store::campaign::insert_phone_check(&mut c, &row).await?;
    audit::record(
        &mut c,
        actor,
        "phone_check.recorded",
        &format!("poc:{}", poc.id),
        json!({ "reached": reached }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

/// Phone checks of an entry, for the custodian and the entry's own State.
pub async fn phone_checks(
    app: &App,
    actor: &Actor,
    poc_id: &str,
    state: StateCode,
) -> AppResult<Vec<super::views::PhoneCheck>> {
    authorize(
        actor,
        Action::ViewCheckResults,
        Resource::CheckResults(Some(state)),
    )?;
    let mut c = app.db.conn().await?;
    let mut out = Vec::new();
    for row in store::campaign::phone_checks_of(&mut c, poc_id).await? {
        let mut check: super::views::PhoneCheck = row.into();
        if let Some(u) = store::user::get(&mut c, &check.recorded_by).await? {
            check.recorded_by = u.display_name;
        }
        out.push(check);
    }
    Ok(out)
}
