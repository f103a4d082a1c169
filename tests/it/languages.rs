//! NFR-1, NFR-2 in headless Chromium: every main page in the six languages,
//! right-to-left Arabic, no English left over, and axe-core's WCAG 2.1 A/AA
//! rules with zero violations in English and Arabic.

use crate::browser::{chromium, click, sign_in_demo, wait_for};
use crate::helpers::*;
use fantoccini::{Client, Locator};
use std::collections::BTreeMap;

/// English UI strings that a page in another language must not show: each
/// catalogue value long enough to be recognisable and translated differently.
fn english_strings(lang: &str) -> Vec<String> {
    let catalogue = |l: &str| -> BTreeMap<String, String> {
        let src = app::i18n::CATALOGUES
            .iter()
            .find(|(c, _)| *c == l)
            .unwrap()
            .1;
        src.lines()
            .filter_map(|line| line.split_once(" = "))
            .filter(|(k, v)| !k.starts_with(' ') && !v.contains('{') && v.len() >= 14)
            .map(|(k, v)| (k.to_string(), v.trim().to_string()))
            .collect()
    };
    let (en, theirs) = (catalogue("en"), catalogue(lang));
    en.into_iter()
        .filter(|(k, v)| theirs.get(k) != Some(v))
        .map(|(_, v)| v)
        .collect()
}

pub(crate) async fn choose_language(c: &Client, lang: &str) {
    click(
        c,
        Locator::Css(&format!(".lang-switch button[value='{lang}']")),
    )
    .await;
    wait_for(c, &format!("<html lang=\"{lang}\"")).await;
}

/// axe-core, from the npm package that scripts/test.sh installs.
fn axe_source() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run scripts/test.sh (npm ci in tests/tools)",
            path.display()
        )
    })
}

