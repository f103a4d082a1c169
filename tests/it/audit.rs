//! NFR-3: the audit log is hash-chained; `pocdir audit verify` finds any
//! edited, deleted or reordered row and names the first bad one.

use crate::helpers::*;
use app::audit::Verdict;
use domain::Role;

async fn tamper(t: &TestApp, sql: &'static str) {
    let mut c = t.db.conn().await.unwrap();
    c.exec(sql, vec![]).await.unwrap();
}

#[tokio::test]
async fn nfr3_logins_changes_and_exports_are_chained_and_tampering_is_named() {
    let t = TestApp::spawn().await;
    t.admit("FR").await;
    let admin = t
        .user("admin@fr.example.org", Role::NationalAdmin, Some("FR"))
        .await;
    let b = t.signed_in(&admin).await;
    b.post(
        "/login",
        &[
            ("email", "admin@fr.example.org"),
            ("password", "wrong password here"),
        ],
    )
    .await;
    let form = nomination("Agence nationale");
    assert_eq!(
        b.post("/states/FR/pocs/new", &fields(&form)).await.status,
        303
    );
    assert_eq!(
        b.export(&t.app, &admin.secret, "format=csv").await.status,
        200
    );

    let rows = app::audit::search(
        &t.app,
        &t.user("c@un.example.org", Role::Custodian, None)
            .await
            .actor,
        &app::audit::AuditFilter::default(),
        100,
        None,
    )
    .await
    .unwrap();
    let actions: Vec<&str> = rows.iter().map(|(r, _)| r.action.as_str()).collect();
    for expected in [
        "login.succeeded",
        "login.failed",
        "change.submitted",
        "directory.exported",
        "user.created",
    ] {
        assert!(
            actions.contains(&expected),
            "{expected} missing from {actions:?}"
        );
    }
    let total = rows.len() as i64;
    assert_eq!(
        app::audit::verify(&t.app).await.unwrap(),
        Verdict::Intact { rows: total }
    );

    // Edited row: named by its number.
    tamper(
        &t,
        "UPDATE audit_log SET detail = '{\"forged\":true}' WHERE seq = 3",
    )
    .await;
    assert_eq!(
        app::audit::verify(&t.app).await.unwrap(),
        Verdict::Broken {
            seq: 3,
            reason: "altered"
        }
    );
}

/// An app whose audit log holds six entries (one per account created).
async fn app_with_six_audited_acts() -> TestApp {
    let t = TestApp::spawn().await;
    for i in 0..6 {
        t.user(&format!("u{i}@un.example.org"), Role::Custodian, None)
            .await;
    }
    t
}

#[tokio::test]
async fn nfr3_deleted_reordered_and_truncated_rows_are_found() {
    let t = app_with_six_audited_acts().await;
    tamper(&t, "DELETE FROM audit_log WHERE seq = 4").await;
    assert_eq!(
        app::audit::verify(&t.app).await.unwrap(),
        Verdict::Broken {
            seq: 4,
            reason: "missing"
        }
    );

    let t = app_with_six_audited_acts().await;
    // Swap two rows' contents (a reordering): the first swapped row no longer fits.
    tamper(&t, "UPDATE audit_log SET seq = 100 WHERE seq = 2").await;
    tamper(&t, "UPDATE audit_log SET seq = 2 WHERE seq = 3").await;
    tamper(&t, "UPDATE audit_log SET seq = 3 WHERE seq = 100").await;
    assert_eq!(
        app::audit::verify(&t.app).await.unwrap(),
        Verdict::Broken {
            seq: 2,
            reason: "altered"
        }
    );

    let t = app_with_six_audited_acts().await;
    tamper(&t, "DELETE FROM audit_log WHERE seq = 6").await;
    assert_eq!(
        app::audit::verify(&t.app).await.unwrap(),
        Verdict::Broken {
            seq: 6,
            reason: "truncated"
        }
    );
}

