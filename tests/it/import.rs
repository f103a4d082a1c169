//! INT-2: the custodian imports a regional directory's file, in the portal
//! and with `pocdir import`: a dry run that writes nothing, per-row errors
//! that name the row, the field and the fix, pending changes on the States'
//! behalf with the file as their source, and nothing new on a second import.

use crate::helpers::*;
use domain::Role;
use tokio::process::Command;

/// What an import may have written: changes, emails and the audit log.
async fn written(t: &TestApp) -> (i64, i64, i64) {
    (
        t.count("poc_versions").await,
        t.count("outbox").await,
        t.count("audit_log").await,
    )
}

const HEADER: &str = "state,poc_type,entity,emails,phones,languages,timezone,submission_language";

fn osce_file(with_errors: bool) -> Vec<u8> {
    let mut rows = vec![
        HEADER.to_string(),
        // France's CERT: the same address, a new number.
        "FR,technical,CERT FR,cert@fr.example.org,+33 1 71 75 84 68 24/7,en,Europe/Paris,en".into(),
        // A new diplomatic contact for France.
        "FR,diplomatic,\"Ministère de l’Europe et des Affaires étrangères\",cyber@diplomatie.fr.example.org;veille@diplomatie.fr.example.org,+33 1 43 17 53 53,fr;en,Europe/Paris,fr".into(),
        // Germany's CERT exactly as published.
        "DE,technical,CERT DE,cert@de.example.org,+33 1 23 45 67 89 24/7,de,Europe/Paris,en".into(),
    ];
    if with_errors {
        rows.push("XX,technical,Nowhere CERT,cert@nowhere.example.org,+41 22 917 1234,en,Europe/Zurich,en".into());
        rows.push("DE,technical,BSI,not-an-address,+49 228 99 9582 0,de,Europe/Berlin,en".into());
    }
    (rows.join("\n") + "\n").into_bytes()
}

#[tokio::test]
async fn int2_a_dry_run_then_an_import_of_pending_changes_and_nothing_twice() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "de").await;
    // A change the custodian entered is verified by another (ACC-6).
    let second = t.user("second@un.example.org", Role::Custodian, None).await;
    t.settle().await;
    let keeper = t.signed_in(&custodian).await;
    let import = |action: &'static str, bytes: Vec<u8>| {
        let keeper = &keeper;
        async move {
            keeper
                .post_form_file(
                    "/custodian/import",
                    &[
                        ("source", "OSCE list of 1 December 2026"),
                        ("action", action),
                    ],
                    "osce.csv",
                    bytes,
                )
                .await
        }
    };

    // A dry run reports each row and writes nothing, errors included.
    let before = written(&t).await;
    let r = import("check", osce_file(true)).await;
    assert_eq!(r.status, 200);
    let page = text(&r.body);
    for said in [
        "Update",
        "Phone numbers: +33 1 23 45 67 89 24/7 → +33 1 71 75 84 68 24/7",
        "New",
        "Unchanged",
        "2 rows have errors",
        "State: ",
        "Email addresses: ",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    assert_eq!(written(&t).await, before);
    // Importing a file with errors writes nothing either.
    let r = import("import", osce_file(true)).await;
    assert!(text(&r.body).contains("2 rows have errors"));
    assert_eq!(written(&t).await, before);

    // The corrected file: pending changes on the States' behalf, the file
    // named as their source, one email to each instead of one per change.
    let r = import("import", osce_file(false)).await;
    assert!(
        text(&r.body).contains("The import is done"),
        "{}",
        text(&r.body)
    );
    let pending = pending_changes(&t.app, &custodian.actor).await;
    assert_eq!(pending.len(), 2);
    for c in &pending {
        assert_eq!(
            c.version.on_behalf_ref.as_deref(),
            Some("import: OSCE list of 1 December 2026")
        );
    }
    t.settle().await;
    assert_eq!(
        t.emails_to("admin@fr.example.org")
            .iter()
            .filter(|m| m.subject.contains("were imported"))
            .count(),
        1
    );
    t.email("custodian@un.example.org", "2 imported changes to verify")
        .await;
    assert!(
        t.emails_to("admin@de.example.org")
            .iter()
            .all(|m| !m.subject.contains("imported"))
    );
    // Nothing is published before it is verified.
    let fr_entries =
        app::directory::state_entries(&t.app, &fr.actor, domain::StateCode::parse("FR").unwrap())
            .await
            .unwrap();
    assert_eq!(fr_entries.len(), 1);
    assert!(
        fr_entries[0].fields.phones[0]
            .written()
            .contains("23 45 67 89")
    );

    // The same file again changes nothing: its changes are waiting already.
    let after = written(&t).await;
    let r = import("import", osce_file(false)).await;
    let page = text(&r.body);
    assert!(page.contains("The import is done"), "{page}");
    assert_eq!(written(&t).await.0, after.0, "no new change");
    // Verified, and imported once more: still nothing.
    for c in &pending {
        app::directory::verify(
            &t.app,
            &second.actor,
            &c.version.id,
            "note_verbale",
            "OSCE/2026/1",
        )
        .await
        .unwrap();
    }
    let verified = written(&t).await.0;
    import("import", osce_file(false)).await;
    assert_eq!(written(&t).await.0, verified);
    assert!(
        t.audit_actions()
            .await
            .contains(&"directory.imported".to_string())
    );
}

