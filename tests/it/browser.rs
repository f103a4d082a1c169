//! The whole journey in headless Chromium (Debian chromium + chromium-driver):
//! request access, admission, invitation from the outbox, password and TOTP,
//! nomination, verification, and discovery by another State.

use crate::helpers::*;
use domain::Role;
use fantoccini::{Client, ClientBuilder, Locator};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn chromedriver(zone: &str) -> Driver {
    let port = free_port();
    let mut child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .env("TZ", zone)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver runs (Debian chromium-driver; scripts/test.sh installs it)");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Driver { child, port };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("chromedriver did not start");
}

pub async fn chromium(profile: &std::path::Path) -> (Driver, Client) {
    chromium_in(profile, "UTC").await
}

/// A browser whose clock is in time zone `zone`, as a reader's would be.
pub async fn chromium_in(profile: &std::path::Path, zone: &str) -> (Driver, Client) {
    let driver = chromedriver(zone);
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1280,1000", format!("--user-data-dir={}", profile.display())]
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a Chromium session starts");
    (driver, client)
}

/// Waits (bounded) until the page contains `needle`.
pub async fn wait_for(c: &Client, needle: &str) -> String {
    for _ in 0..100 {
        let src = c.source().await.unwrap();
        if src.contains(needle) {
            return src;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "page never showed '{needle}': {}",
        text(&c.source().await.unwrap())
    );
}

pub async fn fill(c: &Client, css: &str, value: &str) {
    let el = c.find(Locator::Css(css)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(value).await.unwrap();
}

/// Clicks an element, retrying briefly: right after a navigation the element
/// may not be attached or clickable yet.
pub async fn click(c: &Client, locator: Locator<'_>) {
    let mut last = None;
    for _ in 0..30 {
        match c.find(locator).await {
            Ok(el) => match el.click().await {
                Ok(()) => return,
                Err(e) => last = Some(e.to_string()),
            },
            Err(e) => last = Some(e.to_string()),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("could not click {locator:?}: {last:?}");
}

pub async fn press(c: &Client, css: &str) {
    click(c, Locator::Css(css)).await;
}

pub async fn sign_in(c: &Client, t: &TestApp, email: &str, secret: &str) {
    c.goto(&format!("{}/login", t.url)).await.unwrap();
    fill(c, "#f-email", email).await;
    fill(c, "#f-password", PASSWORD).await;
    press(c, "main .btn-primary").await;
    wait_for(c, "f-code").await;
    fill(c, "#f-code", &totp_code(&t.app, secret)).await;
    press(c, "main .btn-primary").await;
    wait_for(c, "Sign out").await;
}

/// Signs in one of the demo accounts (by index in `app::demo::ACCOUNTS`).
pub async fn sign_in_demo(c: &Client, t: &TestApp, index: usize) {
    let (email, _, _, _, secret) = app::demo::ACCOUNTS[index];
    c.goto(&format!("{}/login", t.url)).await.unwrap();
    fill(c, "#f-email", email).await;
    fill(c, "#f-password", app::demo::PASSWORD).await;
    press(c, "main .btn-primary").await;
    wait_for(c, "f-code").await;
    fill(c, "#f-code", &totp_code(&t.app, secret)).await;
    press(c, "main .btn-primary").await;
    wait_for(c, "logout").await;
}

async fn sign_out(c: &Client) {
    press(c, ".user-box button").await;
    wait_for(c, "Request access").await;
}

#[tokio::test]
async fn journey_in_chromium_from_request_to_discovery() {
    let t = TestApp::spawn_with(|c| {
        c.demo = true;
        c.mail.transport = "outbox".into();
    })
    .await;
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;
    t.admit("BR").await;
    let reader = t
        .user("reader@br.example.org", Role::Member, Some("BR"))
        .await;
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;

    // 1. A Permanent Mission requests access.
    c.goto(&format!("{}/join", t.url)).await.unwrap();
    c.find(Locator::Css("#f-state"))
        .await
        .unwrap()
        .select_by_value("GH")
        .await
        .unwrap();
    fill(&c, "#f-requester_name", "Ama Mensah").await;
    fill(
        &c,
        "#f-requester_title",
        "Minister-Counsellor, Permanent Mission of Ghana",
    )
    .await;
    fill(&c, "#f-email", "admin@gh.example.org").await;
    fill(&c, "#f-note_verbale_ref", "GH/PM/2026/88").await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "Request received").await;

    // 2. The custodian admits the State.
    sign_in(&c, &t, &custodian.email, &custodian.secret).await;
    c.goto(&format!("{}/custodian/requests", t.url))
        .await
        .unwrap();
    wait_for(&c, "GH/PM/2026/88").await;
    fill(
        &c,
        "input[name=reference]",
        "Confirmed with the Mission by phone",
    )
    .await;
    press(&c, "main form .btn-primary").await;
    wait_for(&c, "The State is admitted").await;
    sign_out(&c).await;

    // 3. The invitation email, opened from the outbox.
    c.goto(&format!("{}/outbox", t.url)).await.unwrap();
    for _ in 0..50 {
        if c.source().await.unwrap().contains("Your invitation") {
            break;
        }
        t.app.outbox().wake();
        tokio::time::sleep(Duration::from_millis(100)).await;
        c.refresh().await.unwrap();
    }
    click(
        &c,
        Locator::LinkText("Your invitation to the Directory of Points of Contact"),
    )
    .await;
    wait_for(&c, "/invitation/").await;
    click(&c, Locator::Css("main ul a")).await;

    // 4. Password and TOTP.
    wait_for(&c, "Set up your account").await;
    fill(&c, "#f-password", PASSWORD).await;
    fill(&c, "#f-confirm", PASSWORD).await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "authenticator").await;
    let secret = c
        .find(Locator::Css(".secret"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(' ', "");
    fill(&c, "#f-code", &totp_code(&t.app, &secret)).await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "Recovery codes").await;

    // 5. The new national administrator nominates a POC.
    c.goto(&format!("{}/states/GH/pocs/new", t.url))
        .await
        .unwrap();
    wait_for(&c, "Nominate a point of contact").await;
    fill(&c, "#f-entity", "Cyber Security Authority — National CERT").await;
    fill(&c, "#f-emails", "cert@gh.example.org").await;
    fill(&c, "#f-phones", "+233 30 297 2530 24/7").await;
    fill(&c, "#f-languages", "en").await;
    fill(&c, "#f-timezone", "Africa/Accra").await;
    c.find(Locator::Css("#f-submission_language"))
        .await
        .unwrap()
        .select_by_value("en")
        .await
        .unwrap();
    press(&c, "main form .btn-primary").await;
    wait_for(&c, "The custodian will verify it").await;
    sign_out(&c).await;

    // 6. The custodian verifies it.
    sign_in(&c, &t, &custodian.email, &custodian.secret).await;
    c.goto(&format!("{}/custodian/changes", t.url))
        .await
        .unwrap();
    click(
        &c,
        Locator::XPath("//a[contains(., 'Cyber Security Authority')]"),
    )
    .await;
    wait_for(&c, "Verify and publish").await;
    fill(&c, "#f-reference", "GH/PM/2026/90").await;
    press(&c, "main form .btn-primary").await;
    wait_for(&c, "The change is published").await;
    sign_out(&c).await;

    // 7. Another State's user finds it by search.
    sign_in(&c, &t, &reader.email, &reader.secret).await;
    fill(&c, "#f-q", "cyber authority").await;
    press(&c, "form.filters .btn-primary").await;
    wait_for(&c, "One contact found").await;
    click(
        &c,
        Locator::XPath("//a[contains(., 'Cyber Security Authority')]"),
    )
    .await;
    let page = wait_for(&c, "Reach this contact now").await;
    assert!(page.contains("+233 30 297 2530") && page.contains("GH/PM/2026/90"));
    let shot = c.screenshot().await.unwrap();
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("journey-entry.png"), shot).unwrap();
    c.close().await.unwrap();
}

#[tokio::test]
async fn ping_the_whole_check_cycle_in_chromium() {
    let (t, custodian, _, bounces) = crate::follow_up::france_with_bounces(
        "cert@fr.example.org\nsoc@fr.example.org\nops@fr.example.org",
    )
    .await;
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;

    // 1. The custodian previews and launches a check.
    sign_in(&c, &t, &custodian.email, &custodian.secret).await;
    c.goto(&format!("{}/checks", t.url)).await.unwrap();
    press(&c, "form.filters .btn-primary").await;
    wait_for(
        &c,
        "Email addresses that will receive the check message: 3.",
    )
    .await;
    press(&c, "main .btn-primary").await;
    wait_for(&c, "The check is launched").await;
    let results = c.current_url().await.unwrap().path().to_string();

    // 2. The email arrives; 3. the POC opens the link and confirms.
    let m = t.email("cert@fr.example.org", "Communication check").await;
    // The clock starts when the mail server's acceptance is recorded.
    t.settle().await;
    t.app.clock().advance(12 * 60_000);
    let poc = tempfile::tempdir().unwrap();
    let (_poc_driver, p) = chromium(poc.path()).await;
    p.goto(&m.link(&format!("{}/ack/", t.url))).await.unwrap();
    wait_for(&p, "Confirm receipt").await;
    press(&p, "main .btn-primary").await;
    wait_for(&p, "your confirmation is recorded").await;

    // 4. The results show the measured time.
    c.goto(&format!("{}{results}", t.url)).await.unwrap();
    let page = text(&wait_for(&c, "Response rate").await);
    assert!(
        page.contains("12 minutes") && page.contains("1/3"),
        "{page}"
    );

    // 5. A bounce, a reminder, then escalation to the State.
    let ops = t.email("ops@fr.example.org", "Communication check").await;
    bounces.deliver(&crate::follow_up::bounce_report(
        &ops.message_id,
        "ops@fr.example.org",
        "failed",
    ));
    t.app.clock().advance(7 * app::clock::DAY);
    let r = t.op.jobs_round().await;
    assert_eq!((r.bounced, r.reminded), (1, 1), "{r:?}");
    t.email("soc@fr.example.org", "Reminder").await;
    t.app.clock().advance(7 * app::clock::DAY);
    assert_eq!(t.op.jobs_round().await.escalated, 1);
    let esc = t.email("mission@fr.example.org", "have not answered").await;
    assert!(esc.body.contains("soc@fr.example.org"));

    sign_in(&c, &t, &custodian.email, &custodian.secret).await;
    c.goto(&format!("{}{results}", t.url)).await.unwrap();
    let page = text(&wait_for(&c, "Follow-up").await);
    assert!(
        page.contains("Escalated on") && page.contains("Unreachable: the message bounced"),
        "{page}"
    );
    let _ = p.close().await;
    let _ = c.close().await;
}

#[tokio::test]
async fn msg_an_urgent_amber_notification_acknowledged_in_chromium() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "en").await;
    t.settle().await;
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;

    // A writes an urgent TLP:AMBER incident notification to B's technical POCs.
    sign_in(&c, &t, &admin_fr.email, &admin_fr.secret).await;
    c.goto(&format!("{}/messages", t.url)).await.unwrap();
    wait_for(&c, "New communication").await;
    c.goto(&format!("{}/messages/new?to=DE&template=incident", t.url))
        .await
        .unwrap();
    wait_for(&c, "Notification of an ICT incident").await;
    press(&c, "input[name=poc_type][value=technical]").await;
    c.find(Locator::Css("#f-urgency option[value=urgent]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    fill(&c, "#f-nature", "Ransomware on a ministry network").await;
    fill(&c, "#f-indicators", "198.51.100.7 evil.example").await;
    press(&c, "main form .btn-primary").await;
    wait_for(&c, "The communication is sent").await;
    let thread = c.current_url().await.unwrap().path().to_string();

    // B is told by email, signs in and acknowledges.
    let m = t.email("cert@de.example.org", "[TLP:AMBER]").await;
    assert!(m.subject.contains("Urgent") && !m.body.contains("198.51.100.7"));
    t.app.clock().advance(9 * 60_000);
    let profile_b = tempfile::tempdir().unwrap();
    let (_driver_b, b) = chromium(profile_b.path()).await;
    sign_in(&b, &t, &admin_de.email, &admin_de.secret).await;
    b.goto(&m.link(&format!("{}/messages/", t.url)))
        .await
        .unwrap();
    wait_for(&b, "198.51.100.7").await;
    press(&b, "main form .btn-primary").await;
    wait_for(&b, "Receipt confirmed").await;

    // A sees the time to acknowledge.
    c.goto(&format!("{}{thread}", t.url)).await.unwrap();
    let page = text(&wait_for(&c, "Acknowledged").await);
    assert!(page.contains("9 minutes"), "{page}");

    // Another one is not acknowledged: past its hour it escalates, by the
    // test clock, and the sender sees the step.
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &crate::messages::compose(&[])).await;
    let second = r.location.unwrap().split('?').next().unwrap().to_string();
    t.app.clock().advance(61 * 60_000);
    assert_eq!(t.op.jobs_round().await.messages_escalated, 1);
    sign_in(&c, &t, &admin_fr.email, &admin_fr.secret).await;
    c.goto(&format!("{}{second}", t.url)).await.unwrap();
    wait_for(&c, "Escalated to the other points of contact").await;
    let _ = b.close().await;
    let _ = c.close().await;
}

#[tokio::test]
async fn msg3_an_open_inbox_shows_a_new_communication_without_reload() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    publish(&t, &custodian, &admin_de, "DE", "cert@de.example.org", "en").await;
    let profile = tempfile::tempdir().unwrap();
    let (_driver, c) = chromium(profile.path()).await;
    sign_in(&c, &t, &admin_de.email, &admin_de.secret).await;
    c.goto(&format!("{}/messages", t.url)).await.unwrap();
    wait_for(&c, "has not sent or received any communication").await;
    let fr = t.signed_in(&admin_fr).await;
    let r = fr.post("/messages", &crate::messages::compose(&[])).await;
    assert_eq!(r.status, 303);
    // The page was not reloaded: the list changed under it.
    wait_for(&c, "TLP:AMBER").await;
    let _ = c.close().await;
}
