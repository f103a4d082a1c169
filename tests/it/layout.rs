//! NFR-2 (WCAG 1.4.10): every page, in English, Arabic and Chinese, at a
//! desktop width (1280 px) and a phone's (320 px). A page must not be wider
//! than the window, and an email address, phone number or date must not
//! break inside itself where it would fit on a line of its own. Every page
//! is saved as a screenshot in tests/artifacts/layout/ to be looked at.

use crate::browser::{chromium, sign_in_demo};
use crate::helpers::*;
use fantoccini::Client;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["en", "ar", "zh"];
const WIDTHS: [u32; 2] = [1280, 320];

/// What is wrong with the page's layout, as sentences.
const FAULTS: &str = r#"
const out = [];
const de = document.documentElement;
if (de.scrollWidth > de.clientWidth) {
  // Name the outermost elements that stick out, to say where to look.
  const outside = el => { const r = el.getBoundingClientRect(); return r.width && (r.right > de.clientWidth + 1 || r.left < -1); };
  const culprits = [...document.body.querySelectorAll('*')]
    .filter(el => outside(el) && !outside(el.parentElement))
    .slice(0, 3)
    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : '') + ' in ' + el.parentElement.tagName.toLowerCase() + (el.parentElement.className ? '.' + el.parentElement.className : ''));
  out.push(`the page is ${de.scrollWidth}px wide in a ${de.clientWidth}px window: ${culprits.join(', ')}`);
}
const lineHeight = el => {
  const cs = getComputedStyle(el);
  const lh = parseFloat(cs.lineHeight);
  return isNaN(lh) ? parseFloat(cs.fontSize) * 1.5 : lh;
};
const blockOf = el => {
  let b = el.parentElement;
  while (b && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
  return b;
};
const inScroller = el => {
  for (let b = el.parentElement; b && b !== document.body; b = b.parentElement)
    if (getComputedStyle(b).overflowX !== 'visible' && b.scrollWidth > b.clientWidth) return true;
  return false;
};
for (const el of document.querySelectorAll('a[href^="mailto:"], a[href^="tel:"], time:not(.moment), time.moment > span, .email, .phone')) {
  const rects = el.getClientRects();
  if (!rects.length) continue;
  const box = blockOf(el);
  const own = el.getBoundingClientRect(), frame = box.getBoundingClientRect();
  if (!inScroller(el) && (own.right > frame.right + 1 || own.left < frame.left - 1))
    out.push(`"${el.textContent.trim()}" sticks out of its box`);
  // Right-to-left text splits one line into several boxes: count the lines the boxes span.
  const top = Math.min(...[...rects].map(r => r.top));
  const bottom = Math.max(...[...rects].map(r => r.bottom));
  const lines = Math.round((bottom - top) / lineHeight(el));
  if (lines <= 1) continue;
  const probe = el.cloneNode(true);
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;display:inline-block;max-inline-size:none';
  el.after(probe); // beside it, to inherit its font
  const natural = probe.getBoundingClientRect().width;
  probe.remove();
  const cs = getComputedStyle(box);
  const room = box.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
  if (natural <= room) out.push(`"${el.textContent.trim()}" breaks over ${lines} lines though it fits in ${Math.round(room)}px`);
}
return out;
"#;

fn shots() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts/layout");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A file name for a page: `/states/FR/desk` → `states-FR-desk`.
fn slug(name: &str) -> String {
    let s: String = name
        .trim_matches('/')
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    if s.is_empty() { "home".into() } else { s }
}

/// Visits `path` at each width, records its faults and saves the whole page.
pub(crate) async fn look(
    c: &Client,
    base: &str,
    name: &str,
    path: &str,
    lang: &str,
    faults: &mut Vec<String>,
) {
    for width in WIDTHS {
        c.set_window_size(width, 900).await.unwrap();
        c.goto(&format!("{base}{path}")).await.unwrap();
        let html = c.source().await.unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\"")),
            "{path} is not in {lang}: {}",
            text(&html).chars().take(600).collect::<String>()
        );
        let found = c.execute(FAULTS, vec![]).await.unwrap();
        for f in found.as_array().unwrap() {
            faults.push(format!(
                "{name} ({lang}, {width}px): {}",
                f.as_str().unwrap()
            ));
        }
        let height = c
            .execute("return document.documentElement.scrollHeight;", vec![])
            .await
            .unwrap()
            .as_u64()
            .unwrap()
            .clamp(600, 6000) as u32;
        c.set_window_size(width, height).await.unwrap();
        std::fs::write(
            shots().join(format!("{}-{lang}-{width}.png", slug(name))),
            c.screenshot().await.unwrap(),
        )
        .unwrap();
    }
}