#[tokio::test]
async fn int2_pocdir_json_and_global_irt_files_read_back_and_foreign_ones_are_explained() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "de").await;
    let keeper = t.signed_in(&custodian).await;

    // pocdir's own export, imported back: every row unchanged.
    let export = keeper
        .export(&t.app, &custodian.secret, "format=json")
        .await
        .body;
    let check = |name: &'static str, bytes: Vec<u8>| {
        let keeper = &keeper;
        async move {
            let r = keeper
                .post_form_file("/custodian/import", &[("action", "check")], name, bytes)
                .await;
            text(&r.body)
        }
    };
    let page = check("pocdir.json", export.into_bytes()).await;
    assert!(
        page.contains("pocdir.json")
            && !page.contains("Errors 1")
            && page.contains("Every row is in order"),
        "{page}"
    );
    assert_eq!(
        page.matches("Unchanged").count(),
        3,
        "two rows and the count: {page}"
    );

    // The Global IRT shape pocdir serves, read back the same.
    let (osce, secret) = app::sharing::register(&t.app, &custodian.actor, "OSCE")
        .await
        .unwrap();
    for (admin, code) in [(&fr, "FR"), (&de, "DE")] {
        let state = domain::StateCode::parse(code).unwrap();
        app::sharing::decide_sharing(&t.app, &admin.actor, state, &osce.id, "grant")
            .await
            .unwrap();
    }
    let teams = reqwest::Client::new()
        .get(format!("{}/api/v1/sync/teams", t.url))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page = check("teams.json", teams.into_bytes()).await;
    assert!(page.contains("Every row is in order"), "{page}");
    assert_eq!(page.matches("Unchanged").count(), 3, "{page}");

    // A team from another directory: what is missing is named, with the fix.
    let foreign = r#"[{"short-team-name": "CERT-EE", "official-team-name": "CERT Estonia",
        "country-code": "EE", "email": "cert@cert.ee.example.org", "phone-numbers": ["+372 663 0299"]}]"#;
    let page = check("first.json", foreign.as_bytes().to_vec()).await;
    assert!(page.contains("One row has an error"), "{page}");
    assert!(
        page.contains("Time zone: ") && page.contains("Working languages: "),
        "{page}"
    );

    // Files that cannot be read are refused whole, and say why.
    for (name, bytes, said) in [
        (
            "x.csv",
            b"state,colour\nFR,red\n".to_vec(),
            "The column \u{201c}colour\u{201d} is not one pocdir reads",
        ),
        (
            "x.csv",
            b"state,poc_type,entity\nFR,technical,X\n".to_vec(),
            "The column \u{201c}emails\u{201d} is missing",
        ),
        ("x.json", b"{\"teams\": 1}".to_vec(), "neither pocdir"),
        (
            "x.json",
            b"{\"entries\": [".to_vec(),
            "not well-formed JSON",
        ),
        ("x.csv", vec![0xff, 0xfe, 0x00], "not UTF-8"),
        ("x.csv", Vec::new(), "The file has no rows"),
    ] {
        let page = check(name, bytes).await;
        assert!(page.contains(said), "{said}: {page}");
    }
}

#[tokio::test]
async fn int2_pocdir_import_on_the_command_line() {
    let (t, custodian, fr, de) = two_states().await;
    publish(&t, &custodian, &fr, "FR", "cert@fr.example.org", "en").await;
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "de").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("osce.csv");
    // Awaited, so that the server in this same process goes on working
    // (and releases the database) while the command runs.
    let run = async |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_pocdir"))
            .arg("import")
            .arg(&file)
            .args(args)
            .env("POCDIR_DATABASE_URL", &t.db_url)
            .env("POCDIR_MESSAGES__KEY", &t.app.config().messages.key)
            .output()
            .await
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), said)
    };
    std::fs::write(&file, osce_file(true)).unwrap();
    let before = written(&t).await;
    let (ok, said) = run(&["--as", "custodian@un.example.org", "--apply"]).await;
    assert!(!ok, "{said}");
    for line in [
        "row     2  FR  CERT FR: update of",
        "phones: \"+33 1 23 45 67 89 24/7\" -> \"+33 1 71 75 84 68 24/7\"",
        "row     3  FR",
        ": new",
        "row     4  DE  CERT DE: unchanged",
        "row     5  XX  Nowhere CERT: error",
        "row     6  DE  BSI: error",
        "emails: ",
        "1 new, 1 updates, 1 unchanged, 2 in error",
        "nothing was written",
    ] {
        assert!(said.contains(line), "{line}: {said}");
    }
    assert_eq!(written(&t).await, before);
    let (ok, said) = run(&["--as", "admin@fr.example.org"]).await;
    assert!(!ok && said.contains("not an active custodian"), "{said}");

    std::fs::write(&file, osce_file(false)).unwrap();
    let (ok, said) = run(&["--as", "custodian@un.example.org"]).await;
    assert!(
        ok && said.contains("dry run: nothing was written"),
        "{said}"
    );
    assert_eq!(written(&t).await, before);
    let (ok, said) = run(&[
        "--as",
        "custodian@un.example.org",
        "--apply",
        "--source",
        "OSCE 2026-12",
    ])
    .await;
    assert!(ok && said.contains("submitted"), "{said}");
    let pending = pending_changes(&t.app, &custodian.actor).await;
    assert_eq!(pending.len(), 2);
    assert_eq!(
        pending[0].version.on_behalf_ref.as_deref(),
        Some("import: OSCE 2026-12")
    );
    let (ok, said) = run(&["--as", "custodian@un.example.org", "--apply"]).await;
    assert!(
        ok && said.contains("0 new, 0 updates, 3 unchanged"),
        "{said}"
    );
}
