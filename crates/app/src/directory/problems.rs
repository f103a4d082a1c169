//! Problem reports on entries, and their resolution (DIR-10).

use crate::error::authorize;
use crate::mail::{self, Email};
use crate::{App, AppError, AppResult, audit};
use domain::fields::text;
use domain::policy::Resource;
use domain::{Action, Actor, FieldError, Role, StateCode};
use serde_json::json;

pub const PROBLEM_KINDS: [&str; 5] = [
    "bounced",
    "wrong_number",
    "no_answer",
    "wrong_person",
    "other",
];

/// "This contact did not work", in one step, from the entry's page (DIR-10).
pub async fn report_problem(
    app: &App,
    actor: &Actor,
    poc_id: &str,
    kind: &str,
    detail: &str,
) -> AppResult<()> {
    let mut c = app.begin().await?;
    let poc = store::poc::get(&mut c, poc_id)
        .await?
        .filter(|p| p.status == "active")
        .ok_or(AppError::NotFound)?;
    let state = StateCode::parse(&poc.state_code)?;
    authorize(actor, Action::ReportProblem, Resource::State(state))?;
    if !PROBLEM_KINDS.contains(&kind) {
        return Err(FieldError::new("kind", "err-problem-kind").into());
    }
    let detail = text("detail", detail, 1000)?;
    let id = store::new_id();
    store::problem::insert(
        &mut c,
        &store::problem::ProblemRow {
            id: id.clone(),
            poc_id: poc.id.clone(),
            state_code: state.to_string(),
            reported_by: actor.user_id().unwrap_or_default().to_string(),
            kind: kind.to_string(),
            detail: detail.clone(),
            created_at: app.now(),
            resolved_at: None,
            resolved_by: None,
        },
    )
    .await?;
    let mut recipients = store::user::with_role(&mut c, Role::Custodian.code()).await?;
    recipients.extend(
        store::user::of_state(&mut c, state.as_str())
            .await?
            .into_iter()
            .filter(|u| u.role == Role::NationalAdmin.code() && u.status == "active"),
    );
    for r in recipients {
        let kind_label = app.i18n.t(
            &r.locale,
            &format!("problem-{}", kind.replace('_', "-")),
            &[],
        );
        mail::queue(
            app,
            &mut c,
            Email {
                exercise: false,
                to: &r.email,
                lang: &r.locale,
                key: "email-problem-reported",
                args: vec![
                    ("entity", poc.entity.clone()),
                    ("kind", kind_label),
                    ("url", format!("{}/pocs/{}", app.config.public_url, poc.id)),
                ],
            },
        )
        .await?;
    }
    audit::record(
        &mut c,
        actor,
        "problem.reported",
        &format!("poc:{}", poc.id),
        json!({ "problem": id, "kind": kind }),
    )
    .await?;
    c.commit().await?;
    Ok(())
}

pub async fn resolve_problem(app: &App, actor: &Actor, problem_id: &str) -> AppResult<String> {
    let mut c = app.begin().await?;
    let p = store::problem::get(&mut c, problem_id)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(
        actor,
        Action::ViewProblems,
        Resource::State(StateCode::parse(&p.state_code)?),
    )?;
    if !store::problem::resolve(
        &mut c,
        &p.id,
        actor.user_id().unwrap_or_default(),
        app.now(),
    )
    .await?
    {
        return Err(AppError::Conflict("err-already-decided"));
    }
    audit::record(
        &mut c,
        actor,
        "problem.resolved",
        &format!("poc:{}", p.poc_id),
        json!({ "problem": p.id }),
    )
    .await?;
    c.commit().await?;
    Ok(p.poc_id)
}