async fn set_language(t: &TestApp, email: &str, lang: &str) {
    let mut db = t.db.conn().await.unwrap();
    let user = store::user::by_email(&mut db, email)
        .await
        .unwrap()
        .unwrap();
    store::user::set_locale(&mut db, &user.id, lang, t.app.now())
        .await
        .unwrap();
}

/// The first path in `html` that matches `pattern`.
fn first(html: &str, pattern: &str) -> String {
    regex_lite::Regex::new(pattern)
        .unwrap()
        .find(html)
        .unwrap_or_else(|| panic!("no {pattern} in {}", text(html)))
        .as_str()
        .to_string()
}

/// The first link starting with `prefix` in an email of the demo outbox.
fn outbox_link(t: &TestApp, prefix: &str) -> String {
    let dir = &t.app.config().mail.outbox_dir;
    for entry in std::fs::read_dir(dir).unwrap() {
        let raw = std::fs::read(entry.unwrap().path()).unwrap();
        let mail = mail_parser::MessageParser::default().parse(&raw).unwrap();
        let body = mail.body_text(0).unwrap_or_default().to_string();
        if let Some(word) = body
            .split_whitespace()
            .find(|w| w.starts_with(&format!("{}{prefix}", t.url)))
        {
            return word.trim_start_matches(&t.url).to_string();
        }
    }
    panic!("no {prefix} link in the outbox");
}

