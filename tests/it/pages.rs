//! Every page renders for every role on the demo dataset, in English, with
//! no message key left untranslated (DIR-1, PUB-1, NFR-1).

use crate::helpers::*;

fn untranslated(html: &str) -> Vec<String> {
    let re = regex_lite::Regex::new(r"\b(err|field|nav|home|kind|status|poc-type|region|problem|channel|role|col|notice|desk|entry|custodian|email)-[a-z0-9-]+\b").unwrap();
    re.find_iter(&text(html))
        .map(|m| m.as_str().to_string())
        .collect()
}

/// The demo dataset, with email written to the demo outbox.
pub async fn demo_app() -> TestApp {
    // The audit log's checkpoints are signed, so that the pages show them.
    let key = std::env::temp_dir().join(format!("pocdir-{}.key", uuid::Uuid::now_v7()));
    std::fs::write(&key, app::checkpoint::new_key()).unwrap();
    let t = TestApp::spawn_with(|c| {
        c.demo = true;
        c.mail.transport = "outbox".into();
        c.audit.checkpoint_key_file = key;
    })
    .await;
    assert!(t.op.load_demo().await.unwrap());
    assert!(!t.op.load_demo().await.unwrap(), "loading twice is a no-op");
    assert!(t.op.sign_checkpoint().await.unwrap().is_some());
    t
}

