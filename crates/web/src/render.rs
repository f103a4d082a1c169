//! Templates (minijinja, embedded in the binary) and the helpers they call.
//! Every user-visible string comes through `t()`.

use crate::Web;
use crate::ctx::Ctx;
use crate::guard::Meta;
use app::i18n::{I18n, un_language};
use axum::response::{Html, IntoResponse, Response};
use fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Value, merge_maps};
use minijinja::{Environment, State, context};
use std::sync::Arc;

fn lang_of(state: &State) -> String {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "en".into())
}

fn timestamp(ms: i64) -> Option<jiff::Timestamp> {
    jiff::Timestamp::from_millisecond(ms).ok()
}

pub fn environment(i18n: Arc<I18n>) -> Environment<'static> {
    let mut env = Environment::new();
    minijinja_embed::load_templates!(&mut env);
    let i = i18n.clone();
    env.add_function(
        "t",
        move |state: &State, key: String, kwargs: Kwargs| -> Result<String, minijinja::Error> {
            // Numbers stay numbers, so that Fluent picks the right plural form.
            let args = kwargs
                .args()
                .map(|k| {
                    let v = kwargs.get::<Value>(k).unwrap_or_default();
                    let fv = match v.as_i64() {
                        Some(n) => FluentValue::from(n),
                        None => FluentValue::from(v.to_string()),
                    };
                    (k, fv)
                })
                .collect();
            Ok(i.format(&lang_of(state), &key, args))
        },
    );
    env.add_filter("date", |ms: Option<i64>| {
        ms.and_then(timestamp)
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    });
    env.add_filter("datetime", |ms: Option<i64>| {
        ms.and_then(timestamp)
            .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    });
    env.add_filter("state_name", |state: &State, code: String| {
        domain::StateCode::parse(&code)
            .map(|s| s.info().name(un_language(&lang_of(state))).to_string())
            .unwrap_or(code)
    });
    // The contact's wall-clock time now, e.g. "14:05 Tue (UTC+01:00)".
    env.add_filter("local_time", |tz: String| {
        let zone = jiff::tz::TimeZone::get(&tz).unwrap_or(jiff::tz::TimeZone::UTC);
        let now = jiff::Timestamp::now().to_zoned(zone);
        now.strftime("%H:%M %a (UTC%:z)").to_string()
    });
    env.add_filter("slug", |s: String| s.replace('_', "-"));
    env
}

/// Renders a template with the context every page has.
/// A failed template is a server error: logged, and shown as a plain page.
pub fn render_bare(web: &Web, lang: &str, meta: &Meta, name: &str, extra: Value) -> Response {
    let base = context! {
        lang => lang,
        dir => if un_language(lang).is_rtl() { "rtl" } else { "ltr" },
        csrf => meta.csrf.clone(),
        nonce => meta.nonce.clone(),
        request_id => meta.request_id.clone(),
        demo => web.app.config.demo,
    };
    let ctx = merge_maps([extra, base]);
    match web.templates.get_template(name).and_then(|t| t.render(ctx)) {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(template = name, error = %e, "template failed");
            let body = format!(
                "<!doctype html><title>500</title><p>{}</p><p>{}</p>",
                web.app.i18n.t(lang, "err-internal", &[]),
                meta.request_id
            );
            (axum::http::StatusCode::INTERNAL_SERVER_ERROR, Html(body)).into_response()
        }
    }
}

impl Web {
    pub fn page(&self, ctx: &Ctx, name: &str, extra: Value) -> Response {
        let user = ctx.session.as_ref().filter(|s| s.is_full()).map(|s| {
            context! {
                name => s.display_name.clone(),
                role => s.actor.role().map(|r| r.code()),
                state => s.actor.state().map(|c| c.to_string()),
            }
        });
        let page = context! { user => user, path => ctx.path.clone() };
        render_bare(self, &ctx.lang, &ctx.meta, name, merge_maps([extra, page]))
    }
}