#[tokio::test]
async fn nfr3_audit_verify_command_names_the_first_bad_entry() {
    let t = TestApp::spawn().await;
    for i in 0..4 {
        t.user(&format!("u{i}@un.example.org"), Role::Custodian, None)
            .await;
    }
    // Awaited, not blocking: the server's outbox worker must keep running
    // (and finish its transaction) while the command opens the database.
    let run = || async {
        tokio::process::Command::new(env!("CARGO_BIN_EXE_pocdir"))
            .args(["audit", "verify"])
            .env("POCDIR_DATABASE_URL", &t.db_url)
            .output()
            .await
            .unwrap()
    };
    let ok = run().await;
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("4 entries verified"));
    tamper(
        &t,
        "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2",
    )
    .await;
    let bad = run().await;
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("broken at entry 2"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

/// NFR-3: the custodian reads the log in words, filters it by actor, State,
/// action and date, and pages back through it.
#[tokio::test]
async fn nfr3_the_audit_log_reads_in_words_filters_and_pages() {
    let (t, custodian, admin_fr, _) = two_states().await;
    for _ in 0..30 {
        t.signed_in(&admin_fr).await;
    }
    let c = t.signed_in(&custodian).await;
    let page = c.get("/custodian/audit").await;
    assert_eq!(page.status, 200);
    // The rows only, not the filter's choices.
    let rows = |html: &str| text(html.split("<tbody>").nth(1).unwrap_or(""));
    let shown = rows(&page.body);
    assert!(
        shown.contains("Signed in") && !shown.contains("login.succeeded"),
        "{shown}"
    );
    assert!(
        page.body.contains("Older entries"),
        "more than a page of entries"
    );
    let older = regex_lite::Regex::new(r"before=(\d+)")
        .unwrap()
        .captures(&page.body)
        .unwrap()[1]
        .to_string();
    let back = c.get(&format!("/custodian/audit?before={older}")).await;
    assert_eq!(back.status, 200);
    assert!(
        !back.body.contains(&format!("<td>{older}</td>")),
        "the next page starts before it"
    );

    let only = rows(
        &c.get("/custodian/audit?action=login.succeeded&state=FR")
            .await
            .body,
    );
    assert!(
        only.contains("Signed in") && !only.contains("Password accepted"),
        "{only}"
    );
    assert!(!only.contains("custodian:"), "only France's: {only}");
    let by_name = rows(&c.get("/custodian/audit?actor=custodian").await.body);
    assert!(!by_name.contains("national_admin:FR"), "{by_name}");
    assert!(text(&c.get("/custodian/audit?from=2000-01-01").await.body).contains("Signed in"));
    assert!(
        text(
            &c.get("/custodian/audit?from=2000-01-01&to=2000-01-02")
                .await
                .body
        )
        .contains("No entry matches")
    );
    assert_eq!(c.get("/custodian/audit?from=yesterday").await.status, 422);
}

/// `pocdir audit verify` with these arguments against the test's database,
/// as the operator or a State runs it.
/// Runs `pocdir audit verify` while the server keeps answering: a blocking
/// wait would stall its runtime, and with it any write it holds open.
async fn verify_cli(t: &TestApp, key: &std::path::Path, args: &[&str]) -> (bool, String) {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_pocdir"))
        .args(["audit", "verify"])
        .args(args)
        .env("POCDIR_DATABASE_URL", &t.db_url)
        .env("POCDIR_PUBLIC_URL", &t.url)
        .env("POCDIR_AUDIT__CHECKPOINT_KEY_FILE", key)
        .output()
        .await
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

/// NFR-3 beyond the server: someone who rewrites the whole log and
/// recomputes its chain passes the chain check, but not a signed checkpoint
/// a State downloaded before: the checkpoint names the entry rewritten.
#[tokio::test]
async fn nfr3_a_signed_checkpoint_exposes_history_rewritten_consistently() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("checkpoint.key");
    std::fs::write(&key, app::checkpoint::new_key()).unwrap();
    let signing = key.clone();
    let (t, custodian, admin_fr, _) = two_states_with(|c| {
        c.audit.checkpoint_key_file = signing;
        c.audit.checkpoint_every_entries = 1;
    })
    .await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    let round = t.op.jobs_round().await;
    let size = round.checkpoint.expect("a checkpoint is signed");
    assert!(size > 3);

    // Each State keeps its own copy.
    let fr = t.signed_in(&admin_fr).await;
    let desk = text(&fr.get("/states/FR/desk").await.body);
    assert!(
        desk.contains(&format!("Download the checkpoint of {size} entries")),
        "{desk}"
    );
    let note = fr.get("/audit/checkpoint").await;
    assert_eq!(note.status, 200);
    let host = t.url.trim_start_matches("http://");
    assert!(
        note.body.starts_with(&format!("{host}/audit\n{size}\n")),
        "{}",
        note.body
    );
    assert!(
        note.body.contains(&format!("\n\n\u{2014} {host}/audit ")),
        "a signed note: {}",
        note.body
    );
    let member = t
        .user("member@fr.example.org", domain::Role::Member, Some("FR"))
        .await;
    assert_eq!(
        t.signed_in(&member)
            .await
            .get("/audit/checkpoint")
            .await
            .status,
        403
    );
    let kept = dir.path().join("fr-checkpoint.txt");
    std::fs::write(&kept, &note.body).unwrap();
    let checkpoint = ["--checkpoint", kept.to_str().unwrap()];
    let (ok, said) = verify_cli(&t, &key, &checkpoint).await;
    assert!(
        ok && said.contains("signature verified; the log extends the checkpoint"),
        "{said}"
    );

    // Rewritten from the first entry on, the chain recomputed as pocdir would.
    let mut c = t.db.begin().await.unwrap();
    let mut rows = store::audit::recent(&mut c, 10_000, None).await.unwrap();
    rows.reverse();
    c.exec("DELETE FROM audit_log", store::args![])
        .await
        .unwrap();
    c.exec(
        "UPDATE audit_head SET seq = 0, chain_hash = $1 WHERE id = 1",
        store::args![store::audit::GENESIS],
    )
    .await
    .unwrap();
    for (i, r) in rows.iter().enumerate() {
        let detail = if i == 1 {
            "{\"rewritten\":true}"
        } else {
            r.detail.as_str()
        };
        store::audit::append(&mut c, r.at, &r.actor, &r.action, &r.target, detail)
            .await
            .unwrap();
    }
    c.commit().await.unwrap();
    let (ok, said) = verify_cli(&t, &key, &[]).await;
    assert!(
        ok && said.contains("intact"),
        "the chain alone does not notice: {said}"
    );
    let (ok, said) = verify_cli(&t, &key, &checkpoint).await;
    assert!(
        !ok && said.contains(&format!("history was rewritten: entry {size}")),
        "{said}"
    );

    // A checkpoint altered after signing is refused.
    let forged = dir.path().join("forged.txt");
    std::fs::write(
        &forged,
        note.body.replacen(&format!("\n{size}\n"), "\n2\n", 1),
    )
    .unwrap();
    let (ok, said) = verify_cli(&t, &key, &["--checkpoint", forged.to_str().unwrap()]).await;
    assert!(!ok && said.contains("signature does not verify"), "{said}");
}
