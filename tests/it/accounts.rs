//! ACC-2 to ACC-4: second factor, throttling, sessions.

use crate::helpers::*;
use app::AppError;
use app::accounts::Origin;
use domain::Role;

fn from(ip: &str) -> Origin {
    Origin {
        ip: ip.into(),
        user_agent: "test".into(),
    }
}

#[tokio::test]
async fn acc3_unknown_account_and_wrong_password_look_the_same() {
    let t = TestApp::spawn().await;
    t.user("known@un.example.org", Role::Custodian, None).await;
    let b = t.browser();
    let unknown = b
        .post(
            "/login",
            &[("email", "nobody@un.example.org"), ("password", PASSWORD)],
        )
        .await;
    let wrong = b
        .post(
            "/login",
            &[
                ("email", "known@un.example.org"),
                ("password", "not the right passphrase"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422);
    assert_eq!(wrong.status, 422);
    let msg = |r: &Response| {
        text(&r.body)
            .split("Please correct the following:")
            .nth(1)
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        msg(&unknown).replace("nobody@", "X@"),
        msg(&wrong).replace("known@", "X@")
    );
}

#[tokio::test]
async fn acc3_totp_code_is_single_use_and_recovery_codes_work_once() {
    let t = TestApp::spawn().await;
    let u = t.user("u@un.example.org", Role::Custodian, None).await;
    let code = totp_code(&t.app, &u.secret);
    let first = t.browser();
    first
        .post("/login", &[("email", &u.email), ("password", PASSWORD)])
        .await;
    assert_eq!(
        first.post("/login/code", &[("code", &code)]).await.status,
        303
    );
    let second = t.browser();
    second
        .post("/login", &[("email", &u.email), ("password", PASSWORD)])
        .await;
    let replay = second.post("/login/code", &[("code", &code)]).await;
    assert_eq!(replay.status, 422, "a used code is refused");
    assert!(text(&replay.body).contains("already used"));

    // Recovery codes, from the account page: each works once.
    let r = first.post("/account/recovery-codes", &[]).await;
    let code = regex_lite::Regex::new(r"<code>([A-Z2-7-]{24})</code>")
        .unwrap()
        .captures(&r.body)
        .unwrap()[1]
        .to_string();
    let third = t.browser();
    third
        .post("/login", &[("email", &u.email), ("password", PASSWORD)])
        .await;
    assert_eq!(
        third
            .post("/login/code", &[("code", &code.to_lowercase())])
            .await
            .status,
        303
    );
    let fourth = t.browser();
    fourth
        .post("/login", &[("email", &u.email), ("password", PASSWORD)])
        .await;
    assert_eq!(
        fourth.post("/login/code", &[("code", &code)]).await.status,
        422
    );
}

#[tokio::test]
async fn acc3_throttling_slows_an_attacker_without_locking_out_the_state() {
    let t = TestApp::spawn().await;
    let u = t
        .user("only@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    for _ in 0..5 {
        let e = app::accounts::login(
            &t.app,
            &u.email,
            "guessing the passphrase",
            &from("203.0.113.9"),
        )
        .await
        .unwrap_err();
        assert!(matches!(e, AppError::Invalid(_)));
    }
    // The attacker's address is throttled, even with the right password...
    let e = app::accounts::login(&t.app, &u.email, PASSWORD, &from("203.0.113.9"))
        .await
        .unwrap_err();
    assert!(matches!(e, AppError::Throttled));
    // ...but the State's own user, elsewhere, signs in at once.
    assert!(
        app::accounts::login(&t.app, &u.email, PASSWORD, &from("198.51.100.7"))
            .await
            .is_ok()
    );
    // And the throttle lifts by itself.
    t.app.clock().advance(16 * 60_000);
    assert!(
        app::accounts::login(&t.app, &u.email, PASSWORD, &from("203.0.113.9"))
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn acc4_sessions_time_out_can_be_revoked_and_end_when_disabled() {
    let t = TestApp::spawn().await;
    t.admit("FR").await;
    let admin = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    let member = t
        .user("member@fr.example.org", Role::Member, Some("FR"))
        .await;

    // Idle timeout (30 minutes by default).
    let b = t.signed_in(&member).await;
    t.app.clock().advance(31 * 60_000);
    assert_eq!(b.get("/directory").await.status, 303);

    // Absolute timeout (12 hours), even when active.
    let b = t.signed_in(&member).await;
    for _ in 0..26 {
        t.app.clock().advance(29 * 60_000);
        b.get("/account").await;
    }
    assert_eq!(b.get("/directory").await.status, 303);

    // A user sees their sessions and signs one out from another.
    let one = t.signed_in(&member).await;
    let two = t.signed_in(&member).await;
    let page = two.get("/account").await;
    let ids: Vec<String> = regex_lite::Regex::new(r#"name="id" value="([0-9a-f]{64})""#)
        .unwrap()
        .captures_iter(&page.body)
        .map(|c| c[1].to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    let current = regex_lite::Regex::new(r#"(?s)this session.*?name="id" value="([0-9a-f]{64})""#)
        .unwrap()
        .captures(&page.body)
        .unwrap()[1]
        .to_string();
    let other = ids.iter().find(|i| **i != current).unwrap();
    assert_eq!(
        two.post("/account/sessions/revoke", &[("id", other)])
            .await
            .status,
        303
    );
    assert_eq!(
        one.get("/directory").await.status,
        303,
        "the revoked session is over"
    );
    assert_eq!(two.get("/directory").await.status, 200);

    // Logging out ends the session on the server.
    let cookie_jar_client = t.signed_in(&member).await;
    assert_eq!(cookie_jar_client.post("/logout", &[]).await.status, 303);
    assert_eq!(cookie_jar_client.get("/directory").await.status, 303);

    // An administrator disables a user: their session ends at once.
    let a = t.signed_in(&admin).await;
    assert_eq!(
        a.post(
            &format!("/users/{}/status", member.id),
            &[("enabled", "false")]
        )
        .await
        .status,
        303
    );
    assert_eq!(two.get("/directory").await.status, 303);
    let e = app::accounts::login(&t.app, &member.email, PASSWORD, &from("192.0.2.1"))
        .await
        .unwrap_err();
    assert!(matches!(e, AppError::Invalid(_)));
}

#[tokio::test]
async fn acc2_a_state_chooses_one_shared_account() {
    let t = TestApp::spawn().await;
    t.admit("FR").await;
    let admin = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    let a = t.signed_in(&admin).await;
    let r = a
        .post("/states/FR/account-mode", &[("account_mode", "shared")])
        .await;
    assert_eq!(r.status, 303);
    let r = invite(&a).await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("one shared account"));
    assert_eq!(t.count("users").await, 1);
    a.post("/states/FR/account-mode", &[("account_mode", "personal")])
        .await;
    let r = invite(&a).await;
    assert_eq!(r.status, 303);
    let mail = t.email("second@fr.example.org", "invitation").await;
    assert!(mail.body.contains("France"));
}

async fn invite(admin: &Browser) -> Response {
    let form = [
        ("email", "second@fr.example.org"),
        ("display_name", "Second"),
        ("role", "member"),
        ("locale", "en"),
    ];
    admin.post("/states/FR/users", &form).await
}