#[tokio::test]
async fn nfr2_every_page_fits_its_window_in_three_languages_at_1280_and_320() {
    let t = crate::pages::demo_app().await;

    // What the pages show: two campaigns of one scope (a trend), a
    // communication, an invitation.
    let custodian = crate::pages::demo_login(&t, 0).await;
    custodian.post("/checks/launch", &[("state", "FR")]).await;
    let campaign = custodian
        .post("/checks/launch", &[("state", "FR")])
        .await
        .location
        .unwrap();
    let fr = crate::pages::demo_login(&t, 1).await;
    let sent = fr
        .post("/messages", &crate::messages::compose(&[("to", "RU")]))
        .await;
    assert_eq!(sent.status, 303, "{}", text(&sent.body));
    let thread = sent.location.unwrap();
    let invited = fr
        .post(
            "/states/FR/users",
            &[
                ("display_name", "Jeanne Martin"),
                ("email", "jeanne.martin@fr.example.org"),
                ("role", "member"),
                ("locale", "fr"),
            ],
        )
        .await;
    assert_eq!(invited.status, 303, "{}", text(&invited.body));
    // A nomination the custodian rejected, on the desk and its own page.
    let nominated = fr
        .post(
            "/states/FR/pocs/new",
            &fields(&nomination("Agence rejetée")),
        )
        .await;
    assert_eq!(nominated.status, 303, "{}", text(&nominated.body));
    let rejected = pending_changes(&t.app, &crate::languages::custodian(&t).await)
        .await
        .into_iter()
        .find(|c| c.entity == "Agence rejetée")
        .unwrap();
    app::directory::reject(
        &t.app,
        &crate::languages::custodian(&t).await,
        &rejected.version.id,
        "L’adresse n’appartient pas à l’agence",
    )
    .await
    .unwrap();
    t.settle().await;
    let ack = outbox_link(&t, "/ack/");
    let invitation = outbox_link(&t, "/invitation/");
    let poc = first(
        &custodian.get("/directory?state=EG").await.body,
        r"/pocs/[0-9a-f-]{36}",
    );
    let fr_poc = first(&fr.get("/states/FR").await.body, r"/pocs/[0-9a-f-]{36}");
    let change = first(
        &custodian.get("/custodian/changes").await.body,
        r"/custodian/changes/[0-9a-f-]{36}",
    );
    let mail = first(
        &custodian.get("/outbox").await.body,
        r"/outbox/[0-9a-f-]+\.eml",
    );

    let (exercise, inject, exercise_thread) = crate::languages::demo_exercise(&t).await;
    // France's CERT has an OpenPGP key in the demo (DIR-3).
    let keyed = {
        let mut c = t.db.conn().await.unwrap();
        store::poc::of_state(&mut c, "FR")
            .await
            .unwrap()
            .into_iter()
            .find(|p| {
                p.published_fields
                    .as_deref()
                    .is_some_and(|f| f.contains("pgp_key"))
            })
            .unwrap()
            .id
    };
    let public = [
        ("/", "/".to_string()),
        ("/join", "/join".into()),
        ("/login", "/login".into()),
        ("/api-reference", "/api-reference".into()),
        ("/guide", "/guide".into()),
        ("/news", "/news".into()),
        ("/initiatives", "/initiatives".into()),
        ("/invitation", invitation),
        ("/ack", ack),
        ("/not-found", "/no/such/page".into()),
    ];
    let as_custodian = [
        ("/directory", "/directory".to_string()),
        ("/directory-search", "/directory?q=cert".into()),
        ("/states/EG", "/states/EG".into()),
        ("/states/RU", "/states/RU".into()),
        ("/pocs/EG", poc),
        ("/custodian", "/custodian".into()),
        ("/custodian/requests", "/custodian/requests".into()),
        ("/custodian/changes", "/custodian/changes".into()),
        ("/custodian/change", change),
        ("/custodian/audit", "/custodian/audit".into()),
        ("/custodian/usage", "/custodian/usage".into()),
        ("/custodian/templates", "/custodian/templates".into()),
        ("/custodian/poc-types", "/custodian/poc-types".into()),
        ("/custodian/regional", "/custodian/regional".into()),
        ("/custodian/import", "/custodian/import".into()),
        ("/custodian/pages", "/custodian/pages".into()),
        ("/custodian/initiatives", "/custodian/initiatives".into()),
        ("/custodian/exercises", "/custodian/exercises".into()),
        (
            "/custodian/exercise",
            format!("/custodian/exercises/{exercise}"),
        ),
        (
            "/custodian/exercise-report",
            format!("/custodian/exercises/{exercise}/report"),
        ),
        (
            "/custodian/exercise-inject",
            format!("/custodian/exercises/{exercise}/injects?template=assistance"),
        ),
        (
            "/custodian/exercise-rehearse",
            format!("/custodian/exercises/{exercise}/injects/{inject}/rehearse?lang=ar"),
        ),
        (
            "/custodian/pages/mandate",
            "/custodian/pages/mandate/ar".into(),
        ),
        (
            "/custodian/templates/incident",
            "/custodian/templates/incident".into(),
        ),
        ("/checks", "/checks".into()),
        ("/checks/campaign", campaign),
        ("/outbox", "/outbox".into()),
        ("/outbox/message", mail),
        ("/print", "/export?format=print&state=FR".into()),
        ("/export", "/export?format=csv".into()),
    ];
    let as_administrator = [
        ("/states/FR/desk", "/states/FR/desk".to_string()),
        ("/states/FR/pocs/new", "/states/FR/pocs/new".into()),
        ("/pocs/FR", fr_poc.clone()),
        ("/pocs/FR-key", format!("/pocs/{keyed}")),
        ("/pocs/FR/edit", format!("{fr_poc}/edit")),
        ("/pocs/FR/rejected", format!("/pocs/{}", rejected.poc_id)),
        ("/my-checks", "/my-checks".into()),
        ("/states/FR/initiatives", "/states/FR/initiatives".into()),
        ("/exercises", "/exercises".into()),
        ("/exercises/one", format!("/exercises/{exercise}")),
        ("/messages/exercise", format!("/messages/{exercise_thread}")),
        ("/messages", "/messages".into()),
        (
            "/messages/new",
            "/messages/new?to=RU&template=incident".into(),
        ),
        ("/messages/thread", thread),
        ("/messages/record", "/messages/record".into()),
        ("/account", "/account".into()),
    ];

    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    let mut faults = Vec::new();
    for lang in LANGUAGES {
        c.goto(&format!("{}/", t.url)).await.unwrap();
        c.execute(&format!("document.cookie = 'lang={lang}; path=/';"), vec![])
            .await
            .unwrap();
        for (name, path) in &public {
            look(&c, &t.url, name, path, lang, &mut faults).await;
        }
    }
    for (index, pages) in [(0, &as_custodian[..]), (1, &as_administrator[..])] {
        c.set_window_size(1280, 900).await.unwrap();
        sign_in_demo(&c, &t, index).await;
        for lang in LANGUAGES {
            set_language(&t, app::demo::ACCOUNTS[index].0, lang).await;
            for (name, path) in pages {
                look(&c, &t.url, name, path, lang, &mut faults).await;
            }
        }
        c.delete_all_cookies().await.unwrap();
    }
    c.close().await.unwrap();
    assert!(
        faults.is_empty(),
        "{} layout faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

/// DIR-9: the printed directory is compact, and a paper copy says how
/// current each entry is (last confirmed, overdue), with every detail.
#[tokio::test]
async fn dir9_the_printed_directory_is_compact_and_says_how_current_it_is() {
    let t = crate::pages::demo_app().await;
    let secret = app::demo::ACCOUNTS[0].4;
    let html = crate::pages::demo_login(&t, 0)
        .await
        .export(&t.app, secret, "format=print")
        .await
        .body;
    let entries = html.matches("<tr>").count() - 1;
    assert!(entries > 150, "{entries} entries");
    let shown = text(&html);
    for detail in ["Last confirmed", "Confirmation overdue"] {
        assert!(shown.contains(detail), "the paper copy shows {detail}");
    }
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    sign_in_demo(&c, &t, 0).await;
    c.goto(&format!("{}/export?format=print", t.url))
        .await
        .unwrap();
    let pdf = c
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .unwrap();
    std::fs::write(shots().join("print-en-a4.pdf"), &pdf).unwrap();
    let pages = regex_lite::Regex::new(r"/Type\s*/Page[^s]")
        .unwrap()
        .find_iter(&String::from_utf8_lossy(&pdf))
        .count();
    println!("{entries} entries on {pages} A4 pages");
    assert!(
        pages * 5 <= entries,
        "{entries} entries on {pages} A4 pages: at least five an A4 page"
    );
    c.close().await.unwrap();
}

/// NFR-1: beside each time given in UTC, a reader sees their own time, in
/// their language; a reader whose clock is on UTC sees nothing added.
#[tokio::test]
async fn nfr1_times_show_the_readers_own_time_beside_utc() {
    let t = crate::pages::demo_app().await;
    let custodian = crate::pages::demo_login(&t, 0).await;
    let campaign = custodian
        .post("/checks/launch", &[("state", "FR")])
        .await
        .location
        .unwrap();
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = crate::browser::chromium_in(profile.path(), "Asia/Shanghai").await;
    sign_in_demo(&c, &t, 0).await;
    set_language(&t, app::demo::ACCOUNTS[0].0, "zh").await;
    c.goto(&format!("{}{campaign}", t.url)).await.unwrap();
    let shown = c
        .execute(
            "return [...document.querySelectorAll('.your-time')].map(e => e.previousSibling.previousSibling.getAttribute('datetime') + ' ' + e.textContent);",
            vec![],
        )
        .await
        .unwrap();
    let shown: Vec<String> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(
        !shown.is_empty(),
        "the campaign's times carry the reader's time"
    );
    for s in &shown {
        // "2026-11-29T07:47Z （您的时间 周日 15:47）": eight hours ahead, in Chinese.
        let utc_hour: u32 = s[11..13].parse().unwrap();
        let local = format!("{:02}:{}", (utc_hour + 8) % 24, &s[14..16]);
        assert!(s.contains("您的时间") && s.contains(&local), "{s}");
    }
    std::fs::write(
        shots().join("your-time-zh-1280.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();
    c.close().await.unwrap();

    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    sign_in_demo(&c, &t, 0).await;
    c.goto(&format!("{}{campaign}", t.url)).await.unwrap();
    assert!(
        !c.source().await.unwrap().contains("class=\"your-time\""),
        "UTC readers see UTC alone"
    );
    c.close().await.unwrap();
}
