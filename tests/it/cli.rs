//! The binary's commands: the demo loads and explains how to sign in, the
//! first custodian is created from the command line, backups are written.

use std::io::Write;
use std::process::{Command, Stdio};

fn pocdir(args: &[&str], db: &str, stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocdir"))
        .args(args)
        .env("POCDIR_DATABASE_URL", db)
        .env(
            "POCDIR_MESSAGES__KEY",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn demo_loads_and_prints_how_to_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let (ok, out, err) = pocdir(
        &["demo", "--load-only", "--data-dir", data.to_str().unwrap()],
        "unused",
        "",
    );
    assert!(ok, "{err}");
    assert!(out.contains("Demo dataset loaded"));
    assert!(out.contains(app::demo::PASSWORD));
    for (email, _, _, _, secret) in app::demo::ACCOUNTS {
        assert!(
            out.contains(email) && out.contains(secret),
            "{email} is explained"
        );
    }
    assert!(out.contains("/outbox"));
    assert!(data.join("pocdir.db").is_file());
    // A second start keeps the data and says how to sign in again.
    let (ok, out, _) = pocdir(
        &["demo", "--load-only", "--data-dir", data.to_str().unwrap()],
        "unused",
        "",
    );
    assert!(ok && !out.contains("Demo dataset loaded") && out.contains(app::demo::PASSWORD));
}

#[test]
fn first_custodian_from_the_command_line_and_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("p.db").display());
    let (ok, _, err) = pocdir(
        &[
            "user",
            "create",
            "--email",
            "c@un.example.org",
            "--name",
            "C",
        ],
        &db,
        "a long custodian passphrase in Geneva\n",
    );
    assert!(!ok && err.contains("`pocdir migrate` makes one"), "{err}");
    let (ok, _, err) = pocdir(&["migrate"], &db, "");
    assert!(ok, "{err}");
    let (ok, _, err) = pocdir(
        &[
            "user",
            "create",
            "--email",
            "c@un.example.org",
            "--name",
            "C",
        ],
        &db,
        "password123\n",
    );
    assert!(!ok && err.contains("password: The password must have at least 12 characters"), "{err}");
    let (ok, out, err) = pocdir(
        &[
            "user",
            "create",
            "--email",
            "c@un.example.org",
            "--name",
            "C",
        ],
        &db,
        "a long custodian passphrase in Geneva\n",
    );
    assert!(ok, "{err}");
    assert!(
        regex_lite::Regex::new(r"TOTP secret to enrol: [A-Z2-7]{32}")
            .unwrap()
            .is_match(&out),
        "{out}"
    );
    let backup = dir.path().join("backup.db");
    let (ok, _, err) = pocdir(&["backup", "--to", backup.to_str().unwrap()], &db, "");
    assert!(ok && backup.is_file(), "{err}");
    let (ok, out, _) = pocdir(
        &["audit", "verify"],
        &format!("sqlite:{}", backup.display()),
        "",
    );
    assert!(
        ok && out.contains("intact"),
        "the backup is a working database: {out}"
    );
    // A mistyped path is refused rather than creating a database somewhere unexpected.
    let (ok, _, err) = pocdir(&["migrate"], "sqlite:/no/such/folder/p.db", "");
    assert!(!ok && err.contains("does not exist"), "{err}");
}

/// A mistyped sender would make every email unbuildable, and every checked
/// POC look unreachable; a mistyped proxy would silently trust no one. Both
/// are refused at start-up, naming the setting.
#[test]
fn nfr5_mistyped_settings_are_refused_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("p.db").display());
    for (var, value, named) in [
        (
            "POCDIR_MAIL__FROM",
            "pocdir <noreply@@example.org",
            "mail.from",
        ),
        (
            "POCDIR_TRUSTED_PROXIES",
            "[\"10.0.0.0/33\"]",
            "trusted_proxies",
        ),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pocdir"))
            .arg("migrate")
            .env("POCDIR_DATABASE_URL", &db)
            .env(var, value)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{var} accepted");
        assert!(err.contains(named), "{err}");
    }
}

