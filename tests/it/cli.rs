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

/// `pocdir user create` of a custodian with this email, reading `password`.
fn create_user(db: &str, email: &str, password: &str) -> (bool, String, String) {
    pocdir(
        &["user", "create", "--email", email, "--name", "C"],
        db,
        &format!("{password}\n"),
    )
}

/// A passphrase that the password rules accept.
const PASSPHRASE: &str = "a long custodian passphrase in Geneva";

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
    let (ok, _, err) = create_user(&db, "c@un.example.org", PASSPHRASE);
    assert!(!ok && err.contains("`pocdir migrate` makes one"), "{err}");
    let (ok, _, err) = pocdir(&["migrate"], &db, "");
    assert!(ok, "{err}");
    let (ok, _, err) = create_user(&db, "c@un.example.org", "password123");
    assert!(
        !ok && err.contains("password: The password must have at least 12 characters"),
        "{err}"
    );
    let (ok, out, err) = create_user(&db, "c@un.example.org", PASSPHRASE);
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
    let pass = format!("{PASSPHRASE}\n");
    let create = |extra: &[&str]| {
        let mut args = vec!["user", "create", "--name", "C"];
        args.extend_from_slice(extra);
        pocdir(&args, &db, &pass)
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

/// NFR-6: a backup never overwrites; a restore proves the backup sound
/// (SQLite's integrity check, then the audit chain) before it replaces
/// anything, keeps the database it replaces, and is refused while a server
/// uses the database.
#[tokio::test]
async fn nfr6_backup_and_restore_of_the_embedded_database() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.db");
    let db = format!("sqlite:{}", file.display());
    assert!(pocdir(&["migrate"], &db, "").0);
    let create = |email: &str| create_user(&db, email, PASSPHRASE);
    assert!(create("first@un.example.org").0);
    let backup = dir.path().join("b.db");
    let b = backup.to_str().unwrap();
    assert!(pocdir(&["backup", "--to", b], &db, "").0);
    let (ok, _, err) = pocdir(&["backup", "--to", b], &db, "");
    assert!(!ok && err.contains("exists already"), "{err}");
    assert!(create("second@un.example.org").0);

    // A damaged file and a rewritten audit log are refused; nothing changes.
    let damaged = dir.path().join("damaged.db");
    let mut bytes = std::fs::read(&backup).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 4096].fill(0x5a);
    std::fs::write(&damaged, bytes).unwrap();
    let tampered = dir.path().join("tampered.db");
    std::fs::copy(&backup, &tampered).unwrap();
    {
        let t = store::Db::connect(&format!("sqlite:{}", tampered.display()))
            .await
            .unwrap();
        let mut c = t.conn().await.unwrap();
        c.exec(
            "UPDATE audit_log SET detail = '{\"role\":\"member\"}' WHERE action = 'user.created'",
            store::args![],
        )
        .await
        .unwrap();
        drop(c);
        t.close().await;
    }
    // Where the zeroed page falls decides whether SQLite opens the file at
    // all; either way the restore names the damage.
    for (bad, said) in [
        (&damaged, &["damaged", "malformed"][..]),
        (&tampered, &["audit log is broken at entry"][..]),
    ] {
        let (ok, _, err) = pocdir(&["restore", "--from", bad.to_str().unwrap()], &db, "");
        assert!(
            !ok && said.iter().any(|s| err.contains(s)) && err.contains("nothing was replaced"),
            "{err}"
        );
        let (ok, _, _) = pocdir(
            &["user", "disable", "--email", "second@un.example.org"],
            &db,
            "",
        );
        assert!(ok, "the database is as it was");
    }

    // Refused while a server uses the database.
    let listen = format!("127.0.0.1:{}", crate::helpers::free_port());
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_pocdir"))
        .arg("serve")
        .env("POCDIR_DATABASE_URL", &db)
        .env("POCDIR_LISTEN", &listen)
        .env(
            "POCDIR_MESSAGES__KEY",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        )
        .env("POCDIR_CHECKS__SCHEDULE_MONTHS", "[]")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if reqwest::get(format!("http://{listen}/healthz"))
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let (ok, _, refused) = pocdir(&["restore", "--from", b], &db, "");
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        !ok && refused.contains("a server is using")
            && refused.contains("stop it before restoring"),
        "{refused}"
    );

    // Restored: the account made after the backup is gone; the replaced
    // database is kept beside.
    let (ok, out, err) = pocdir(&["restore", "--from", b], &db, "");
    assert!(ok, "{err}");
    assert!(out.contains("kept as"), "{out}");
    let (ok, _, err) = pocdir(
        &["user", "disable", "--email", "second@un.example.org"],
        &db,
        "",
    );
    assert!(!ok && err.contains("There is no account"), "{err}");
    let (ok, out, _) = pocdir(&["audit", "verify"], &db, "");
    assert!(ok && out.contains("intact"), "{out}");
    let kept = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("p.db.replaced-")
        });
    assert!(kept);
    assert!(backup.is_file(), "the backup itself is left as it was");
}

