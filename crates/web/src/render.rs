//! Templates (minijinja, embedded in the binary) and the helpers they call.
//! Every user-visible string comes through `t()`.

use crate::http::ctx::Ctx;
use crate::http::error::{Failure, message_key, status, url_encode};
use crate::http::locale::language;
use crate::http::meta::Meta;
use crate::state::Web;
use app::AppError;
use app::i18n::{I18n, un_language};
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Value, merge_maps};
use minijinja::{Environment, State, context};
use std::sync::Arc;

/// The six UN languages, each named in itself, for the language switcher.
const LANGUAGES: [(&str, &str); 6] = [
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
];

/// A moment as a `<time>` element. The stylesheet keeps a date on one
/// line; a line may break between a date and its time of day.
fn time_element(state: &State, ms: Option<i64>, with_time: bool) -> Value {
    let lang = lang_of(state);
    let Some(ms) = ms else {
        return Value::from("");
    };
    let machine = jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%dT%H:%MZ").to_string())
        .unwrap_or_default();
    let html = if with_time {
        app::i18n::format_date_time(&lang, ms).map(|(date, time)| {
            format!(
                "<time class=\"moment\" datetime=\"{machine}\"><span>{}</span> <span dir=\"ltr\">{}</span></time>",
                minijinja::HtmlEscape(&date),
                minijinja::HtmlEscape(&time)
            )
        })
    } else {
        app::i18n::format_date(&lang, ms).map(|date| {
            format!(
                "<time datetime=\"{machine}\">{}</time>",
                minijinja::HtmlEscape(&date)
            )
        })
    };
    html.map(Value::from_safe_string).unwrap_or_default()
}

/// A calendar day ("2027-01-06") written out in the reader's language; the
/// same day wherever the reader is.
fn day_element(state: &State, iso: &str) -> Value {
    let Ok(day) = iso.parse::<jiff::civil::Date>() else {
        return Value::from(iso);
    };
    let noon = day
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp().as_millisecond());
    match noon
        .ok()
        .and_then(|ms| app::i18n::format_date(&lang_of(state), ms))
    {
        Some(text) => Value::from_safe_string(format!(
            "<time datetime=\"{day}\">{}</time>",
            minijinja::HtmlEscape(&text)
        )),
        None => Value::from(iso),
    }
}

/// Stands in for a markup argument while Fluent formats the text around it.
fn placeholder(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

fn language_name(state: &State, code: &str) -> String {
    domain::LanguageCode::parse(code)
        .map(|c| c.name(un_language(&lang_of(state))).to_string())
        .unwrap_or_else(|_| code.to_string())
}

/// Several languages, named and listed as the reader writes a list.
fn language_names<'a>(state: &State, codes: impl Iterator<Item = &'a str>) -> String {
    let separator = match lang_of(state).as_str() {
        "zh" => "、",
        "ar" => "، ",
        _ => ", ",
    };
    codes
        .map(|c| language_name(state, c))
        .collect::<Vec<_>>()
        .join(separator)
}

fn lang_of(state: &State) -> String {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "en".into())
}

