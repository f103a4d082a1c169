//! Passkeys (ACC-3) in headless Chromium, with the virtual authenticators
//! of WebDriver's WebAuthn extension: enrolment, sign-in, custodians made
//! to enrol, the last passkey kept, a removed passkey and a cloned one
//! refused, answers for another challenge or site refused, and TLP:RED
//! confirmed with a passkey.

use crate::browser::{chromium, fill, press, wait_for};
use crate::helpers::*;
use crate::languages::choose_language;
use crate::layout::look;
use fantoccini::Client;
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{Value, json};

/// A command of WebDriver's WebAuthn extension, sent as it is.
#[derive(Debug)]
struct WebAuthn {
    method: http::Method,
    path: String,
    body: Option<Value>,
}

impl WebDriverCompatibleCommand for WebAuthn {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/webauthn/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            self.method.clone(),
            self.body.as_ref().map(Value::to_string),
        )
    }
}

async fn webauthn(c: &Client, method: http::Method, path: &str, body: Option<Value>) -> Value {
    let path = path.to_string();
    c.issue_cmd(WebAuthn { method, path, body })
        .await
        .expect("chromedriver takes WebDriver's WebAuthn commands")
}

/// A platform authenticator that verifies its user (as a fingerprint would).
async fn authenticator(c: &Client) -> String {
    let made = webauthn(
        c,
        http::Method::POST,
        "authenticator",
        Some(json!({
            "protocol": "ctap2", "transport": "internal", "hasResidentKey": true,
            "hasUserVerification": true, "isUserConsenting": true, "isUserVerified": true,
        })),
    )
    .await;
    made.as_str().unwrap().to_string()
}

async fn credentials(c: &Client, id: &str) -> Vec<Value> {
    let list = webauthn(
        c,
        http::Method::GET,
        &format!("authenticator/{id}/credentials"),
        None,
    )
    .await;
    list.as_array().unwrap().clone()
}

async fn unplug(c: &Client, id: &str) {
    webauthn(
        c,
        http::Method::DELETE,
        &format!("authenticator/{id}"),
        None,
    )
    .await;
}

/// A new authenticator holding `credential` with its counter set to `count`.
async fn with_copy(c: &Client, credential: &Value, count: u64) -> String {
    let id = authenticator(c).await;
    let mut copy = credential.clone();
    copy["signCount"] = json!(count);
    webauthn(
        c,
        http::Method::POST,
        &format!("authenticator/{id}/credential"),
        Some(copy),
    )
    .await;
    id
}

/// Password, then the code page.
async fn password(c: &Client, base: &str, email: &str) {
    c.goto(&format!("{base}/login")).await.unwrap();
    fill(c, "#f-email", email).await;
    fill(c, "#f-password", PASSWORD).await;
    press(c, "main .btn-primary").await;
    wait_for(c, "f-code").await;
}

/// An assertion made in the page for a new sign-in challenge, altered as
/// `tamper` says ("challenge": answers another challenge; "origin": claims
/// another site), put in the code field and sent.
async fn answer_altered(c: &Client, tamper: &str) {
    let script = r#"
        const [tamper, done] = arguments;
        const form = document.querySelector('form[action="/login/code"]');
        const body = new URLSearchParams({ csrf: form.elements.csrf.value, purpose: 'sign_in' });
        fetch('/passkeys/options', { method: 'POST', body }).then(r => r.json()).then(o => {
          const options = o.publicKey;
          if (tamper === 'challenge') options.challenge = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
          return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        }).then(cred => {
          const j = cred.toJSON();
          if (tamper === 'origin') {
            const b64 = j.response.clientDataJSON.replace(/-/g, '+').replace(/_/g, '/');
            const data = JSON.parse(atob(b64));
            data.origin = 'https://pocdir.example.net';
            j.response.clientDataJSON = btoa(JSON.stringify(data)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          }
          form.elements.code.value = JSON.stringify(j);
          form.submit();
          done('sent');
        }).catch(e => done(String(e)));
    "#;
    let out = c.execute_async(script, vec![json!(tamper)]).await.unwrap();
    assert_eq!(out, json!("sent"), "the authenticator answered");
}

/// Screenshots of `path` in English and Arabic at both widths, for people
/// to look at; the page's layout faults fail the test.
async fn shoot(c: &Client, base: &str, path: &str) {
    let mut faults = Vec::new();
    for lang in ["ar", "en"] {
        c.goto(&format!("{base}{path}")).await.unwrap();
        choose_language(c, lang).await;
        look(c, base, &format!("passkeys{path}"), path, lang, &mut faults).await;
    }
    c.set_window_size(1280, 1000).await.unwrap();
    assert!(faults.is_empty(), "{faults:#?}");
}

async fn passkey_rows(t: &TestApp, user_id: &str) -> Vec<(String, Option<i64>, String)> {
    let mut c = t.db.conn().await.unwrap();
    store::passkey::of_user(&mut c, user_id)
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.name, p.last_used_at, p.aaguid))
        .collect()
}

