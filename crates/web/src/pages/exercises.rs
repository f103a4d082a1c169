//! Exercise control's pages (EXR-1): the exercises, one exercise with its
//! scenario, States, timeline, controls and live board, a new inject, the
//! rehearsal, and the after-action report.

use super::{FieldErrors, done, form_errors, notice, unprocessable};
use crate::http::ctx::Ctx;
use crate::http::error::WebError;
use crate::state::Web;
use app::AppError;
use app::exercises::{CONTROLS, InjectInput, Report};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use minijinja::{Value, context};
use serde::Deserialize;

fn languages() -> Vec<&'static str> {
    domain::UnLanguage::ALL.iter().map(|l| l.code()).collect()
}

/// What the board, the report and a State's page show of a report.
pub(super) fn report_value(r: &Report) -> Value {
    context! {
        x => Value::from_serialize(&r.exercise),
        states => Value::from_serialize(&r.states),
        injects => Value::from_serialize(&r.injects),
        rows => Value::from_serialize(&r.rows),
        figures => Value::from_serialize(&r.figures),
        // `rate` is what the bars show: the share acknowledged.
        by_state => r.by_state.iter().map(|s| context! {
            state => s.state, delivered => s.delivered, rate => s.ack_rate, answer_rate => s.answer_rate,
        }).collect::<Vec<_>>(),
        lessons => Value::from_serialize(&r.lessons),
        players => r.players.iter().map(|(_, poc)| poc.as_str()).collect::<Vec<_>>(),
        player_counts => r.players.iter().fold(std::collections::BTreeMap::<&str, usize>::new(), |mut m, (s, _)| {
            *m.entry(s.as_str()).or_default() += 1;
            m
        }),
        breaks => app::exercises::BREAKS,
    }
}

#[derive(Deserialize, Default, serde::Serialize)]
#[serde(default)]
pub struct ScenarioForm {
    lang: String,
    title: String,
    narrative: String,
}

async fn list_page(
    web: &Web,
    ctx: &Ctx,
    form: &ScenarioForm,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let list = app::exercises::list(&web.app, &ctx.actor(), &ctx.lang).await?;
    Ok(web.page(
        ctx,
        "exercises.html",
        context! {
            exercises => Value::from_serialize(&list), form => Value::from_serialize(form),
            errors => errors, languages => languages(), notice => notice(web, ctx),
        },
    ))
}

pub async fn list(State(web): State<Web>, ctx: Ctx) -> Result<Response, WebError> {
    let blank = ScenarioForm {
        lang: ctx.lang.clone(),
        ..Default::default()
    };
    list_page(&web, &ctx, &blank, FieldErrors::new()).await
}

pub async fn create(
    State(web): State<Web>,
    ctx: Ctx,
    axum::Form(f): axum::Form<ScenarioForm>,
) -> Result<Response, WebError> {
    match app::exercises::create(&web.app, &ctx.actor(), &f.lang, &f.title, &f.narrative).await {
        Ok(id) => Ok(done(&format!("/custodian/exercises/{id}"), "saved")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(list_page(&web, &ctx, &f, errors).await?))
        }
    }
}

async fn exercise_page(
    web: &Web,
    ctx: &Ctx,
    id: &str,
    scenario: Option<&ScenarioForm>,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let report = app::exercises::board(&web.app, &actor, id, &ctx.lang).await?;
    let invited: Vec<&str> = report.states.iter().map(|s| s.state.as_str()).collect();
    let participating: Vec<String> = app::directory::participation(&web.app)
        .await?
        .states
        .iter()
        .map(|(s, _)| s.to_string())
        .collect();
    let others: Vec<String> = crate::render::codes_by_name(&ctx.lang, &participating)
        .into_iter()
        .filter(|s| !invited.contains(&s.as_str()))
        .collect();
    let templates = app::messages::templates(&web.app).await?;
    let scenario = scenario.map_or_else(
        || context! { lang => report.exercise.lang, title => report.exercise.title, narrative => report.exercise.narrative },
        Value::from_serialize,
    );
    let controls: Vec<&str> = CONTROLS
        .iter()
        .filter(|(_, from)| from.contains(&report.exercise.status.as_str()))
        .map(|(w, _)| *w)
        .collect();
    Ok(web.page(ctx, "exercise.html", context! {
        r => report_value(&report), others => others, controls => controls,
        templates => templates.iter().map(|(r, t)| context! { key => r.key, title => t.title.get(&ctx.lang) }).collect::<Vec<_>>(),
        scenario => scenario, errors => errors, languages => languages(), notice => notice(web, ctx),
    }))
}

