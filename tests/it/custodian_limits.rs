//! ACC-6: the custodian administers the directory but cannot reach into a
//! State's communications. Each test is an attack the custodian could try.

use crate::helpers::*;
use crate::messages::compose;
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
    publish(&t, &custodian, &admin_de, "DE", "soc@de.example.org", "en").await;
    publish_as(
        &t,
        &custodian,
        &admin_de,
        "DE",
        "diplomatic",
        "diplo@de.example.org",
        "en",
    )
    .await;
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

    let pending = app::directory::pending_changes(&t.app, &custodian.actor, None)
        .await
        .unwrap();
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