#[tokio::test]
async fn acc3_passkeys_in_chromium_with_a_virtual_authenticator() {
    // Browsers take passkeys from a name, never from an address.
    let t = TestApp::spawn_with(|c| {
        c.public_url = c.public_url.replace("127.0.0.1", "localhost");
        c.session.custodian_passkey = true;
        c.session.custodian_passkey_grace_hours = 48;
    })
    .await;
    let (t, custodian, fr, de) = two_states_on(t).await;
    let base = t.url.replace("127.0.0.1", "localhost");
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    let laptop = authenticator(&c).await;

    // A custodian without a passkey is sent to enrol one at sign-in, and
    // can do nothing else before it has.
    password(&c, &base, &custodian.email).await;
    fill(&c, "#f-code", &totp_code(&t.app, &custodian.secret)).await;
    press(&c, "main .btn-primary").await;
    let page = text(&wait_for(&c, "Add a passkey to continue").await);
    assert!(page.contains("once only"), "{page}");
    c.goto(&format!("{base}/custodian")).await.unwrap();
    let page = text(&c.source().await.unwrap());
    assert!(
        page.contains("Sign in") && !page.contains("Pending changes"),
        "{page}"
    );
    c.goto(&format!("{base}/setup/passkey")).await.unwrap();
    wait_for(&c, "data-passkey=\"enrol\"").await;
    shoot(&c, &base, "/setup/passkey").await;

    // Enrolment: a name, then the authenticator (user verified).
    press(&c, "button[data-passkey=enrol]").await;
    assert_eq!(t.count("passkeys").await, 0, "no name, no passkey");
    fill(&c, "#f-name", "Office laptop").await;
    press(&c, "button[data-passkey=enrol]").await;
    wait_for(&c, "The passkey is added").await;
    let rows = passkey_rows(&t, &custodian.id).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "Office laptop");
    let model = rows[0].2.clone();
    assert!(uuid::Uuid::parse_str(&model).is_ok(), "{model}");
    c.goto(&format!("{base}/custodian")).await.unwrap();
    wait_for(&c, "Sign out").await;

    // The account page names it, says it was never used, and keeps a
    // custodian's last passkey.
    c.goto(&format!("{base}/account")).await.unwrap();
    let page = text(&wait_for(&c, "Office laptop").await);
    assert!(page.contains("Never"), "{page}");
    assert!(page.contains("recovery codes do not apply"), "{page}");
    press(&c, "button[aria-label='Remove passkey Office laptop']").await;
    wait_for(&c, "keeps at least one passkey").await;
    assert_eq!(passkey_rows(&t, &custodian.id).await.len(), 1);

    // Sign-in: a custodian's code is refused, its passkey accepted.
    press(&c, ".user-box button").await;
    wait_for(&c, "Request access").await;
    t.app.clock().advance(31_000);
    password(&c, &base, &custodian.email).await;
    shoot(&c, &base, "/login/code").await;
    fill(&c, "#f-code", &totp_code(&t.app, &custodian.secret)).await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "sign in with a passkey, not a code").await;
    press(&c, "button[data-passkey=sign_in]").await;
    wait_for(&c, "Sign out").await;
    let rows = passkey_rows(&t, &custodian.id).await;
    let used = rows[0].1.expect("last use recorded");
    assert!(t.app.now() - used < 60_000, "last use is this sign-in");
    c.goto(&format!("{base}/account")).await.unwrap();
    let page = text(&wait_for(&c, "Office laptop").await);
    assert!(
        !page.contains("Never used") && !page.contains("Office laptop Never"),
        "{page}"
    );

    // A second passkey on another authenticator; the first is then removed.
    let laptop_key = credentials(&c, &laptop).await.remove(0);
    unplug(&c, &laptop).await;
    let spare = authenticator(&c).await;
    fill(&c, "#f-name", "Spare key").await;
    press(&c, "button[data-passkey=enrol]").await;
    wait_for(&c, "The passkey is added").await;
    shoot(&c, &base, "/account").await;
    press(&c, "button[aria-label='Remove passkey Office laptop']").await;
    wait_for(&c, "The passkey is removed").await;
    let rows = passkey_rows(&t, &custodian.id).await;
    assert_eq!(
        rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["Spare key"]
    );

    // The removed passkey signs no one in: the browser has no passkey the
    // directory asks for.
    press(&c, ".user-box button").await;
    wait_for(&c, "Request access").await;
    let spare_key = credentials(&c, &spare).await.remove(0);
    unplug(&c, &spare).await;
    let old = with_copy(&c, &laptop_key, 100).await;
    password(&c, &base, &custodian.email).await;
    press(&c, "button[data-passkey=sign_in]").await;
    wait_for(&c, "gave no passkey").await;
    unplug(&c, &old).await;

    // Answers for another challenge or another site are refused by name.
    let count = spare_key["signCount"].as_u64().unwrap();
    let spare = with_copy(&c, &spare_key, count).await;
    for (tamper, message) in [
        ("challenge", "made for another request"),
        ("origin", "made for another site"),
    ] {
        password(&c, &base, &custodian.email).await;
        answer_altered(&c, tamper).await;
        wait_for(&c, message).await;
    }

    // A cloned credential: the same key with its counter gone back.
    password(&c, &base, &custodian.email).await;
    press(&c, "button[data-passkey=sign_in]").await;
    wait_for(&c, "Sign out").await;
    press(&c, ".user-box button").await;
    wait_for(&c, "Request access").await;
    let current = credentials(&c, &spare).await.remove(0);
    assert!(current["signCount"].as_u64().unwrap() > count);
    unplug(&c, &spare).await;
    let clone = with_copy(&c, &current, 0).await;
    password(&c, &base, &custodian.email).await;
    press(&c, "button[data-passkey=sign_in]").await;
    wait_for(&c, "may have been copied").await;
    assert!(!c.source().await.unwrap().contains("Sign out"));
    unplug(&c, &clone).await;

    // Break-glass: the operator's reset removes the passkeys, audited; the
    // next sign-in starts one new grace period, and after it the custodian
    // is refused.
    t.op.reset_second_factor(&custodian.email, &custodian.secret)
        .await
        .unwrap();
    assert!(passkey_rows(&t, &custodian.id).await.is_empty());
    assert!(
        t.audit_actions()
            .await
            .iter()
            .any(|a| a == "user.mfa_reset")
    );
    t.app.clock().advance(31_000);
    password(&c, &base, &custodian.email).await;
    fill(&c, "#f-code", &totp_code(&t.app, &custodian.secret)).await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "Add a passkey to continue").await;
    t.app.clock().advance(49 * 3_600_000);
    password(&c, &base, &custodian.email).await;
    fill(&c, "#f-code", &totp_code(&t.app, &custodian.secret)).await;
    press(&c, "main .btn-primary").await;
    wait_for(
        &c,
        "time to add a passkey to this custodian account is over",
    )
    .await;
    assert!(
        t.audit_actions()
            .await
            .iter()
            .any(|a| a == "login.passkey_grace_over")
    );

    // A State's administrator (no custodian rule) enrols a passkey and
    // confirms TLP:RED with it instead of a code.
    publish(&t, &custodian, &de, "DE", "cert@de.example.org", "en").await;
    t.settle().await;
    let _fr_key = authenticator(&c).await;
    password(&c, &base, &fr.email).await;
    fill(&c, "#f-code", &totp_code(&t.app, &fr.secret)).await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "Sign out").await;
    c.goto(&format!("{base}/account")).await.unwrap();
    wait_for(&c, "You have no passkey yet").await;
    fill(&c, "#f-name", "Ministry phone").await;
    press(&c, "button[data-passkey=enrol]").await;
    wait_for(&c, "The passkey is added").await;
    c.goto(&format!("{base}/messages/new?to=DE&template=incident"))
        .await
        .unwrap();
    wait_for(&c, "Notification of an ICT incident").await;
    press(&c, "input[name=poc_type][value=technical]").await;
    press(&c, "#f-tlp option[value=red]").await;
    fill(&c, "#f-nature", "Intrusion at a ministry").await;
    fill(&c, "#f-indicators", "198.51.100.9").await;
    press(&c, "button[data-passkey=confirm]").await;
    wait_for(&c, "The communication is sent").await;
    assert_eq!(t.count("threads").await, 1);
    let rows = passkey_rows(&t, &fr.id).await;
    assert!(rows[0].1.is_some(), "the confirmation used the passkey");

    // Exporting more than one State's entries is confirmed the same way.
    let used = rows[0].1;
    c.goto(&format!("{base}/export?format=json")).await.unwrap();
    wait_for(&c, "Confirm the export").await;
    assert!(
        !t.audit_actions()
            .await
            .iter()
            .any(|a| a == "directory.exported")
    );
    press(&c, "button[data-passkey=confirm]").await;
    let mut exported = false;
    for _ in 0..100 {
        if t.audit_actions()
            .await
            .iter()
            .any(|a| a == "directory.exported")
        {
            exported = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(exported, "the export was confirmed with the passkey");
    assert!(passkey_rows(&t, &fr.id).await[0].1 > used);

    let actions = t.audit_actions().await;
    for a in ["passkey.added", "passkey.removed", "login.succeeded"] {
        assert!(actions.iter().any(|x| x == a), "{a} audited: {actions:?}");
    }
}

/// ACC-3 bad input: an authenticator model outside the allow-list, and an
/// answer that is no passkey response, each refused by name; nothing kept.
#[tokio::test]
async fn acc3_a_model_outside_the_allow_list_and_garbage_are_refused() {
    let t = TestApp::spawn_with(|c| {
        c.public_url = c.public_url.replace("127.0.0.1", "localhost");
        c.session.passkey_aaguids = vec!["cb69481e-8ff7-4039-93ec-0a2729a154a8".into()];
    })
    .await;
    let (t, _custodian, fr, _de) = two_states_on(t).await;

    // Over HTTP: garbage where the browser's answer goes.
    let b = t.signed_in(&fr).await;
    let r = b
        .post(
            "/setup/passkey",
            &[("name", "Laptop"), ("response", "{\"id\": 1}")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        text(&r.body).contains("could not be read as a passkey response"),
        "{}",
        text(&r.body)
    );
    let r = b
        .post("/setup/passkey", &[("name", ""), ("response", "")])
        .await;
    assert!(text(&r.body).contains("name of 1 to 60 characters"));
    assert_eq!(t.count("passkeys").await, 0);

    // In Chromium: the virtual authenticator's model is not on the list.
    let base = t.url.replace("127.0.0.1", "localhost");
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    authenticator(&c).await;
    password(&c, &base, &fr.email).await;
    fill(&c, "#f-code", &totp_code(&t.app, &fr.secret)).await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "Sign out").await;
    c.goto(&format!("{base}/account")).await.unwrap();
    fill(&c, "#f-name", "Ministry phone").await;
    press(&c, "button[data-passkey=enrol]").await;
    let page = text(&wait_for(&c, "is not allowed here").await);
    assert!(page.contains("This kind of authenticator (model"), "{page}");
    assert_eq!(t.count("passkeys").await, 0);
    assert!(!t.audit_actions().await.iter().any(|a| a == "passkey.added"));
}