async fn axe_violations(c: &Client, axe: &str) -> Vec<String> {
    c.execute(axe, vec![]).await.unwrap();
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test]
async fn nfr1_nfr2_main_pages_in_six_languages_rtl_and_axe() {
    let t = TestApp::spawn_with(|c| {
        c.demo = true;
        c.mail.transport = "outbox".into();
    })
    .await;
    t.op.load_demo().await.unwrap();
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    let axe = axe_source();
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();

    // Public pages, before sign-in: the language is a cookie.
    c.goto(&format!("{}/", t.url)).await.unwrap();
    let public = ["/", "/join", "/login", "/guide", "/news", "/initiatives"];
    let mut report = Vec::new();
    for lang in ["ar", "zh", "fr", "ru", "es", "en"] {
        choose_language(&c, lang).await;
        for path in public {
            visit(&c, &t, lang, path, &axe, &mut report).await;
        }
    }

    // Signed-in pages: the language becomes the user's setting.
    sign_in_demo(&c, &t, 0).await;
    let poc = {
        let mut conn = t.db.conn().await.unwrap();
        store::poc::list(
            &mut conn,
            &store::poc::Filter {
                states: vec!["EG".into()],
                limit: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .remove(0)
        .id
    };
    let change = pending_changes(&t.app, &custodian(&t).await)
        .await
        .remove(0)
        .version
        .id;
    let fr = app::directory::BrowseQuery {
        region: "WEOG".into(),
        ..Default::default()
    };
    let campaign = app::checks::launch(&t.app, &custodian(&t).await, &fr)
        .await
        .unwrap();
    let (exercise, inject, exercise_thread) = demo_exercise(&t).await;
    let pages = [
        "/directory".to_string(),
        "/directory?q=cert".into(),
        "/states/EG".into(),
        format!("/pocs/{poc}"),
        "/custodian".into(),
        "/custodian/changes".into(),
        format!("/custodian/changes/{change}"),
        "/custodian/requests".into(),
        "/custodian/poc-types".into(),
        "/custodian/pages".into(),
        "/custodian/pages/mandate/fr".into(),
        "/custodian/initiatives".into(),
        "/custodian/exercises".into(),
        format!("/custodian/exercises/{exercise}"),
        format!("/custodian/exercises/{exercise}/report"),
        format!("/custodian/exercises/{exercise}/injects?template=incident"),
        format!("/custodian/exercises/{exercise}/injects/{inject}/rehearse"),
        "/custodian/templates".into(),
        "/custodian/templates/incident".into(),
        "/states/FR/desk".into(),
        "/states/FR/pocs/new".into(),
        "/account".into(),
        "/export?format=csv".into(),
        "/checks".into(),
        format!("/checks/{campaign}"),
    ];
    for lang in ["ar", "zh", "fr", "ru", "es", "en"] {
        choose_language(&c, lang).await;
        assert_eq!(
            saved_locale(&t).await,
            lang,
            "the choice is saved as the user's setting"
        );
        for path in &pages {
            visit(&c, &t, lang, path, &axe, &mut report).await;
        }
        if lang == "ar" {
            c.goto(&format!("{}/checks/{campaign}", t.url))
                .await
                .unwrap();
            std::fs::write(
                artifacts.join("check-results-ar.png"),
                c.screenshot().await.unwrap(),
            )
            .unwrap();
        }
        if lang == "ar" || lang == "zh" {
            c.goto(&format!("{}/directory?region=AFRICA", t.url))
                .await
                .unwrap();
            std::fs::write(
                artifacts.join(format!("directory-{lang}.png")),
                c.screenshot().await.unwrap(),
            )
            .unwrap();
        }
    }
    // A phone (320 CSS px): no page scrolls sideways; wide tables scroll in their own box.
    c.set_window_size(320, 800).await.unwrap();
    for path in [
        "/directory",
        "/states/EG",
        "/custodian/changes",
        "/states/FR/pocs/new",
    ] {
        c.goto(&format!("{}{path}", t.url)).await.unwrap();
        let overflow = c
            .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
            .await
            .unwrap();
        assert!(
            overflow.as_i64().unwrap() <= 0,
            "{path} scrolls sideways at 320 px by {overflow}"
        );
    }
    // A State's side of the demo exercise, as France's administrator (EXR-1).
    c.set_window_size(1280, 900).await.unwrap();
    c.delete_all_cookies().await.unwrap();
    sign_in_demo(&c, &t, 1).await;
    for lang in ["ar", "en"] {
        choose_language(&c, lang).await;
        for path in [
            "/exercises".to_string(),
            format!("/exercises/{exercise}"),
            format!("/messages/{exercise_thread}"),
        ] {
            visit(&c, &t, lang, &path, &axe, &mut report).await;
        }
    }
    // axe really checks: a planted image without a text alternative is caught.
    c.execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/app.css\">')", vec![]).await.unwrap();
    let planted = axe_violations(&c, &axe).await;
    assert!(
        planted.iter().any(|v| v.starts_with("image-alt")),
        "{planted:?}"
    );
    std::fs::write(artifacts.join("axe-report.txt"), report.join("\n")).unwrap();
    c.close().await.unwrap();
}

/// The demo exercise, its first inject, and that inject's thread to France.
pub async fn demo_exercise(t: &TestApp) -> (String, String, String) {
    let mut c = t.db.conn().await.unwrap();
    let x = store::exercise::all(&mut c).await.unwrap().remove(0).id;
    let inject = store::exercise::injects(&mut c, &x)
        .await
        .unwrap()
        .remove(0)
        .id;
    let thread = store::message::of_exercise(&mut c, &x)
        .await
        .unwrap()
        .into_iter()
        .find(|th| th.to_state == "FR")
        .unwrap()
        .id;
    (x, inject, thread)
}

async fn saved_locale(t: &TestApp) -> String {
    let mut conn = t.db.conn().await.unwrap();
    store::user::by_email(&mut conn, app::demo::ACCOUNTS[0].0)
        .await
        .unwrap()
        .unwrap()
        .locale
}

pub async fn custodian(t: &TestApp) -> domain::Actor {
    let mut conn = t.db.conn().await.unwrap();
    let u = store::user::by_email(&mut conn, app::demo::ACCOUNTS[0].0)
        .await
        .unwrap()
        .unwrap();
    domain::Actor::User {
        id: u.id,
        role: domain::Role::Custodian,
        state: None,
    }
}

/// Opens a page and checks its language; in English and Arabic, runs axe too.
async fn visit(
    c: &Client,
    t: &TestApp,
    lang: &str,
    path: &str,
    axe: &str,
    report: &mut Vec<String>,
) {
    c.goto(&format!("{}{path}", t.url)).await.unwrap();
    check_page(c, lang, path).await;
    if lang == "en" || lang == "ar" {
        let v = axe_violations(c, axe).await;
        report.push(format!("{lang} {path}: {}", v.len()));
        assert!(v.is_empty(), "axe, {lang} {path}: {v:#?}");
    }
}

async fn check_page(c: &Client, lang: &str, path: &str) {
    let html = c.source().await.unwrap();
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    assert!(
        html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\"")),
        "{lang} {path}: lang/dir"
    );
    if lang != "en" {
        let visible = text(&html);
        for english in english_strings(lang) {
            assert!(
                !visible.contains(&english),
                "{lang} {path} shows English: '{english}'"
            );
        }
    }
}