/// NFR-5: a setting cannot silently go wrong. A mistyped key or section is
/// named with the one probably meant; any setting may come from a file; a
/// command that only reads never makes a database (an audit of an empty
/// one would be a false all-clear); an unreachable PostgreSQL is named at
/// once, with the cause.
#[test]
fn nfr5_settings_cannot_silently_go_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.db");
    let db = format!("sqlite:{}", file.display());
    let config = dir.path().join("pocdir.toml");
    for (toml, said) in [
        (
            "pubic_url = \"https://pocdir.example.org\"\n",
            "unknown setting pubic_url; did you mean public_url?",
        ),
        (
            "[mail]\nsmtp_hots = \"mx.example.org\"\n",
            "unknown setting mail.smtp_hots; did you mean mail.smtp_host?",
        ),
        (
            "[mial]\nfrom = \"pocdir <noreply@example.org>\"\n",
            "unknown section [mial]; did you mean [mail]?",
        ),
    ] {
        std::fs::write(&config, toml).unwrap();
        let (ok, _, err) = pocdir(&["migrate", "--config", config.to_str().unwrap()], &db, "");
        assert!(!ok && err.contains(said), "{toml}: {err}");
        assert!(!file.exists(), "nothing is made on a refused start");
    }

    let url_file = dir.path().join("url.txt");
    std::fs::write(&url_file, "ftp://pocdir.example.org\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pocdir"))
        .arg("migrate")
        .env("POCDIR_DATABASE_URL", &db)
        .env("POCDIR_PUBLIC_URL_FILE", &url_file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "read from the file, and refused");
    assert!(
        err.contains("ftp://pocdir.example.org") && err.contains("https://pocdir.example.org"),
        "the error says what is accepted: {err}"
    );

    for args in [
        &["audit", "verify"][..],
        &["backup", "--to", "b.db"],
        &["rekey"],
    ] {
        let (ok, out, err) = pocdir(args, &db, "");
        assert!(
            !ok && err.contains("there is no database"),
            "{args:?}: {out}{err}"
        );
        assert!(!file.exists(), "{args:?} made no database");
    }

    let started = std::time::Instant::now();
    let (ok, _, err) = pocdir(&["migrate"], "postgres://pocdir@127.0.0.1:9/pocdir", "");
    assert!(!ok && err.contains("PostgreSQL at 127.0.0.1:9"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
}

/// NFR-6: accounts from the shell. Impossible combinations and bad
/// addresses are refused with a sentence; the enrolment is printed as a
/// URI and a QR code; and when the only custodian has lost the
/// authenticator and the recovery codes, the operator disables an account
/// or resets its second factor, each audited.
#[tokio::test]
async fn nfr6_accounts_from_the_shell_and_break_glass() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("p.db").display());
    assert!(pocdir(&["migrate"], &db, "").0);
    let pass = "a long custodian passphrase in Geneva\n";
    let create = |extra: &[&str]| {
        let mut args = vec!["user", "create", "--name", "C"];
        args.extend_from_slice(extra);
        pocdir(&args, &db, pass)
    };
    for (extra, said) in [
        (
            &["--email", "c@un.example.org", "--state", "FR"][..],
            "A custodian belongs to no State",
        ),
        (
            &["--email", "a@fr.example.org", "--role", "national_admin"],
            "give its ISO code with --state",
        ),
        (&["--email", "not an address"], "email:"),
        (
            &["--email", "c@un.example.org", "--role", "king"],
            "custodian, national_admin or member",
        ),
    ] {
        let (ok, out, err) = create(extra);
        assert!(!ok && err.contains(said), "{extra:?}: {out}{err}");
        assert!(
            !err.contains("Sql") && !err.contains("{ "),
            "a sentence, not debug text: {err}"
        );
    }
    let (ok, out, err) = create(&["--email", "c@un.example.org"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("otpauth://totp/") && out.contains('█'),
        "{out}"
    );
    let first = out.clone();
    let (ok, _, err) = create(&["--email", "c@un.example.org"]);
    assert!(!ok && err.contains("exists already"), "{err}");

    let (ok, out, err) = pocdir(
        &["user", "reset-second-factor", "--email", "c@un.example.org"],
        &db,
        "",
    );
    assert!(ok, "{err}");
    let secret = |s: &str| {
        regex_lite::Regex::new(r"TOTP secret to enrol: ([A-Z2-7]{32})")
            .unwrap()
            .captures(s)
            .unwrap()[1]
            .to_string()
    };
    assert_ne!(secret(&out), secret(&first), "a new secret");
    let (ok, _, err) = pocdir(&["user", "disable", "--email", "c@un.example.org"], &db, "");
    assert!(ok, "{err}");
    let (ok, _, err) = pocdir(
        &["user", "reset-second-factor", "--email", "c@un.example.org"],
        &db,
        "",
    );
    assert!(!ok && err.contains("not active"), "{err}");
    let (ok, _, err) = pocdir(&["user", "disable", "--email", "x@un.example.org"], &db, "");
    assert!(!ok && err.contains("There is no account"), "{err}");

    let store = store::Db::connect(&db).await.unwrap();
    let mut c = store.conn().await.unwrap();
    let actions: Vec<(String, String)> = store::audit::recent(&mut c, 20, None)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.action, r.detail))
        .collect();
    for action in ["user.mfa_reset", "user.disabled"] {
        assert!(
            actions
                .iter()
                .any(|(a, d)| a == action && d.contains("command line")),
            "{action}: {actions:?}"
        );
    }
}
