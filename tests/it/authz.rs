//! ACC-5 through real HTTP: a national administrator of State A can neither
//! read State B's pending changes nor change State B's data, whatever ids
//! they send.

use crate::helpers::*;
use app::directory::{ChangeKind, ChangeMeta};
use domain::poc::PocInput;
use domain::{Role, StateCode};

fn input(entity: &str) -> PocInput {
    PocInput {
        poc_type: "diplomatic".into(),
        entity: entity.into(),
        emails: "mfa@de.example.org".into(),
        languages: "de, en".into(),
        timezone: "Europe/Berlin".into(),
        submission_language: "en".into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn acc5_admin_of_state_a_cannot_touch_state_b() {
    let (t, custodian, admin_a, admin_b) = two_states().await;
    let de = StateCode::parse("DE").unwrap();

    // State B: one published entry, one pending update of it, one pending new nomination, one problem.
    let v = app::directory::submit(
        &t.app,
        &admin_b.actor,
        de,
        ChangeKind::Create,
        Some(&input("Auswärtiges Amt")),
        &ChangeMeta::default(),
    )
    .await
    .unwrap();
    app::directory::verify(&t.app, &custodian.actor, &v, "note_verbale", "DE/1")
        .await
        .unwrap();
    let published = pending_changes(&t.app, &custodian.actor).await;
    assert!(published.is_empty());
    let entry = app::directory::state_entries(&t.app, &admin_b.actor, de)
        .await
        .unwrap()
        .remove(0);
    let pending_update = app::directory::submit(
        &t.app,
        &admin_b.actor,
        de,
        ChangeKind::Update(entry.id.clone()),
        Some(&input("Auswärtiges Amt — Cyber")),
        &ChangeMeta::default(),
    )
    .await
    .unwrap();
    let pending_new_id = app::directory::submit(
        &t.app,
        &admin_b.actor,
        de,
        ChangeKind::Create,
        Some(&input("BSI Lagezentrum SECRET-PENDING")),
        &ChangeMeta::default(),
    )
    .await
    .unwrap();
    let pending_new_poc = {
        let mut c = t.db.conn().await.unwrap();
        store::poc::version(&mut c, &pending_new_id)
            .await
            .unwrap()
            .unwrap()
            .poc_id
    };
    app::directory::report_problem(&t.app, &admin_b.actor, &entry.id, "bounced", "")
        .await
        .unwrap();
    let problem = {
        let mut c = t.db.conn().await.unwrap();
        store::problem::open(&mut c, Some("DE"))
            .await
            .unwrap()
            .remove(0)
            .id
    };

    let before = (
        t.count("poc_versions").await,
        t.count("pocs").await,
        t.count("users").await,
        t.count("problem_reports").await,
    );
    let a = t.signed_in(&admin_a).await;

    // Reading B's pending changes, by any route.
    for path in [
        "/states/DE/desk".to_string(),
        "/custodian/changes".to_string(),
        format!("/custodian/changes/{pending_update}"),
        format!("/custodian/changes/{pending_new_id}"),
        format!("/pocs/{}/edit", entry.id),
    ] {
        let r = a.get(&path).await;
        assert_eq!(r.status, 403, "GET {path}");
        assert!(
            !r.body.contains("Cyber") && !r.body.contains("SECRET-PENDING"),
            "GET {path} leaks B's pending change"
        );
    }
    let r = a.get(&format!("/pocs/{pending_new_poc}")).await;
    assert_eq!(
        r.status, 404,
        "an unpublished nomination of B does not exist for A"
    );
    let r = a.get(&format!("/pocs/{}", entry.id)).await;
    assert_eq!(r.status, 200);
    assert!(
        !r.body.contains("Auswärtiges Amt — Cyber"),
        "B's published entry shows no pending content to A"
    );

    // Changing B's data, whatever ids are sent.
    let nom = nomination("Forged entry for B");
    let forged: Vec<(&str, &str)> = fields(&nom);
    for (path, form) in [
        ("/states/DE/pocs/new".to_string(), forged.clone()),
        (format!("/pocs/{}/edit", entry.id), forged.clone()),
        (format!("/pocs/{}/withdraw", entry.id), vec![]),
        (
            "/states/DE/users".to_string(),
            vec![
                ("email", "spy@fr.example.org"),
                ("display_name", "Spy"),
                ("role", "national_admin"),
            ],
        ),
        (
            "/states/DE/account-mode".to_string(),
            vec![("account_mode", "shared")],
        ),
        (
            format!("/users/{}/status", admin_b.id),
            vec![("enabled", "false")],
        ),
        (format!("/problems/{problem}/resolve"), vec![]),
        (
            format!("/custodian/changes/{pending_update}/verify"),
            vec![("channel", "note_verbale"), ("reference", "x")],
        ),
        (
            format!("/custodian/changes/{pending_update}/reject"),
            vec![("reason", "x")],
        ),
    ] {
        let r = a.post(&path, &form).await;
        assert_eq!(r.status, 403, "POST {path}: {}", text(&r.body));
    }
    let after = (
        t.count("poc_versions").await,
        t.count("pocs").await,
        t.count("users").await,
        t.count("problem_reports").await,
    );
    assert_eq!(before, after, "nothing changed");
    let mut c = t.db.conn().await.unwrap();
    assert!(
        store::problem::open(&mut c, Some("DE"))
            .await
            .unwrap()
            .iter()
            .any(|p| p.id == problem)
    );
    assert_eq!(
        store::user::get(&mut c, &admin_b.id)
            .await
            .unwrap()
            .unwrap()
            .status,
        "active"
    );

    // A member of B cannot change B's data either, and a signed-out visitor gets nothing.
    let member_b = t
        .user("member@de.example.org", Role::Member, Some("DE"))
        .await;
    let m = t.signed_in(&member_b).await;
    assert_eq!(
        m.post(&format!("/pocs/{}/withdraw", entry.id), &[])
            .await
            .status,
        403
    );
    assert_eq!(m.get("/states/DE/desk").await.status, 403);
    let anon = t.browser();
    assert_eq!(
        anon.get(&format!("/pocs/{}", entry.id)).await.status,
        303,
        "sign-in required"
    );
    assert_eq!(anon.get("/export?format=csv").await.status, 303);
    assert_eq!(
        anon.get("/export?format=bogus").await.status,
        303,
        "signing in comes before the format is read"
    );
    let bad = m.get("/export?format=bogus").await;
    assert_eq!(bad.status, 422);
    assert!(
        text(&bad.body).contains("Choose CSV, JSON, vCard"),
        "{}",
        text(&bad.body)
    );
}