pub fn environment(i18n: Arc<I18n>) -> Environment<'static> {
    let mut env = Environment::new();
    minijinja_embed::load_templates!(&mut env);
    let i = i18n.clone();
    env.add_function(
        "t",
        move |state: &State, key: String, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            // Numbers stay numbers, so that Fluent picks the right plural form;
            // markup (a <time>) is set into the escaped text afterwards.
            let mut markup = Vec::new();
            let args = kwargs
                .args()
                .map(|k| {
                    let v = kwargs.get::<Value>(k).unwrap_or_default();
                    let fv = match v.as_i64() {
                        Some(n) => FluentValue::from(n),
                        None if v.is_safe() => {
                            markup.push(v.to_string());
                            FluentValue::from(placeholder(markup.len() - 1))
                        }
                        None => FluentValue::from(v.to_string()),
                    };
                    (k, fv)
                })
                .collect();
            let text = i.format(&lang_of(state), &key, args);
            if markup.is_empty() {
                return Ok(Value::from(text));
            }
            let mut html = minijinja::HtmlEscape(&text).to_string();
            for (n, m) in markup.iter().enumerate() {
                html = html.replace(&placeholder(n), m);
            }
            Ok(Value::from_safe_string(html))
        },
    );
    env.add_filter("day", |state: &State, iso: String| day_element(state, &iso));
    env.add_filter("markdown", |md: String| {
        Value::from_safe_string(markdown(&md))
    });
    env.add_filter("date", |state: &State, ms: Option<i64>| {
        time_element(state, ms, false)
    });
    env.add_filter("datetime", |state: &State, ms: Option<i64>| {
        time_element(state, ms, true)
    });
    env.add_filter("state_name", |state: &State, code: String| {
        domain::StateCode::parse(&code)
            .map(|s| s.info().name(un_language(&lang_of(state))).to_string())
            .unwrap_or(code)
    });
    // The contact's wall-clock time now, e.g. "Tue 14:05 (UTC+01:00)".
    env.add_filter("local_time", |state: &State, tz: String| {
        let now = jiff::Timestamp::now();
        let text =
            app::i18n::format_local_time(&lang_of(state), &tz, now.as_millisecond()).unwrap_or(tz);
        Value::from_safe_string(format!(
            "<time datetime=\"{}\">{}</time>",
            now.strftime("%Y-%m-%dT%H:%MZ"),
            minijinja::HtmlEscape(&text)
        ))
    });
    env.add_filter("number", |state: &State, n: i64| {
        app::i18n::format_number(&lang_of(state), n)
    });
    // A language as its reader names it: "French", "法语".
    env.add_filter("language_name", |state: &State, code: String| {
        language_name(state, &code)
    });
    // Several languages, named and listed as the reader writes a list:
    // "French, Filipino", "法语、菲律宾语", "الفرنسية، الفلبينية".
    env.add_filter("language_names", |state: &State, codes: Vec<String>| {
        language_names(state, codes.iter().map(String::as_str))
    });
    // A field's value in the history, as a reader would say it, not as stored.
    let i = i18n.clone();
    env.add_filter(
        "shown",
        move |state: &State, value: String, field: String| {
            let lang = lang_of(state);
            match field.as_str() {
                "poc_type" => i.t(&lang, &format!("poc-type-{}", value.replace('_', "-")), &[]),
                "submission_language" => i.t(&lang, &format!("un-language-{value}"), &[]),
                "languages" => language_names(state, value.split(',').map(str::trim)),
                "timezone" if !value.is_empty() => {
                    app::zones::label(&i, &lang, &value, jiff::Timestamp::now().as_millisecond())
                }
                _ => value,
            }
        },
    );
    // A time zone as people name it: "heure de la Chine (Shanghai)".
    let i = i18n.clone();
    env.add_filter("zone", move |state: &State, id: String| {
        app::zones::label(
            &i,
            &lang_of(state),
            &id,
            jiff::Timestamp::now().as_millisecond(),
        )
    });
    // A percentage as the reader's language writes it: 67%, 67 %.
    let i = i18n.clone();
    env.add_filter("percent", move |state: &State, n: i64| {
        i.format(
            &lang_of(state),
            "percent",
            vec![("value", FluentValue::from(n))],
        )
    });
    // A span of time in the largest unit that keeps it readable: 42 seconds,
    // 7 minutes, 5 hours, 3 days.
    let i = i18n.clone();
    env.add_filter("duration", move |state: &State, ms: i64| {
        let s = ms.max(0) / 1000;
        let (key, count) = match s {
            0..60 => ("seconds", s),
            60..3600 => ("minutes", s / 60),
            3600..172_800 => ("hours", s / 3600),
            _ => ("days", s / 86_400),
        };
        i.format(
            &lang_of(state),
            key,
            vec![("count", FluentValue::from(count))],
        )
    });
    // Seconds as H:MM:SS: an exercise's times, to the second (EXR-1).
    env.add_filter("hms", |s: i64| {
        let s = s.max(0);
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    });
    // An OpenPGP fingerprint in groups of four, as GnuPG prints it.
    env.add_filter("fingerprint", |f: String| app::mail::spaced(&f));
    // A TLP code as its label: "amber" → "TLP:AMBER".
    env.add_filter("tlp_label", |code: String| {
        domain::message::Tlp::parse(&code).map_or(code.clone(), |t| t.label().to_string())
    });
    env.add_filter("slug", |s: String| s.replace('_', "-"));
    env
}

/// States as (code, name), in the order a reader of `lang` expects names
/// in: "Côte d'Ivoire" before "Czechia", "Égypte" among the E's.
pub fn states_by_name(
    lang: &str,
    codes: impl IntoIterator<Item = domain::StateCode>,
) -> Vec<(String, String)> {
    let un = un_language(lang);
    let mut out: Vec<(String, String)> = codes
        .into_iter()
        .map(|c| (c.to_string(), c.info().name(un).to_string()))
        .collect();
    out.sort_by(|a, b| app::i18n::compare(lang, &a.1, &b.1));
    out
}

/// Every State as (code, name), in the reader's order, sorted once per language.
pub fn all_states_by_name(lang: &str) -> &'static [(String, String)] {
    static LISTS: std::sync::OnceLock<
        std::collections::HashMap<&'static str, Vec<(String, String)>>,
    > = std::sync::OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(l, _)| {
                (
                    *l,
                    states_by_name(l, domain::state::all().iter().map(|s| s.code)),
                )
            })
            .collect()
    });
    lists.get(lang).unwrap_or(&lists["en"])
}

/// The `<option>`s of every language, named in `lang`, made once: a list to
/// choose from that would otherwise be built on every page.
pub fn language_options(lang: &str) -> Value {
    static HTML: std::sync::OnceLock<std::collections::HashMap<&'static str, String>> =
        std::sync::OnceLock::new();
    let html = HTML.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(l, _)| {
                let options: String = app::i18n::languages_by_name(l)
                    .iter()
                    .map(|(_, name)| {
                        format!(
                            "<option value=\"{}\"></option>",
                            minijinja::HtmlEscape(name)
                        )
                    })
                    .collect();
                (*l, options)
            })
            .collect()
    });
    Value::from_safe_string(html.get(lang).unwrap_or(&html["en"]).clone())
}