pub async fn exercise(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    exercise_page(&web, &ctx, &id, None, FieldErrors::new()).await
}

pub async fn scenario(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<ScenarioForm>,
) -> Result<Response, WebError> {
    let actor = ctx.actor();
    match app::exercises::save_text(&web.app, &actor, &id, &f.lang, &f.title, &f.narrative).await {
        Ok(()) => Ok(done(&format!("/custodian/exercises/{id}"), "saved")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(
                exercise_page(&web, &ctx, &id, Some(&f), errors).await?,
            ))
        }
    }
}

pub async fn invite(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct InviteForm {
        states: Vec<String>,
    }
    let f: InviteForm = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    match app::exercises::invite(&web.app, &ctx.actor(), &id, &f.states).await {
        Ok(_) => Ok(done(&format!("/custodian/exercises/{id}"), "invited")),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(
                exercise_page(&web, &ctx, &id, None, errors).await?,
            ))
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ControlForm {
    #[serde(rename = "do")]
    word: String,
}

pub async fn control(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    axum::Form(f): axum::Form<ControlForm>,
) -> Result<Response, WebError> {
    app::exercises::steer(&web.app, &ctx.actor(), &id, &f.word).await?;
    Ok(done(&format!("/custodian/exercises/{id}"), "saved"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TemplateQuery {
    template: String,
}

async fn inject_page(
    web: &Web,
    ctx: &Ctx,
    id: &str,
    form: &InjectInput,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let actor = ctx.actor();
    let report = app::exercises::board(&web.app, &actor, id, &ctx.lang).await?;
    let templates = app::messages::templates(&web.app).await?;
    let (row, template) = templates
        .iter()
        .find(|(r, _)| r.key == form.template_key)
        .ok_or_else(|| AppError::field("template", "err-template"))?;
    let value_of = |name: &str| {
        form.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    Ok(web.page(ctx, "inject_form.html", context! {
        r => report_value(&report),
        tp => context! {
            key => row.key, title => template.title.get(&ctx.lang),
            fields => template.fields.iter().map(|f| context! {
                name => f.name, kind => f.kind, label => f.label.get(&ctx.lang), value => value_of(&f.name),
            }).collect::<Vec<_>>(),
        },
        form => context! {
            sender => form.sender, to_states => form.to_states, urgency => form.urgency, tlp => form.tlp,
            release => form.release, offset_minutes => form.offset_minutes, after => form.after,
            ack_within_minutes => form.ack_within_minutes, answer_within_minutes => form.answer_within_minutes,
            expiry_minutes => form.expiry_minutes,
        },
        urgencies => domain::message::Urgency::ALL.iter().map(|u| u.code()).collect::<Vec<_>>(),
        tlps => domain::message::Tlp::ALL.iter().map(|t| context! { code => t.code(), label => t.label() }).collect::<Vec<_>>(),
        default_expiry => app::exercises::DEFAULT_EXPIRY_MINUTES,
        errors => errors,
    }))
}

pub async fn new_inject(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<TemplateQuery>,
) -> Result<Response, WebError> {
    let blank = InjectInput {
        template_key: q.template,
        urgency: "high".into(),
        tlp: "amber".into(),
        release: "at".into(),
        offset_minutes: "0".into(),
        ..Default::default()
    };
    inject_page(&web, &ctx, &id, &blank, FieldErrors::new()).await
}

pub async fn add_inject(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let pairs: Vec<(String, String)> = serde_html_form::from_bytes(&body)
        .map_err(|_| AppError::field("form", "err-form-unreadable"))?;
    let mut form = InjectInput::default();
    for (k, v) in pairs {
        match k.as_str() {
            "sender" => form.sender = v,
            "to_states" => form.to_states.push(v),
            "template" => form.template_key = v,
            "urgency" => form.urgency = v,
            "tlp" => form.tlp = v,
            "release" => form.release = v,
            "offset_minutes" => form.offset_minutes = v,
            "after" => form.after = v,
            "ack_within_minutes" => form.ack_within_minutes = v,
            "answer_within_minutes" => form.answer_within_minutes = v,
            "expiry_minutes" => form.expiry_minutes = v,
            "csrf" => {}
            _ => {
                if let Some(name) = k.strip_prefix("f_") {
                    form.fields.push((name.to_string(), v));
                }
            }
        }
    }
    match app::exercises::add_inject(&web.app, &ctx.actor(), &id, &form).await {
        Ok(_) => Ok(done(
            &format!("/custodian/exercises/{id}#timeline"),
            "saved",
        )),
        Err(e) => {
            let errors = form_errors(&web, &ctx, e.into())?;
            Ok(unprocessable(
                inject_page(&web, &ctx, &id, &form, errors).await?,
            ))
        }
    }
}

pub async fn remove_inject(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, inject)): Path<(String, String)>,
) -> Result<Response, WebError> {
    app::exercises::remove_inject(&web.app, &ctx.actor(), &id, &inject).await?;
    Ok(done(
        &format!("/custodian/exercises/{id}#timeline"),
        "saved",
    ))
}

pub async fn release(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, inject)): Path<(String, String)>,
) -> Result<Response, WebError> {
    app::exercises::release_now(&web.app, &ctx.actor(), &id, &inject).await?;
    Ok(done(&format!("/custodian/exercises/{id}#board"), "sent"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LangQuery {
    lang: String,
}

pub async fn rehearse(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, inject)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> Result<Response, WebError> {
    let lang = if q.lang.is_empty() {
        ctx.lang.clone()
    } else {
        q.lang
    };
    let actor = ctx.actor();
    let (shown, preview) = app::exercises::rehearse(&web.app, &actor, &id, &inject, &lang).await?;
    let report = app::exercises::board(&web.app, &actor, &id, &ctx.lang).await?;
    Ok(web.page(&ctx, "rehearse.html", context! {
        r => report_value(&report), inject => Value::from_serialize(&shown), lang => lang,
        rtl => domain::UnLanguage::parse(&lang).is_ok_and(|l| l.is_rtl()),
        preview => context! {
            subject => preview.subject, body => preview.body, title => preview.title, fields => preview.fields,
        },
        languages => languages(), notice => notice(&web, &ctx),
    }))
}

pub async fn rehearse_send(
    State(web): State<Web>,
    ctx: Ctx,
    Path((id, inject)): Path<(String, String)>,
) -> Result<Response, WebError> {
    app::exercises::rehearse_send(&web.app, &ctx.actor(), &id, &inject).await?;
    Ok(done(
        &format!("/custodian/exercises/{id}/injects/{inject}/rehearse"),
        "sent",
    ))
}

pub async fn report(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let report = app::exercises::board(&web.app, &ctx.actor(), &id, &ctx.lang).await?;
    Ok(web.page(
        &ctx,
        "exercise_report.html",
        context! {
            r => report_value(&report), control => true,
        },
    ))
}

pub async fn report_csv(
    State(web): State<Web>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let report = app::exercises::board(&web.app, &ctx.actor(), &id, &ctx.lang).await?;
    Ok(super::csv_file(
        &format!("pocdir-exercise-{id}.csv"),
        app::exercises::report_csv(&web.app, &report, &ctx.lang),
    ))
}
