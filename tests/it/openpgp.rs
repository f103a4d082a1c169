//! DIR-3: OpenPGP keys on entries, checked against GnuPG, an independent
//! implementation, in a throwaway home directory.

use crate::helpers::*;

const DAY: i64 = 24 * 60 * 60 * 1000;

/// GnuPG with a home directory of its own, removed with the test.
struct Gpg(tempfile::TempDir);

impl Gpg {
    fn new() -> Gpg {
        Gpg(tempfile::tempdir().unwrap())
    }

    async fn run(&self, args: &[&str]) -> String {
        String::from_utf8(self.bytes(args).await).unwrap()
    }

    /// What GnuPG writes, as it is (a binary key, for instance).
    async fn bytes(&self, args: &[&str]) -> Vec<u8> {
        let out = tokio::process::Command::new("gpg")
            .arg("--homedir")
            .arg(self.0.path())
            .args(["--batch", "--pinentry-mode", "loopback", "--passphrase", ""])
            .args(args)
            .output()
            .await
            .expect("gpg runs");
        assert!(
            out.status.success(),
            "gpg {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// The primary key's fingerprint, as GnuPG prints it.
    async fn fingerprint(&self, uid: &str) -> String {
        self.run(&["--with-colons", "--list-keys", uid])
            .await
            .lines()
            .find_map(|l| l.strip_prefix("fpr:"))
            .map(|r| r.trim_matches(':').to_string())
            .unwrap()
    }

    async fn export(&self, uid: &str) -> String {
        self.run(&["--armor", "--export", uid]).await
    }

    async fn stop(&self) {
        let _ = tokio::process::Command::new("gpgconf")
            .arg("--homedir")
            .arg(self.0.path())
            .args(["--kill", "all"])
            .status()
            .await;
    }
}

/// The nomination form of France's CERT at cert@fr.example.org, with a key
/// and a typed fingerprint.
fn with_key(key: &str, fingerprint: &str) -> Vec<(&'static str, String)> {
    let mut form = nomination("CERT-FR");
    form.retain(|(k, _)| *k != "emails");
    form.push(("emails", "cert@fr.example.org".into()));
    form.push(("pgp_key", key.into()));
    form.push(("pgp_fingerprint", fingerprint.into()));
    form
}

#[tokio::test]
async fn dir3_keys_made_by_gnupg_are_checked_shown_downloaded_and_reminded() {
    let (t, custodian, admin_fr, _admin_de) = two_states().await;
    let gpg = Gpg::new();
    let uid = "CERT-FR <cert@fr.example.org>";
    gpg.run(&["--quick-gen-key", uid, "future-default", "default", "2y"])
        .await;
    gpg.run(&[
        "--quick-gen-key",
        "Signing only <sign@fr.example.org>",
        "ed25519",
        "sign",
        "2y",
    ])
    .await;
    gpg.run(&[
        "--faked-system-time",
        "20200101T000000",
        "--quick-gen-key",
        "Old CERT <old@fr.example.org>",
        "future-default",
        "default",
        "1y",
    ])
    .await;
    let good = gpg.export("cert@fr.example.org").await;
    let fingerprint = gpg.fingerprint("cert@fr.example.org").await;
    let private = gpg
        .run(&["--armor", "--export-secret-keys", "cert@fr.example.org"])
        .await;
    let admin = t.signed_in(&admin_fr).await;

    // Each refusal names its reason and stores nothing.
    let refusals = [
        (gpg.export("sign@fr.example.org").await, "", "can only sign"),
        (gpg.export("old@fr.example.org").await, "", "has expired"),
        (private.clone(), "", "This is a private key"),
        (
            "not a key at all".to_string(),
            "",
            "not a readable OpenPGP public key",
        ),
        ("A".repeat(70_000), "", "larger than 64 KB"),
        (
            good.clone(),
            "0123456789ABCDEF0123456789ABCDEF01234567",
            &fingerprint[..],
        ),
    ];
    for (key, typed, reason) in &refusals {
        let r = admin
            .post("/states/FR/pocs/new", &fields(&with_key(key, typed)))
            .await;
        assert_eq!(r.status, 422, "{reason}");
        assert!(
            text(&r.body).contains(reason),
            "{reason}: {}",
            text(&r.body)
        );
        assert!(
            !r.body.contains("PRIVATE KEY BLOCK"),
            "a private key is not sent back"
        );
    }
    assert_eq!(t.count("poc_versions").await, 0);
    let mut c = t.db.conn().await.unwrap();
    let kept: store::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM audit_log WHERE detail LIKE '%PRIVATE KEY%'",
            store::args![],
        )
        .await
        .unwrap();
    assert_eq!(kept.n, 0, "a private key is never kept");
    drop(c);

    // A key file GnuPG wrote without --armor is refused with the way to
    // write one as text; GnuPG's text file is accepted, and its fingerprint
    // is GnuPG's own.
    let upload = |bytes: Vec<u8>| {
        let form = with_key("", "");
        let admin = &admin;
        async move {
            admin
                .post_form_part(
                    "/states/FR/pocs/new",
                    &fields(&form),
                    "pgp_key_file",
                    "cert-fr.asc",
                    bytes,
                )
                .await
        }
    };
    let binary = gpg.bytes(&["--export", "cert@fr.example.org"]).await;
    let r = upload(binary).await;
    assert_eq!(r.status, 422);
    assert!(
        text(&r.body).contains("gpg --armor --export"),
        "{}",
        text(&r.body)
    );
    assert_eq!(t.count("poc_versions").await, 0);
    let r = upload(good.clone().into_bytes()).await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let change = pending_changes(&t.app, &custodian.actor).await.remove(0);
    let keeper = t.signed_in(&custodian).await;
    let review = text(
        &keeper
            .get(&format!("/custodian/changes/{}", change.version.id))
            .await
            .body,
    );
    assert!(
        review.contains(&fingerprint),
        "the change shows the fingerprint: {review}"
    );
    assert!(
        !review.contains("BEGIN PGP"),
        "never the key's text: {review}"
    );
    app::directory::verify(
        &t.app,
        &custodian.actor,
        &change.version.id,
        "note_verbale",
        "REF",
    )
    .await
    .unwrap();
    let entry = app::directory::state_entries(
        &t.app,
        &admin_fr.actor,
        domain::StateCode::parse("FR").unwrap(),
    )
    .await
    .unwrap()
    .remove(0);
    assert_eq!(
        entry.fields.pgp_fingerprint.as_deref(),
        Some(fingerprint.as_str())
    );
    let expires = entry
        .fields
        .pgp_expires_at
        .expect("GnuPG's key expires in two years");
    assert!((700 * DAY..740 * DAY).contains(&(expires - t.app.now())));
    let page = text(&admin.get(&format!("/pocs/{}", entry.id)).await.body);
    assert!(
        page.contains(&fingerprint) && page.contains("Expires on"),
        "{page}"
    );
    assert!(
        !page.contains("names one of the entry"),
        "its user id names the address"
    );

    // The download is the key GnuPG made: another GnuPG imports it.
    let download = admin.get(&format!("/pocs/{}/key.asc", entry.id)).await;
    assert_eq!(download.status, 200);
    let other = Gpg::new();
    let file = other.0.path().join("key.asc");
    std::fs::write(&file, &download.body).unwrap();
    other.run(&["--import", file.to_str().unwrap()]).await;
    assert_eq!(other.fingerprint("cert@fr.example.org").await, fingerprint);

    // Thirty days before it expires, and once it has, France is reminded, once each.
    t.app.clock().advance(expires - t.app.now() - 29 * DAY);
    assert_eq!(t.op.jobs_round().await.key_reminders, 1);
    assert_eq!(t.op.jobs_round().await.key_reminders, 0);
    let soon = t.email("admin@fr.example.org", "expires on").await;
    assert!(soon.body.contains(&fingerprint), "{}", soon.body);
    t.app.clock().advance(30 * DAY);
    assert_eq!(t.op.jobs_round().await.key_reminders, 1);
    t.email("admin@fr.example.org", "has expired").await;
    let page = text(
        &t.signed_in(&admin_fr)
            .await
            .get(&format!("/pocs/{}", entry.id))
            .await
            .body,
    );
    assert!(page.contains("This key has expired"), "{page}");
    gpg.stop().await;
    other.stop().await;
}

/// The signed part and the signature of a PGP/MIME message (RFC 3156),
/// the part in canonical form (CRLF), as a verifier reads it.
fn signed_parts(raw: &[u8]) -> (Vec<u8>, String) {
    let raw = String::from_utf8_lossy(raw).replace("\r\n", "\n");
    let boundary = raw
        .split("boundary=\"")
        .nth(1)
        .and_then(|b| b.split('"').next())
        .expect("a multipart message");
    let parts: Vec<&str> = raw.split(&format!("--{boundary}")).collect();
    let signed = parts[1]
        .strip_prefix('\n')
        .and_then(|p| p.strip_suffix('\n'))
        .unwrap();
    let signature = parts[2];
    let start = signature.find("-----BEGIN PGP SIGNATURE-----").unwrap();
    let end = signature.find("-----END PGP SIGNATURE-----").unwrap() + 27;
    (
        signed.replace('\n', "\r\n").into_bytes(),
        signature[start..end].to_string(),
    )
}

/// MSG-3: with a key of its own, pocdir signs every email; GnuPG verifies
/// a check's signature with the key every page points to, and refuses the
/// same text altered.
#[tokio::test]
async fn msg3_every_email_is_signed_and_gnupg_verifies_the_signature() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("mail.asc");
    let key = app::mail::generate("Directory of Points of Contact <noreply@pocdir.example.org>");
    std::fs::write(&key_file, key.unwrap()).unwrap();
    let path = key_file.clone();
    let t = TestApp::spawn_with(move |c| c.mail.signing_key_file = path).await;
    let (t, custodian, admin_fr, _admin_de) = two_states_on(t).await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    app::checks::launch(&t.app, &custodian.actor, &Default::default())
        .await
        .unwrap();
    let check = t.email("cert@fr.example.org", "").await;