/// NFR-6: a PostgreSQL installation is backed up with pg_dump and restored
/// with pg_restore, as the README says; the restored database is whole.
#[tokio::test]
async fn nfr6_postgresql_backup_with_pg_dump_and_pg_restore() {
    let source = crate::helpers::new_pg_database().await;
    assert!(pocdir(&["migrate"], &source, "").0);
    let (ok, _, err) = create_user(&source, "c@un.example.org", PASSPHRASE);
    assert!(ok, "{err}");
    let dump = tempfile::tempdir().unwrap();
    let file = dump.path().join("pocdir.dump");
    let succeeds = |cmd: &mut Command| {
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let file = file.to_str().unwrap();
    succeeds(Command::new("pg_dump").args([
        "--format=custom",
        "--no-owner",
        "--file",
        file,
        &source,
    ]));
    let target = crate::helpers::new_pg_database().await;
    succeeds(Command::new("pg_restore").args(["--no-owner", "--dbname", &target, file]));
    let (ok, out, err) = pocdir(&["audit", "verify"], &target, "");
    assert!(ok && out.contains("intact: 1 entries"), "{out}{err}");
    let (ok, _, err) = create_user(&target, "c@un.example.org", PASSPHRASE);
    assert!(
        !ok && err.contains("exists already"),
        "the account came along: {err}"
    );
}

/// NFR-6: the PostgreSQL role and database the README tells an operator to
/// make are enough for `pocdir migrate` and `serve`: a role that owns its
/// database, nothing more (no superuser).
#[tokio::test]
async fn nfr6_the_documented_postgresql_role_is_enough() {
    use sqlx::Executor;
    let admin = crate::helpers::pg_admin_url();
    let pool = sqlx::PgPool::connect(&admin).await.unwrap();
    let name = format!("pocdir_{}", uuid::Uuid::now_v7().simple());
    for sql in [
        format!("CREATE ROLE {name} LOGIN PASSWORD 'a long database passphrase'"),
        format!("CREATE DATABASE {name} OWNER {name}"),
    ] {
        pool.execute(sqlx::AssertSqlSafe(sql)).await.unwrap();
    }
    pool.close().await;
    let host = admin
        .rsplit_once('@')
        .map(|(_, h)| h.rsplit_once('/').map_or(h, |(h, _)| h))
        .unwrap();
    let url = format!("postgres://{name}:a%20long%20database%20passphrase@{host}/{name}");
    let (ok, out, err) = pocdir(&["migrate"], &url, "");
    assert!(ok && out.contains("up to date"), "{out}{err}");
    let (ok, _, err) = create_user(&url, "c@un.example.org", PASSPHRASE);
    assert!(ok, "{err}");
    let (ok, out, _) = pocdir(&["audit", "verify"], &url, "");
    assert!(ok && out.contains("intact"), "{out}");
}

/// Each table's rows in a database, by name.
async fn counts(url: &str, tables: &[String]) -> Vec<(String, i64)> {
    let db = store::Db::connect(url).await.unwrap();
    let mut c = db.conn().await.unwrap();
    let mut out = Vec::new();
    for t in tables {
        let sql = store::Sql::assembled(format!("SELECT COUNT(*) AS n FROM \"{t}\""));
        let n = c.one::<store::Count>(sql, store::args![]).await.unwrap().n;
        out.push((t.clone(), n));
    }
    drop(c);
    db.close().await;
    out
}

/// NFR-6: `pocdir db copy` moves a pilot on the embedded database to
/// PostgreSQL with every row, proves the audit chain there, and writes
/// nothing unless all of it goes across.
#[tokio::test]
async fn nfr6_db_copy_moves_an_embedded_installation_to_postgresql() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = Command::new(env!("CARGO_BIN_EXE_pocdir"))
        .args(["demo", "--load-only", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(loaded.status.success());
    let file = dir.path().join("pocdir.db");
    let db = format!("sqlite:{}", file.display());
    let copy = |to: &str| pocdir(&["db", "copy", "--to", to], &db, "");

    let (ok, _, err) = copy("sqlite:/tmp/elsewhere.db");
    assert!(!ok && err.contains("takes a PostgreSQL URL"), "{err}");
    let target = crate::helpers::new_pg_database().await;
    {
        // As a running server holds it.
        let lock = std::fs::File::create(dir.path().join("pocdir.db.lock")).unwrap();
        lock.lock_shared().unwrap();
        let (ok, _, err) = copy(&target);
        assert!(!ok && err.contains("a server is using"), "{err}");
    }

    let sqlite = sqlx::SqlitePool::connect(&db).await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&sqlite)
    .await
    .unwrap();
    sqlite.close().await;
    let (ok, out, err) = copy(&target);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("the audit log verifies on PostgreSQL"),
        "{out}"
    );
    let before = counts(&db, &tables).await;
    assert_eq!(before, counts(&target, &tables).await);
    for table in ["pocs", "poc_versions", "audit_log", "users", "states"] {
        let n = before.iter().find(|(t, _)| t == table).unwrap().1;
        assert!(n > 0, "the demo has {table} to copy");
    }
    let entries = before.iter().find(|(t, _)| t == "audit_log").unwrap().1;
    let (ok, said, _) = pocdir(&["audit", "verify"], &target, "");
    assert!(
        ok && said.contains(&format!("intact: {entries} entries")),
        "{said}"
    );

    // A second copy onto data is refused, and changes nothing there.
    let (ok, _, err) = copy(&target);
    assert!(!ok && err.contains("already holds data"), "{err}");
    assert_eq!(before, counts(&target, &tables).await);

    // A source whose audit log was rewritten does not go across at all.
    let sqlite = sqlx::SqlitePool::connect(&db).await.unwrap();
    sqlx::query("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
        .execute(&sqlite)
        .await
        .unwrap();
    sqlite.close().await;
    let fresh = crate::helpers::new_pg_database().await;
    let (ok, _, err) = copy(&fresh);
    assert!(
        !ok && err.contains("does not verify on the target (entry 2"),
        "{err}"
    );
    let kept = ["users", "audit_log", "pocs", "poc_versions"].map(String::from);
    assert!(counts(&fresh, &kept).await.iter().all(|(_, n)| *n == 0));
}
