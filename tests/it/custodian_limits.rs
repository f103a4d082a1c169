//! ACC-6: the custodian administers the directory but cannot reach into a
//! State's communications. Each test is an attack the custodian could try.

use crate::helpers::*;
use crate::messages::{compose, technical_and_diplomatic};
use domain::Role;

/// The id of a State's published entry of one type.
async fn entry_id(t: &TestApp, state: &str, poc_type: &str) -> String {
    let mut c = t.db.conn().await.unwrap();
    #[derive(sqlx::FromRow)]
    struct Id {
        id: String,
    }
    let row: Id = c
        .one(
            "SELECT id FROM pocs WHERE state_code = $1 AND poc_type = $2",
            store::args![state, poc_type],
        )
        .await
        .unwrap();
    row.id
}

#[tokio::test]
async fn acc6_tlp_red_readers_are_fixed_when_it_is_sent() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    let second_custodian = t.user("second@un.example.org", Role::Custodian, None).await;
    technical_and_diplomatic(&t, &custodian, &admin_de, "soc@de.example.org").await;
    let named = t.user("soc@de.example.org", Role::Member, Some("DE")).await;
    let diplo = t
        .user("diplo@de.example.org", Role::Member, Some("DE"))
        .await;
    // An account inside Germany that the custodian controls.
    let spy = t.user("spy@un.example.org", Role::Member, Some("DE")).await;
    t.settle().await;

    let fr = t.signed_in(&admin_fr).await;
    let code = totp_code(&t.app, &admin_fr.secret);
    let r = fr
        .post("/messages", &compose(&[("tlp", "red"), ("code", &code)]))
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let thread = r.location.unwrap().split('?').next().unwrap().to_string();

    // The custodian adds the spy's address to the addressed entry, on
    // Germany's behalf, and a second custodian verifies it.
    let technical = entry_id(&t, "DE", "technical").await;
    let input = domain::poc::PocInput {
        poc_type: "technical".into(),
        entity: "CERT DE".into(),
        emails: "soc@de.example.org, spy@un.example.org".into(),
        phones: "+33 1 23 45 67 89 24/7".into(),
        languages: "en".into(),
        timezone: "Europe/Paris".into(),
        submission_language: "en".into(),
        ..Default::default()
    };
    let v = app::directory::submit(
        &t.app,
        &custodian.actor,
        domain::StateCode::parse("DE").unwrap(),
        app::directory::ChangeKind::Update(technical),
        Some(&input),
        &app::directory::ChangeMeta {
            on_behalf_ref: "DE/NV/2026/1 (invented)".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    app::directory::verify(&t.app, &second_custodian.actor, &v, "note_verbale", "REF")
        .await
        .unwrap();
    let spy_browser = t.signed_in(&spy).await;
    assert_eq!(
        spy_browser.get(&thread).await.status,
        403,
        "a later change to the entry does not widen TLP:RED"
    );

    // Unacknowledged, it escalates: the diplomatic POC is told that a
    // TLP:RED communication awaits the addressed persons, and gets no access.
    let recipients_before = t.count("thread_recipients").await;
    t.app.clock().advance(61 * 60_000);
    assert_eq!(t.op.jobs_round().await.messages_escalated, 1);
    let m = t.email("diplo@de.example.org", "awaits").await;
    assert!(m.subject.contains("[TLP:RED]"), "{}", m.subject);
    assert!(m.body.contains("gives you no access"), "{}", m.body);
    assert_eq!(t.count("thread_recipients").await, recipients_before);
    let diplo_browser = t.signed_in(&diplo).await;
    assert_eq!(diplo_browser.get(&thread).await.status, 403);
    t.app.clock().advance(61 * 60_000);
    assert_eq!(t.op.jobs_round().await.messages_escalated, 1);
    t.email("admin@de.example.org", "awaits").await;
    let de = t.signed_in(&admin_de).await;
    assert_eq!(de.get(&thread).await.status, 403);

    // The person it was sent to still reads it.
    let soc = t.signed_in(&named).await;
    assert_eq!(soc.get(&thread).await.status, 200);
}

#[tokio::test]
async fn acc6_a_change_on_a_states_behalf_needs_a_second_custodian_and_is_announced() {
    let (t, custodian, _admin_fr, admin_de) = two_states().await;
    let second = t.user("second@un.example.org", Role::Custodian, None).await;
    t.settle().await;
    let c = t.signed_in(&custodian).await;
    let nominated = nomination("Entered from a note verbale");
    let mut form = fields(&nominated);
    form.push(("on_behalf_ref", "DE/NV/2026/9"));
    assert_eq!(c.post("/states/DE/pocs/new", &form).await.status, 303);

    // Germany hears of it at once, with the reference cited.
    let m = t
        .email(&admin_de.email, "entered on your State's behalf")
        .await;
    assert!(m.body.contains("DE/NV/2026/9") && m.body.contains("/states/DE/desk"));

    let pending = pending_changes(&t.app, &custodian.actor).await;
    let version = pending[0].version.id.clone();
    let r = c
        .post(
            &format!("/custodian/changes/{version}/verify"),
            &[("channel", "note_verbale"), ("reference", "DE/NV/2026/9")],
        )
        .await;
    assert_eq!(
        r.status, 422,
        "the custodian who entered it cannot verify it"
    );
    assert!(
        text(&r.body).contains("another custodian"),
        "{}",
        text(&r.body)
    );
    assert_eq!(t.count("pocs WHERE status = 'active'").await, 0);

    let s = t.signed_in(&second).await;
    let r = s
        .post(
            &format!("/custodian/changes/{version}/verify"),
            &[("channel", "note_verbale"), ("reference", "DE/NV/2026/9")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    assert_eq!(t.count("pocs WHERE status = 'active'").await, 1);
}

/// Accepts an invitation as its recipient would: password, then TOTP.
/// Returns the browser and the TOTP secret.
/// Follows the invitation sent to `to`, choosing the page language `lang`
/// first if given, and enrols an authenticator.
pub async fn accept_invitation(t: &TestApp, to: &str, lang: Option<&str>) -> (Browser, String) {
    let mail = t.email(to, "invitation").await;
    let link = mail.link(&format!("{}/invitation/", t.url));
    let b = t.browser();
    if let Some(lang) = lang {
        b.post("/language", &[("lang", lang), ("back", "/")]).await;
    }
    let r = b
        .post(
            link.trim_start_matches(&t.url),
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/setup/totp"));
    let setup = b.get("/setup/totp").await;
    let secret: String = regex_lite::Regex::new(r#"class="secret" dir="ltr">([A-Z2-7 ]+)<"#)
        .unwrap()
        .captures(&setup.body)
        .unwrap()[1]
        .replace(' ', "");
    let r = b
        .post("/setup/totp", &[("code", &totp_code(&t.app, &secret))])
        .await;
    assert_eq!(r.status, 200, "{}", text(&r.body));
    (b, secret)
}

#[tokio::test]
async fn acc6_the_custodian_cannot_plant_an_account_in_a_state() {
    let (t, custodian, _admin_fr, admin_de) = two_states().await;
    t.settle().await;
    let c = t.signed_in(&custodian).await;
    let users_before = t.count("users").await;
    let invite = |role: &'static str, reference: &'static str| {
        vec![
            ("email", "spy@un.example.org"),
            ("display_name", "Spy"),
            ("role", role),
            ("locale", "en"),
            ("reference", reference),
        ]
    };

    // A member: refused, whatever the reference.
    let r = c
        .post("/states/DE/users", &invite("member", "DE/NV/2026/3"))
        .await;
    assert_eq!(r.status, 422);
    assert!(
        text(&r.body).contains("only a national administrator can be invited"),
        "{}",
        text(&r.body)
    );
    // An administrator without the State's written request: refused.
    let r = c
        .post("/states/DE/users", &invite("national_admin", ""))
        .await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("written request"));
    assert_eq!(t.count("users").await, users_before, "nothing was created");

    // With a reference, the account is created, announced and held.
    let r = c
        .post(
            "/states/DE/users",
            &invite("national_admin", "DE/NV/2026/3"),
        )
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let told = t.email(&admin_de.email, "you may block it").await;
    assert!(
        told.body.contains("spy@un.example.org") && told.body.contains("DE/NV/2026/3"),
        "{}",
        told.body
    );
    assert!(
        t.audit_actions()
            .await
            .contains(&"user.from_outside".to_string())
    );
    let (spy, _) = accept_invitation(&t, "spy@un.example.org", None).await;
    assert_eq!(
        spy.get("/directory").await.status,
        303,
        "a held account has no session"
    );
    let r = spy
        .post(
            "/login",
            &[("email", "spy@un.example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("on hold"), "{}", text(&r.body));

    // Germany's administrator sees the hold and blocks the account.
    let de = t.signed_in(&admin_de).await;
    let desk = de.get("/states/DE/desk").await;
    assert!(text(&desk.body).contains("On hold until"));
    let mut db = t.db.conn().await.unwrap();
    let spy_row = store::user::by_email(&mut db, "spy@un.example.org")
        .await
        .unwrap()
        .unwrap();
    let r = de
        .post(
            &format!("/users/{}/status", spy_row.id),
            &[("enabled", "false"), ("back", "/states/DE/desk")],
        )
        .await;
    assert_eq!(r.status, 303);
    t.app.clock().advance(73 * 60 * 60_000);
    let r = spy
        .post(
            "/login",
            &[("email", "spy@un.example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 422, "blocked for good");
}

#[tokio::test]
async fn acc6_a_replacement_administrator_is_usable_after_the_hold() {
    let (t, custodian, _admin_fr, admin_de) = two_states().await;
    t.settle().await;
    let c = t.signed_in(&custodian).await;
    let r = c
        .post(
            "/states/DE/users",
            &[
                ("email", "new-admin@de.example.org"),
                ("display_name", "New administrator"),
                ("role", "national_admin"),
                ("locale", "en"),
                ("reference", "DE/NV/2026/4"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    t.email(&admin_de.email, "you may block it").await;
    let (b, secret) = accept_invitation(&t, "new-admin@de.example.org", None).await;
    t.app
        .clock()
        .advance(t.app.config().session.outside_account_hold_hours * 60 * 60_000 + 60_000);
    let user = TestUser {
        id: String::new(),
        email: "new-admin@de.example.org".into(),
        secret,
        actor: domain::Actor::Anonymous,
    };
    b.login(&t.app, &user).await;
    assert_eq!(b.get("/states/DE/desk").await.status, 200);
}

/// What a national administrator sees of a held account: the hold's end and
/// a Block button, in English and Arabic, at desktop width and at 320 px.
#[tokio::test]
async fn acc6_a_held_account_on_the_states_page_in_chromium() {
    let (t, custodian, _admin_fr, admin_de) = two_states().await;
    let input = app::accounts::InviteInput {
        email: "new-admin@de.example.org".into(),
        display_name: "Nouvel Administrateur".into(),
        role: "national_admin".into(),
        locale: "en".into(),
        reference: "DE/NV/2026/4".into(),
    };
    let de = domain::StateCode::parse("DE").unwrap();
    app::accounts::invite_user(&t.app, &custodian.actor, de, &input)
        .await
        .unwrap();
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = crate::browser::chromium(profile.path()).await;
    crate::browser::sign_in(&c, &t, &admin_de.email, &admin_de.secret).await;
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
    std::fs::create_dir_all(&out).unwrap();
    for (lang, held) in [("en", "is on hold until"), ("ar", "وهو معلَّق حتى")] {
        let mut db = t.db.conn().await.unwrap();
        store::user::set_locale(&mut db, &admin_de.id, lang, t.app.now())
            .await
            .unwrap();
        for width in [1280u32, 320] {
            c.set_window_size(width, 900).await.unwrap();
            c.goto("about:blank").await.unwrap();
            c.goto(&format!("{}/states/DE/desk#users", t.url))
                .await
                .unwrap();
            let page = crate::browser::wait_for(&c, held).await;
            assert!(page.contains("new-admin@de.example.org"));
            std::fs::write(
                out.join(format!("desk-held-{lang}-{width}.png")),
                c.screenshot().await.unwrap(),
            )
            .unwrap();
        }
    }
    c.close().await.unwrap();
}