/// State codes (as the app gives them) in the reader's order of names.
pub fn codes_by_name(lang: &str, codes: &[String]) -> Vec<String> {
    states_by_name(
        lang,
        codes
            .iter()
            .filter_map(|c| domain::StateCode::parse(c).ok()),
    )
    .into_iter()
    .map(|(code, _)| code)
    .collect()
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
        demo => web.app.config().demo,
        ui_languages => LANGUAGES,
    };
    let ctx = merge_maps([extra, base]);
    match web.templates.get_template(name).and_then(|t| t.render(ctx)) {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(template = name, error = %e, "template failed");
            let body = format!(
                "<!doctype html><title>500</title><p>{}</p><p>{}</p>",
                web.app.i18n().t(lang, "err-internal", &[]),
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
        // Between the password and the end of sign-in: a way out, no menu.
        let signing_in = ctx.session.as_ref().is_some_and(|s| !s.is_full());
        let page = context! {
            user => user, signing_in => signing_in, path => ctx.path.clone(), query => ctx.query.clone(),
            mail_key => self.app.mail_key().map(|(f, _)| app::mail::spaced(f)),
        };
        render_bare(self, &ctx.lang, &ctx.meta, name, merge_maps([extra, page]))
    }
}

/// The page of a refused or failed request: a message in the reader's
/// language and the request id; JSON for those who ask for it.
pub fn error_page(
    web: &Web,
    headers: &HeaderMap,
    path: &str,
    meta: &Meta,
    failure: Failure,
) -> Response {
    let e = failure.0.as_ref();
    let status = status(e);
    if status.is_server_error() {
        tracing::error!(error = %e, "request failed");
    } else {
        tracing::info!(error = %e, status = status.as_u16(), "request refused");
    }
    if matches!(e, AppError::Unauthenticated) && !path.starts_with("/api/") {
        let next: String = url_encode(path);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let lang = language(web, headers, None);
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json"));
    let message = web.app.i18n().t(&lang, message_key(e), &[]);
    if wants_json {
        let body = serde_json::json!({ "error": message_key(e), "message": message, "request_id": meta.request_id });
        return (status, axum::Json(body)).into_response();
    }
    let html = render_bare(
        web,
        &lang,
        meta,
        "error.html",
        minijinja::context! {
            status => status.as_u16(), message => message, request_id => meta.request_id.clone(),
        },
    );
    let mut response = html;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}

/// Markdown written by the custodian (PUB-1) as HTML, sanitised: raw HTML,
/// scripts, styles and links other than http(s) and mailto are dropped.
pub fn markdown(md: &str) -> String {
    let mut html = String::new();
    let options =
        pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(md, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    /// Words that are the same in every language: format and standard names.
    const UNIVERSAL: [&str; 5] = ["CSV", "JSON", "vCard", "ISO", "UTC"];

    /// What a person would read in a template, outside `t()` calls:
    /// text between tags, and labelling attributes with literal values.
    fn literal_text(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = source;
        let mut text = String::new();
        while let Some(c) = rest.chars().next() {
            if rest.starts_with("{{") || rest.starts_with("{%") || rest.starts_with("{#") {
                let close = match &rest[..2] {
                    "{{" => "}}",
                    "{%" => "%}",
                    _ => "#}",
                };
                let end = rest.find(close).map(|i| i + 2).unwrap_or(rest.len());
                rest = &rest[end..];
                text.push(' ');
            } else if c == '<' {
                let end = rest.find('>').map(|i| i + 1).unwrap_or(rest.len());
                let tag = &rest[..end];
                for attr in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
                    if let Some(start) = tag.find(attr) {
                        let value = &tag[start + attr.len()..];
                        let value = &value[..value.find('"').unwrap_or(value.len())];
                        // A value computed by `{{ t(...) }}` is translated.
                        let literal: String = value
                            .split("{{")
                            .map(|part| part.split_once("}}").map_or(part, |(_, after)| after))
                            .collect();
                        out.push(literal);
                    }
                }
                rest = &rest[end..];
                text.push(' ');
            } else {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        out.push(text);
        out.into_iter()
            .flat_map(|t| {
                t.split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !UNIVERSAL.contains(&w.as_str()))
            .collect()
    }

    #[test]
    fn nfr1_no_template_shows_text_outside_the_catalogue() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let words = literal_text(&std::fs::read_to_string(&path).unwrap());
            assert!(
                words.is_empty(),
                "{} shows text outside the catalogue: {words:?}",
                path.display()
            );
            checked += 1;
        }
        assert!(checked > 20);
        assert_eq!(
            literal_text("<p title=\"Hello\">{{ t('x') }} world</p>"),
            ["Hello", "world"]
        );
    }
}