/// Signs in a demo account over HTTP.
pub async fn demo_login(t: &TestApp, index: usize) -> Browser {
    let (email, _, _, _, secret) = app::demo::ACCOUNTS[index];
    let b = t.browser();
    let r = b
        .post(
            "/login",
            &[("email", email), ("password", app::demo::PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = b
        .post(
            "/login/code",
            &[("code", &totp_code(&t.app, secret)), ("next", "/directory")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    b
}

fn check(path: &str, r: &Response) {
    assert_eq!(r.status, 200, "GET {path}: {}", text(&r.body));
    let keys = untranslated(&r.body);
    assert!(keys.is_empty(), "GET {path} shows message keys {keys:?}");
    let csp = r.headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("object-src 'none'")
            && csp.contains("frame-ancestors 'none'")
            && csp.contains("base-uri 'none'")
    );
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    assert_eq!(r.headers["cache-control"], "no-store");
    assert!(!r.body.contains("<script>"), "no inline script");
}

#[tokio::test]
async fn pub1_dir1_every_page_renders_for_every_role_on_the_demo_dataset() {
    let t = demo_app().await;
    let anon = t.browser();
    for path in ["/", "/join", "/login"] {
        check(path, &anon.get(path).await);
    }
    let home = text(&anon.get("/").await.body);
    assert!(
        home.contains("61 participating States") || home.contains("60 participating States"),
        "{home}"
    );
    assert!(home.contains("The network is operational") || home.contains("more States are needed"));
    assert!(
        home.contains("50 were needed for the network to be operational")
            && !home.contains("of 50 States needed"),
        "past the threshold, the count is not read as a shortfall: {home}"
    );
    assert!(
        !anon.get("/").await.body.contains("@"),
        "no contact detail is public"
    );
    let r = anon.get("/no/such/page").await;
    assert_eq!(r.status, 404);
    assert!(text(&r.body).contains("Reference for support"));

    let custodian = demo_login(&t, 0).await;
    let mut paths = vec![
        "/directory".to_string(),
        "/directory?q=cert&page=1".into(),
        "/states/FR".into(),
        "/account".into(),
        "/custodian".into(),
        "/custodian/requests".into(),
        "/custodian/changes".into(),
        "/custodian/audit".into(),
        "/states/FR/desk".into(),
        "/states/FR/pocs/new".into(),
        "/export?format=print&region=AFRICA".into(),
        "/outbox".into(),
    ];
    let changes = custodian.get("/custodian/changes").await.body;
    let change = regex_lite::Regex::new(r"/custodian/changes/[0-9a-f-]{36}")
        .unwrap()
        .find(&changes)
        .unwrap()
        .as_str()
        .to_string();
    paths.push(change);
    let dir = custodian.get("/directory?state=EG").await.body;
    let poc = regex_lite::Regex::new(r"/pocs/[0-9a-f-]{36}")
        .unwrap()
        .find(&dir)
        .unwrap()
        .as_str()
        .to_string();
    paths.push(poc.clone());
    paths.push(format!("{poc}/edit"));
    t.settle().await;
    let outbox = custodian.get("/outbox").await.body;
    let mail = regex_lite::Regex::new(r"/outbox/[0-9a-f-]+\.eml")
        .unwrap()
        .find(&outbox)
        .unwrap()
        .as_str()
        .to_string();
    paths.push(mail);
    let launched = custodian.post("/checks/launch", &[("state", "FR")]).await;
    assert_eq!(launched.status, 303);
    paths.push("/checks".into());
    paths.push(launched.location.unwrap());
    for path in &paths {
        check(path, &custodian.get(path).await);
    }
    let audit = text(&custodian.get("/custodian/audit").await.body);
    assert!(audit.contains("is intact"));

    // A national administrator, and a member who may not manage.
    let admin = demo_login(&t, 1).await;
    for path in [
        "/my-state",
        "/states/FR/desk",
        "/directory?overdue=true",
        "/my-checks",
        "/checks",
        "/messages",
        "/messages/new?to=RU&template=incident",
        "/messages/new?to=EG&template=general",
    ] {
        let r = admin.get(path).await;
        if path == "/my-state" {
            assert_eq!(r.location.as_deref(), Some("/states/FR/desk"));
        } else {
            check(path, &r);
        }
    }
    let member = demo_login(&t, 5).await;
    check("/directory", &member.get("/directory").await);
    assert_eq!(member.get("/custodian").await.status, 403);
    // Arabic, Chinese and Cyrillic demo entries are there and readable.
    let eg = member.get("/directory?state=EG").await.body;
    // WCAG 3.1.2: an Arabic entity on an English page says it is Arabic.
    assert!(eg.contains("dir=\"auto\" lang=\"ar\""), "{eg}");
    assert!(
        eg.contains("dir=\"auto\"")
            && regex_lite::Regex::new(r"[\u0600-\u06FF]")
                .unwrap()
                .is_match(&eg)
    );
}

#[tokio::test]
async fn nfr1_a_first_visit_follows_accept_language_then_the_chosen_language() {
    let t = TestApp::spawn().await;
    let b = t.browser();
    b.get("/").await;
    let get = |lang: &'static str| {
        b.client
            .get(format!("{}/", t.url))
            .header("accept-language", lang)
            .send()
    };
    let ru = get("ru-RU,ru;q=0.9,en;q=0.5")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(ru.contains("<html lang=\"ru\" dir=\"ltr\">"));
    let ar = get("ar-EG;q=0.9,de;q=1.0")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "the best supported language wins"
    );
    let unknown = get("de-CH").await.unwrap().text().await.unwrap();
    assert!(
        unknown.contains("<html lang=\"en\""),
        "English when no UN language is accepted"
    );
    // A choice, once made, wins over the browser's preference.
    assert_eq!(
        b.post("/language", &[("lang", "zh"), ("back", "/join")])
            .await
            .location
            .as_deref(),
        Some("/join")
    );
    let zh = get("fr").await.unwrap().text().await.unwrap();
    assert!(zh.contains("<html lang=\"zh\""));
    assert_eq!(
        b.post("/language", &[("lang", "xx"), ("back", "/")])
            .await
            .status,
        422
    );
}

/// NFR-5: a request the framework cannot read (a bad query value, a path
/// that is not UTF-8, a wrong content type, a body too large) is explained
/// like any refusal: in the reader's language, with the security headers.
#[tokio::test]
async fn nfr5_every_refusal_is_explained_in_the_readers_language() {
    let t = TestApp::spawn().await;
    let client = reqwest::Client::new();
    let french = |r: reqwest::RequestBuilder| {
        r.header(
            "cookie",
            "lang=fr; pocdir-csrf=0123456789abcdef0123456789abcdef",
        )
    };
    let csrf = "0123456789abcdef0123456789abcdef";
    let big = "x".repeat(
        app::Config::load(None).unwrap().messages.max_attachment_kb as usize * 1024
            + 3 * 1024 * 1024,
    );
    let cases = [
        (
            french(client.get(format!("{}/directory?page=abc", t.url))),
            400,
            "une valeur n’est pas valable",
        ),
        (
            french(client.get(format!("{}/states/%FF", t.url))),
            400,
            "une valeur n’est pas valable",
        ),
        (
            french(client.post(format!("{}/login", t.url)))
                .header("content-type", "text/plain")
                .body(format!("csrf={csrf}&email=a")),
            415,
            "depuis sa page sur ce site",
        ),
        (
            french(client.post(format!("{}/login", t.url)))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("csrf={csrf}&email={big}")),
            413,
            "trop volumineuse",
        ),
    ];
    for (request, status, says) in cases {
        let r = request.send().await.unwrap();
        assert_eq!(r.status().as_u16(), status);
        assert!(
            r.headers().contains_key("content-security-policy"),
            "{status} has the security headers"
        );
        let body = text(&r.text().await.unwrap());
        assert!(body.contains(says), "{status}: {body}");
    }
}

/// NFR-1: a language chosen before sign-in is kept through the second
/// factor, where the language buttons work too, and becomes the account's
/// setting when sign-in completes.
#[tokio::test]
async fn nfr1_the_language_chosen_before_sign_in_is_kept_and_stored() {
    let t = TestApp::spawn().await;
    let u = t
        .user("custodian@un.example.org", domain::Role::Custodian, None)
        .await;
    let b = t.browser();
    b.post("/language", &[("lang", "ar"), ("back", "/login")])
        .await;
    let r = b
        .post("/login", &[("email", &u.email), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, 303);
    let code_page = b.get(r.location.as_deref().unwrap()).await.body;
    assert!(code_page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    b.post("/language", &[("lang", "zh"), ("back", "/login/code")])
        .await;
    assert!(
        b.get("/login/code")
            .await
            .body
            .contains("<html lang=\"zh\"")
    );
    let r = b
        .post(
            "/login/code",
            &[
                ("code", &totp_code(&t.app, &u.secret)),
                ("next", "/directory"),
            ],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/directory"));
    assert!(b.get("/directory").await.body.contains("<html lang=\"zh\""));
    let mut c = t.db.conn().await.unwrap();
    let stored = store::user::by_email(&mut c, &u.email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.locale, "zh", "the choice is stored");
}

/// NFR-1: on first-time setup too, the language chosen on the way (here on
/// the invitation) becomes the account's setting once the account is complete.
#[tokio::test]
async fn nfr1_the_language_chosen_during_setup_is_stored() {
    let (t, _custodian, admin_fr, _) = two_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr
        .post(
            "/states/FR/users",
            &[
                ("display_name", "Nadia"),
                ("email", "nadia@fr.example.org"),
                ("role", "member"),
                ("locale", "fr"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let (b, _) =
        crate::custodian_limits::accept_invitation(&t, "nadia@fr.example.org", Some("ar")).await;
    assert!(
        b.get("/directory")
            .await
            .body
            .contains("<html lang=\"ar\" dir=\"rtl\">")
    );
    let mut c = t.db.conn().await.unwrap();
    let stored = store::user::by_email(&mut c, "nadia@fr.example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.locale, "ar",
        "the choice is stored, not the inviter's French"
    );
}

/// NFR-1: States are listed in the order of the reader's language, not of
/// code points: in French, "Côte d'Ivoire" before "Croatie", "Égypte" among the E's.
#[tokio::test]
async fn nfr1_states_are_sorted_by_the_readers_collation() {
    let t = TestApp::spawn().await;
    let b = t.browser();
    b.post("/language", &[("lang", "fr"), ("back", "/join")])
        .await;
    let page = b.get("/join").await.body;
    let at = |name: &str| {
        page.find(name)
            .unwrap_or_else(|| panic!("{name} is listed"))
    };
    assert!(at("Côte d") < at("Croatie"));
    assert!(at("Égypte") < at("Équateur") && at("Égypte") < at("Espagne"));
    assert!(at("Égypte") < at("Zimbabwe") && at("El Salvador") < at("Érythrée"));
}

/// DIR-8: the searches diplomats make: Arabic without the article, a
/// compound by its second part, Traditional Chinese, and States by the
/// names people use for them.
#[tokio::test]
async fn dir8_search_finds_what_readers_type() {
    let t = demo_app().await;
    let b = demo_login(&t, 5).await;
    let search = |q: &'static str| {
        let b = &b;
        async move {
            let path = format!(
                "/directory?q={}",
                q.bytes()
                    .map(|c| if c.is_ascii_alphanumeric() {
                        (c as char).to_string()
                    } else {
                        format!("%{c:02X}")
                    })
                    .collect::<String>()
            );
            b.get(&path).await.body
        }
    };
    let arabic = text(&search("خارجية").await);
    assert!(arabic.contains("وزارة الخارجية"), "{arabic}");
    let security = text(&search("security").await);
    assert!(
        security.to_lowercase().contains("cybersecurity"),
        "{security}"
    );
    let chinese = text(&search("網絡").await);
    assert!(chinese.contains("网络"), "{chinese}");
    let uk = search("UK").await;
    assert!(
        uk.contains("/states/GB") && !uk.contains("/states/UA\""),
        "UK is the United Kingdom"
    );
    let china = search("中国").await;
    assert!(
        china.contains("/states/CN") && !china.contains("/states/CF\""),
        "中国 is China"
    );
    for (q, code) in [
        ("Россия", "RU"),
        ("USA", "US"),
        ("Vatican", "VA"),
        ("Ivory Coast", "CI"),
    ] {
        assert!(search(q).await.contains(&format!("/states/{code}")), "{q}");
    }
}

/// CAP-1: POC 101 is public, linked from every page, signed in or not, and
/// read in each of the six languages with the delays this directory uses.
#[tokio::test]
async fn cap1_the_guide_is_linked_from_every_page_in_six_languages() {
    let (t, _custodian, fr, _de) = two_states().await;
    let anonymous = t.browser();
    let member = t.signed_in(&fr).await;
    for (b, path) in [
        (&anonymous, "/"),
        (&anonymous, "/login"),
        (&member, "/directory"),
    ] {
        let page = b.get(path).await;
        assert!(page.body.contains("href=\"/guide\""), "{path}");
    }
    let minutes = t.app.config().messages.urgent_ack_minutes.to_string();
    let i18n = t.app.i18n();
    for lang in ["en", "fr", "es", "ru", "zh", "ar"] {
        anonymous
            .post("/language", &[("lang", lang), ("back", "/guide")])
            .await;
        let page = anonymous.get("/guide").await;
        assert_eq!(page.status, 200);
        let shown = text(&page.body);
        for key in [
            "guide-title",
            "guide-tlp-title",
            "guide-capacity-title",
            "guide-exercises-title",
            "guide-custodian-title",
            "guide-figure-exercise-caption",
        ] {
            let wanted = text(&i18n.t(lang, key, &[]));
            assert!(shown.contains(&wanted), "{lang}: {key}");
        }
        // Screenshots, described in the reader's language.
        for name in ["send", "exercise"] {
            let alt = i18n.t(lang, &format!("guide-figure-{name}-alt"), &[]);
            let img = format!("<img src=\"/static/guide/{name}.png\" alt=\"{alt}\"");
            assert!(page.body.contains(&img), "{lang}: {img}");
        }
        let urgent = i18n.t(
            lang,
            "guide-urgency-urgent",
            &[("minutes", minutes.clone())],
        );
        assert!(shown.contains(&text(&urgent)), "{lang}: {urgent}");
        assert!(!shown.contains("guide-"), "{lang}: a key shows");
    }
    for name in ["send.png", "exercise.png"] {
        let image = reqwest::get(format!("{}/static/guide/{name}", t.url))
            .await
            .unwrap();
        assert_eq!(image.status(), 200);
        assert_eq!(image.headers()["content-type"], "image/png");
        assert!(image.bytes().await.unwrap().starts_with(b"\x89PNG"));
    }
    assert_eq!(anonymous.get("/static/guide/other.png").await.status, 404);
}

/// USE-1: sign-ins, look-ups, searches and exports are counted per month
/// and region of the acting State, with communications and checks; the
/// custodian reads the counts as tables, charts and CSV, never who looked
/// up whom; before any communication, that section says what will appear.
#[tokio::test]
async fn use1_the_custodian_counts_the_directorys_use_by_month_and_region() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    let paris = t.signed_in(&fr).await;
    assert_eq!(paris.get("/states/DE").await.status, 200);
    assert_eq!(paris.get("/directory?q=cert").await.status, 200);
    assert_eq!(
        paris.export(&t.app, &fr.secret, "format=csv").await.status,
        200
    );
    assert_eq!(paris.get("/custodian/usage").await.status, 403);
    assert_eq!(paris.get("/custodian/usage.csv").await.status, 403);

    let keeper = t.signed_in(&custodian).await;
    let page = keeper.get("/custodian/usage").await;
    assert_eq!(page.status, 200);
    let shown = text(&page.body);
    let empty = text(&t.app.i18n().t("en", "usage-empty", &[]));
    assert!(shown.contains(&empty), "{shown}");
    assert!(
        shown.contains("Western European and other States")
            && shown.contains("The custodian (no State)"),
        "{shown}"
    );

    let csv = keeper.get("/custodian/usage.csv").await.body;
    let lines: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        lines[0],
        [
            "month",
            "region",
            "sign_ins",
            "views",
            "searches",
            "exports",
            "communications",
            "checks",
            "exercises"
        ]
    );
    // France's administrator: one sign-in, Germany's page, one search, one
    // export; the custodian: its sign-in, under no region.
    let row = |region: &str| {
        lines
            .iter()
            .find(|l| l[1] == region)
            .unwrap_or_else(|| panic!("{csv}"))
    };
    assert_eq!(
        row("WEOG")[2..],
        ["1", "1", "1", "1", "0", "0", "0"],
        "{csv}"
    );
    assert_eq!(row("")[2], "1", "{csv}");
    assert_eq!(row("WEOG")[0].len(), "2026-12".len());
    assert!(!csv.contains("DE") && !csv.contains("example.org"), "{csv}");
}