    // Every page shows the fingerprint and offers the key; so does the email.
    let (fingerprint, _) = t.app.mail_key().unwrap();
    let spaced = app::mail::spaced(fingerprint);
    let home = t.browser().get("/").await;
    assert!(
        home.body.contains(&spaced),
        "the home page shows the fingerprint"
    );
    let guide = text(&t.browser().get("/guide").await.body);
    assert!(guide.contains("Telling our emails from imitations") && guide.contains(&spaced));
    assert!(check.body.contains(&spaced), "{}", check.body);
    let public = t.browser().get("/pocdir-mail-key.asc").await;
    assert_eq!(public.status, 200);
    assert!(!public.body.contains("PRIVATE"), "only the public key");

    let gpg = Gpg::new();
    let key = gpg.0.path().join("pocdir.asc");
    std::fs::write(&key, &public.body).unwrap();
    gpg.run(&["--import", key.to_str().unwrap()]).await;
    assert_eq!(
        gpg.fingerprint("noreply@pocdir.example.org").await,
        fingerprint
    );
    let (signed, signature) = signed_parts(&check.raw);
    let (data, sig) = (gpg.0.path().join("part"), gpg.0.path().join("part.asc"));
    std::fs::write(&data, &signed).unwrap();
    std::fs::write(&sig, &signature).unwrap();
    let verify = |data: std::path::PathBuf| {
        let (home, sig) = (gpg.0.path().to_path_buf(), sig.clone());
        async move {
            tokio::process::Command::new("gpg")
                .arg("--homedir")
                .arg(home)
                .args(["--batch", "--status-fd", "1", "--verify"])
                .arg(sig)
                .arg(data)
                .output()
                .await
                .unwrap()
        }
    };
    let good = verify(data.clone()).await;
    let status = String::from_utf8_lossy(&good.stdout);
    assert!(
        good.status.success() && status.contains("GOODSIG"),
        "{status}"
    );
    let altered = String::from_utf8_lossy(&signed).replacen("text/plain", "text/plaim", 1);
    let forged = gpg.0.path().join("forged");
    std::fs::write(&forged, altered).unwrap();
    let bad = verify(forged).await;
    assert!(!bad.status.success(), "an altered email does not verify");
    gpg.stop().await;
}

