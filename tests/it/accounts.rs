//! ACC-2 to ACC-4: second factor, throttling, sessions.

use crate::helpers::*;
use app::AppError;
use app::accounts::Origin;
use domain::Role;

fn from(ip: &str) -> Origin {
    Origin {
        ip: ip.into(),
        user_agent: "test".into(),
        device: None,
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

/// ACC-3 through a trusted proxy, from 40 source addresses: one address
/// cannot lock others out; guesses against one account from many addresses
/// are throttled; the account's own user, on a browser where it signed in
/// before, is never locked out; and the audit log names the real client.
#[tokio::test]
async fn acc3_throttling_through_a_trusted_proxy_from_forty_addresses() {
    let t = TestApp::spawn_with(|c| c.trusted_proxies = vec!["127.0.0.1".into()]).await;
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;

    // One address trying made-up accounts is throttled, and only it.
    let attacker = Browser::from_address(&t.url, "203.0.113.66");
    let mut statuses = Vec::new();
    for i in 0..31 {
        statuses.push(guess(&attacker, &format!("nobody{i}@example.org")).await);
    }
    assert_eq!(statuses[..30], [422; 30]);
    assert_eq!(statuses[30], 429, "the guessing address is throttled");
    let own = Browser::from_address(&t.url, "198.51.100.7");
    own.login(&t.app, &custodian).await;
    let mut db = t.db.conn().await.unwrap();
    let seen: store::Count = db
        .one(
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login.succeeded' AND detail LIKE $1",
            store::args!["%198.51.100.7%"],
        )
        .await
        .unwrap();
    assert_eq!(seen.n, 1, "the audit log names the client, not the proxy");

    // Guesses at the custodian's password from 40 addresses: the account is
    // throttled for browsers it has not signed in from.
    let mut throttled_at = None;
    for i in 0..40 {
        let from = Browser::from_address(&t.url, &format!("192.0.2.{}", i + 1));
        if guess(&from, &custodian.email).await == 429 {
            throttled_at.get_or_insert(i);
        }
    }
    assert!(
        throttled_at.is_some_and(|i| i <= 20),
        "guesses from many addresses are throttled: first 429 at {throttled_at:?}"
    );
    let stranger = Browser::from_address(&t.url, "198.51.100.99");
    let r = stranger
        .post(
            "/login",
            &[("email", custodian.email.as_str()), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 429, "a new browser waits out the lock");
    // The custodian's own browser signs in at once, from any address.
    own.post("/logout", &[]).await;
    own.login(&t.app, &custodian).await;
    // And the lock lifts by itself.
    t.app.clock().advance(16 * 60_000);
    stranger.login(&t.app, &custodian).await;
}

#[tokio::test]
async fn acc3_a_half_signed_in_session_allows_five_codes_then_ends() {
    let t = TestApp::spawn_with(|c| c.trusted_proxies = vec!["127.0.0.1".into()]).await;
    let u = t.user("only@fr.example.org", Role::Custodian, None).await;
    let b = Browser::from_address(&t.url, "203.0.113.5");
    let r = b
        .post("/login", &[("email", &u.email), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, 303);
    for i in 0..5 {
        let r = b.post("/login/code", &[("code", "000000")]).await;
        assert_eq!(r.status, 422);
        let page = text(&r.body);
        if i < 4 {
            assert!(page.contains("not correct"), "{page}");
        } else {
            assert!(page.contains("Too many wrong codes"), "{page}");
        }
    }
    let r = b
        .post("/login/code", &[("code", &totp_code(&t.app, &u.secret))])
        .await;
    assert_eq!(r.location.as_deref(), Some("/login"), "the session ended");
    assert_eq!(b.get("/directory").await.status, 303);
}

#[tokio::test]
async fn acc1_requests_for_access_are_rate_limited_per_client_and_overall() {
    let t = TestApp::spawn_with(|c| {
        c.trusted_proxies = vec!["127.0.0.1".into()];
        c.limits.join_per_hour = 20;
    })
    .await;
    let one = Browser::from_address(&t.url, "203.0.113.7");
    let mut statuses = Vec::new();
    for i in 0..6 {
        statuses.push(join(&one, i).await.status);
    }
    assert_eq!(
        statuses,
        [200, 200, 200, 200, 200, 429],
        "five an hour per client"
    );
    let r = join(&one, 99).await;
    assert!(
        text(&r.body).contains("Too many attempts"),
        "{}",
        text(&r.body)
    );
    let mut accepted = 5;
    for i in 0..40 {
        let b = Browser::from_address(&t.url, &format!("192.0.2.{}", i + 1));
        if join(&b, 100 + i).await.status == 200 {
            accepted += 1;
        }
    }
    assert_eq!(accepted, 20, "twenty an hour from everyone");
    assert_eq!(t.count("access_requests").await, 20);
}

async fn guess(b: &Browser, email: &str) -> u16 {
    b.post("/login", &[("email", email), ("password", "a wrong guess")])
        .await
        .status
}

async fn join(b: &Browser, i: usize) -> Response {
    b.request_access("Attacker", &format!("victim{i}@example.org"))
        .await
}

/// Only a path of this site follows sign-in, however the target is
/// disguised; and a POC following a notification link after its session
/// expired signs in and lands on the page it asked for.
#[tokio::test]
async fn acc5_sign_in_returns_only_to_a_path_of_this_site() {
    let t = TestApp::spawn().await;
    let u = t.user("only@un.example.org", Role::Custodian, None).await;
    for (next, lands) in [
        ("/\t/evil.example", "/directory"),
        ("/\r\nSet-Cookie: x=y", "/directory"),
        ("//evil.example", "/directory"),
        ("/messages", "/messages"),
    ] {
        let b = t.browser();
        let r = b
            .post(
                "/login",
                &[("email", &u.email), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_eq!(r.status, 303, "{next:?}");
        let r = b
            .post(
                "/login/code",
                &[("code", &totp_code(&t.app, &u.secret)), ("next", next)],
            )
            .await;
        assert_eq!(r.location.as_deref(), Some(lands), "{next:?}");
        t.app.clock().advance(31_000);
    }
    let b = t.browser();
    let r = b.get("/login?next=%2F%09%2Fevil.example").await;
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains(r#"name="next" value="&#x2f;directory""#),
        "the form carries the safe target: {}",
        r.body
    );

    let r = b.get("/my-checks").await;
    assert_eq!(r.location.as_deref(), Some("/login?next=/my-checks"));
}

/// The same invitation sent twice at once (a double click) creates one
/// account; the other gets the field error, never a server error.
#[tokio::test]
async fn acc2_simultaneous_duplicate_invitations_create_one_account() {
    let t = TestApp::spawn().await;
    t.admit("FR").await;
    let admin = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    let b = std::sync::Arc::new(t.signed_in(&admin).await);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let b = b.clone();
        tasks.push(tokio::spawn(async move {
            b.post(
                "/states/FR/users",
                &[
                    ("email", "twice@fr.example.org"),
                    ("display_name", "Twice"),
                    ("role", "member"),
                    ("locale", "en"),
                ],
            )
            .await
            .status
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 422),
        "{statuses:?}"
    );
    assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 1);
    assert_eq!(
        t.count("users WHERE email = 'twice@fr.example.org'").await,
        1
    );
}

/// NFR-3, NFR-5: what an anonymous visitor sends is bounded before it
/// reaches the database or the audit log.
#[tokio::test]
async fn nfr3_oversized_sign_ins_write_nothing() {
    let t = TestApp::spawn().await;
    let before = t.count("audit_log").await;
    let b = t.browser();
    for size in [300, 100 * 1024, 1024 * 1024] {
        let email = format!("{}@example.org", "a".repeat(size));
        let r = b
            .post("/login", &[("email", &email), ("password", "x")])
            .await;
        assert!(r.status == 422 || r.status == 413, "{size}: {}", r.status);
    }
    let r = b
        .post(
            "/login",
            &[("email", "a@example.org"), ("password", &"p".repeat(129))],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(t.count("audit_log").await, before, "nothing was written");
}

/// NFR-5: names that would read other than they are stored are refused,
/// and single-line fields refuse line breaks.
#[tokio::test]
async fn nfr5_disguised_names_and_broken_lines_are_refused() {
    let (t, _custodian, _admin_fr, admin_de) = two_states().await;
    let b = t.signed_in(&admin_de).await;
    for (field, value, says) in [
        (
            "entity",
            "\u{202E}gro.elpmaxe-tnaw-ton",
            "invisible characters",
        ),
        ("person_name", "Ann\u{200B}a", "invisible characters"),
        ("position", "Head\r\nBcc: x@example.org", "one line"),
    ] {
        let mut form = nomination("CERT DE");
        form.retain(|(k, _)| *k != field);
        form.push((field, value.to_string()));
        let r = b.post("/states/DE/pocs/new", &fields(&form)).await;
        assert_eq!(r.status, 422, "{field}");
        assert!(text(&r.body).contains(says), "{field}: {}", text(&r.body));
    }
    assert_eq!(t.count("pocs").await, 0);
}

/// Signs in through the use cases of `app` (password, then a code), so a
/// test can tell whether that instance opens the user's secret. Each
/// instance has its own clock: `step` moves it to a time step of its own,
/// since a code is accepted once.
async fn signs_in(app: &app::App, u: &TestUser, step: i64) -> bool {
    app.clock().advance(step * 30_000);
    let Ok((token, _)) = app::accounts::login(app, &u.email, PASSWORD, &from("192.0.2.1")).await
    else {
        return false;
    };
    let session = app::accounts::session(app, &token).await.unwrap().unwrap();
    app::accounts::login_second_factor(
        app,
        &session,
        &totp_code(app, &u.secret),
        &from("192.0.2.1"),
        None,
    )
    .await
    .is_ok()
}

/// MSG-5 for secrets: authenticator secrets are sealed at rest (those an
/// earlier version wrote in clear are sealed on open), and `rekey` moves
/// every sealed value to a new key while the old one still opens them.
#[tokio::test]
async fn msg5_authenticator_secrets_are_sealed_and_keys_rotate() {
    let (t, _custodian, admin_fr, _admin_de) = two_states().await;
    let stored = |db: store::Db| async move {
        let mut c = db.conn().await.unwrap();
        let row: store::sealed::SealedValue = c
            .one(
                "SELECT id, secret AS value FROM mfa_factors ORDER BY created_at LIMIT 1 OFFSET 1",
                vec![],
            )
            .await
            .unwrap();
        row
    };
    let sealed = stored(t.db.clone()).await;
    assert!(!sealed.value.contains(&admin_fr.secret), "not in clear");

    // A secret an earlier version wrote in clear is sealed on the next open.
    let mut c = t.db.conn().await.unwrap();
    c.exec(
        "UPDATE mfa_factors SET secret = $1 WHERE id = $2",
        store::args![admin_fr.secret.clone(), sealed.id.clone()],
    )
    .await
    .unwrap();
    let old_key = t.app.config().messages.key.clone();
    let config = |key: &str, previous: &[&str]| {
        let mut c = t.app.config().clone();
        c.messages.key = key.to_string();
        c.messages.previous_keys = previous.iter().map(|k| k.to_string()).collect();
        c
    };
    let reopened = app::Operator::open(config(&old_key, &[])).await.unwrap();
    assert!(!stored(t.db.clone()).await.value.contains(&admin_fr.secret));
    assert!(signs_in(reopened.app(), &admin_fr, 1).await);

    // Rotation: the new key with the old one beside it opens everything;
    // rekey seals it all again; then the new key alone suffices.
    let new_key = app::seal::new_key();
    let too_early = app::Operator::open(config(&new_key, &[])).await.unwrap();
    assert!(!signs_in(too_early.app(), &admin_fr, 2).await);
    let rotating = app::Operator::open(config(&new_key, &[&old_key]))
        .await
        .unwrap();
    assert!(signs_in(rotating.app(), &admin_fr, 3).await);
    assert!(
        rotating.rekey().await.unwrap() >= 3,
        "every factor re-sealed"
    );
    assert_eq!(rotating.rekey().await.unwrap(), 0, "nothing left to do");
    let rotated = app::Operator::open(config(&new_key, &[])).await.unwrap();
    assert!(signs_in(rotated.app(), &admin_fr, 4).await);
}