/// MSG-3: a communication to an entry with an OpenPGP key reaches it
/// encrypted (PGP/MIME), and GnuPG, holding the secret key, reads the
/// content; nothing of it is in clear in the email or the outbox. Once the
/// key has expired, the email goes without content, the sender sees why on
/// the thread, and the receiving State's administrators are told.
#[tokio::test]
async fn msg3_content_goes_encrypted_to_the_entrys_key_and_gnupg_reads_it() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "en").await;
    let gpg = Gpg::new();
    let uid = "CERT-DE <cert@de.example.org>";
    gpg.run(&["--quick-gen-key", uid, "future-default", "default", "3d"])
        .await;
    let input = domain::poc::PocInput {
        poc_type: "technical".into(),
        entity: "CERT DE".into(),
        emails: "cert@de.example.org".into(),
        languages: "en".into(),
        timezone: "Europe/Berlin".into(),
        submission_language: "en".into(),
        pgp_key: gpg.export("cert@de.example.org").await,
        ..Default::default()
    };
    let create = app::directory::ChangeKind::Create;
    verified_change(&t, &custodian, &admin_de, "DE", create, &input).await;
    let compose = |nature: &str| app::messages::Compose {
        to: "DE".into(),
        template_key: "incident".into(),
        template_version: "1".into(),
        urgency: "high".into(),
        tlp: "amber".into(),
        poc_types: vec!["technical".into()],
        fields: vec![
            ("nature".into(), nature.into()),
            ("description".into(), "Details follow".into()),
        ],
        ..Default::default()
    };
    let first = app::messages::send(&t.app, &admin_fr.actor, &compose("Ransomware note one"))
        .await
        .unwrap()
        .remove(0);
    // What GnuPG reads of an email that must be encrypted.
    let decrypted = |mail: Mail| {
        let gpg = &gpg;
        async move {
            let raw = String::from_utf8_lossy(&mail.raw).replace("\r\n", "\n");
            assert!(raw.contains("multipart/encrypted"), "{raw}");
            let start = raw.find("-----BEGIN PGP MESSAGE-----").unwrap();
            let end = raw.find("-----END PGP MESSAGE-----").unwrap() + 25;
            let file = gpg.0.path().join("message.asc");
            std::fs::write(&file, &raw[start..end]).unwrap();
            (raw, gpg.run(&["--decrypt", file.to_str().unwrap()]).await)
        }
    };
    let (raw, plain) = decrypted(t.email("cert@de.example.org", "").await).await;
    assert!(!raw.contains("Ransomware note one"), "never in clear");
    assert!(plain.contains("Ransomware note one"), "{plain}");
    assert!(!plain.contains("does not contain"), "{plain}");
    assert!(plain.contains(&format!("/messages/{first}")), "{plain}");
    let mut c = t.db.conn().await.unwrap();
    let stored: store::Count = c
        .one(
            "SELECT COUNT(*) AS n FROM outbox WHERE body LIKE '%Ransomware note%'",
            store::args![],
        )
        .await
        .unwrap();
    assert_eq!(stored.n, 0, "the outbox holds the content only encrypted");
    drop(c);

    // France's reply reaches the same key the same way.
    app::messages::reply(
        &t.app,
        &admin_fr.actor,
        &first,
        "Second indicator 203.0.113.5",
    )
    .await
    .unwrap();
    t.settle().await;
    let mut replies = Vec::new();
    for mail in t.emails_to("cert@de.example.org") {
        let (raw, plain) = decrypted(mail).await;
        assert!(!raw.contains("203.0.113.5"), "never in clear");
        replies.extend(plain.contains("203.0.113.5").then_some(plain));
    }
    assert_eq!(replies.len(), 1);
    assert!(
        replies[0].contains("Second indicator 203.0.113.5")
            && replies[0].contains("The reply follows, encrypted to your OpenPGP key")
            && !replies[0].contains("does not contain"),
        "{}",
        replies[0]
    );

    // Forwarded with France's consent to Italy, whose CERT has a key too:
    // the copy reaches it encrypted, content included.
    t.admit("IT").await;
    let admin_it = t
        .user(
            "admin@it.example.org",
            domain::Role::NationalAdmin,
            Some("IT"),
        )
        .await;
    let italy = domain::poc::PocInput {
        entity: "CERT IT".into(),
        emails: "cert@it.example.org".into(),
        timezone: "Europe/Rome".into(),
        ..input.clone()
    };
    let create = app::directory::ChangeKind::Create;
    verified_change(&t, &custodian, &admin_it, "IT", create, &italy).await;
    app::messages::ask_consent(&t.app, &admin_de.actor, &first, "IT", "All of it")
        .await
        .unwrap();
    let view = app::messages::thread(&t.app, &admin_fr.actor, &first, "en")
        .await
        .unwrap();
    let consent = view.consents[0].id.clone();
    app::messages::decide_consent(&t.app, &admin_fr.actor, &first, &consent, "grant")
        .await
        .unwrap();
    app::messages::forward(&t.app, &admin_de.actor, &first, &consent, "en")
        .await
        .unwrap();
    let (raw, plain) = decrypted(t.email("cert@it.example.org", "").await).await;
    assert!(!raw.contains("Ransomware note one"), "never in clear");
    assert!(plain.contains("Ransomware note one"), "{plain}");

    // Not acknowledged in time, it is escalated to Germany's diplomatic
    // POC, whose key receives it encrypted as well.
    let diplomatic = domain::poc::PocInput {
        poc_type: "diplomatic".into(),
        entity: "Foreign Office".into(),
        emails: "policy@de.example.org".into(),
        ..input.clone()
    };
    let create = app::directory::ChangeKind::Create;
    verified_change(&t, &custodian, &admin_de, "DE", create, &diplomatic).await;
    let high = t.app.config().messages.high_ack_minutes * 60_000;
    t.app.clock().advance(high + 60_000);
    t.op.jobs_round().await;
    let (raw, plain) = decrypted(t.email("policy@de.example.org", "").await).await;
    assert!(!raw.contains("Ransomware note one"), "never in clear");
    assert!(
        plain.contains("Ransomware note one") && plain.contains("not been acknowledged"),
        "{plain}"
    );

    // Four days on, the key has expired: mail does not stop, nor silently.
    t.app.clock().advance(4 * DAY);
    let second = app::messages::send(&t.app, &admin_fr.actor, &compose("Ransomware note two"))
        .await
        .unwrap()
        .remove(0);
    t.settle().await;
    let emails = t.emails_to("cert@de.example.org");
    assert_eq!(emails.len(), 3);
    let clear = emails
        .iter()
        .find(|m| !String::from_utf8_lossy(&m.raw).contains("multipart/encrypted"))
        .expect("the second email goes in clear, without content");
    assert!(
        !clear.body.contains("Ransomware note two"),
        "{}",
        clear.body
    );
    let view = app::messages::thread(&t.app, &admin_fr.actor, &second, "en")
        .await
        .unwrap();
    assert_eq!(
        view.key_problems,
        vec![("CERT DE".to_string(), "err-pgp-expired".to_string())]
    );
    let page = text(
        &t.signed_in(&admin_fr)
            .await
            .get(&format!("/messages/{second}"))
            .await
            .body,
    );
    assert!(page.contains("went without the content"), "{page}");
    t.email("admin@de.example.org", "without its content").await;
    gpg.stop().await;
}
