//! The whole path of a State into the directory, over HTTP, with email over SMTP.

use crate::helpers::*;
use domain::Role;

#[tokio::test]
async fn acc1_dir5_dir8_request_admit_invite_enrol_nominate_verify_find() {
    let t = TestApp::spawn().await;
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;

    // ACC-1: a Permanent Mission requests access through the public form.
    let mission = t.browser();
    let r = mission
        .post(
            "/join",
            &[
                ("state", "KE"),
                ("requester_name", "Wanjiru Kamau"),
                ("requester_title", "Counsellor, Permanent Mission of Kenya"),
                ("email", "admin@ke.example.org"),
                ("note_verbale_ref", "KE/NV/2026/41"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(text(&r.body).contains("Request received"));
    t.email("admin@ke.example.org", "KE/NV/2026/41").await;
    t.email("custodian@un.example.org", "Access request from Kenya")
        .await;

    // The custodian admits the State with the reference of the verification.
    let c = t.signed_in(&custodian).await;
    let page = c.get("/custodian/requests").await;
    assert!(text(&page.body).contains("KE/NV/2026/41"));
    let id = regex_lite::Regex::new(r"/custodian/requests/([0-9a-f-]+)/admit")
        .unwrap()
        .captures(&page.body)
        .unwrap()[1]
        .to_string();
    let r = c
        .post(
            &format!("/custodian/requests/{id}/admit"),
            &[("reference", "Note verbale KE/NV/2026/41 confirmed by phone")],
        )
        .await;
    assert_eq!(r.status, 303);
    let home = t.browser().get("/").await;
    assert!(
        text(&home.body).contains("Kenya"),
        "Kenya is listed as participating"
    );

    // The national administrator's single-use invitation arrives by email.
    let mail = t.email("admin@ke.example.org", "invitation").await;
    assert!(
        regex_lite::Regex::new(r"^[0-9a-f-]{36}@127\.0\.0\.1$")
            .unwrap()
            .is_match(&mail.message_id),
        "Message-ID from the outbox row: {}",
        mail.message_id
    );
    let link = mail.link(&format!("{}/invitation/", t.url));
    let admin = t.browser();
    assert_eq!(admin.get(&link).await.status, 200);
    let r = admin
        .post(
            link.trim_start_matches(&t.url),
            &[("password", "password1234"), ("confirm", "password1234")],
        )
        .await;
    assert_eq!(r.status, 422, "a common password is refused");
    assert!(text(&r.body).contains("too common"));
    let r = admin
        .post(
            link.trim_start_matches(&t.url),
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(r.location.as_deref(), Some("/setup/totp"));
    assert_eq!(
        t.browser().get(&link).await.status,
        410,
        "the invitation works once"
    );

    // TOTP is mandatory: the directory stays closed until it is enrolled.
    assert_eq!(admin.get("/directory").await.status, 303);
    let setup = admin.get("/setup/totp").await;
    assert!(setup.body.contains("<svg"), "a QR code is shown");
    let secret: String = regex_lite::Regex::new(r#"class="secret" dir="ltr">([A-Z2-7 ]+)<"#)
        .unwrap()
        .captures(&setup.body)
        .unwrap()[1]
        .replace(' ', "");
    let r = admin.post("/setup/totp", &[("code", "000000")]).await;
    assert_eq!(r.status, 422);
    let r = admin
        .post("/setup/totp", &[("code", &totp_code(&t.app, &secret))])
        .await;
    assert_eq!(r.status, 200);
    let codes = regex_lite::Regex::new(r"<code>([A-Z2-7]{4}(-[A-Z2-7]{4}){4})</code>")
        .unwrap()
        .find_iter(&r.body)
        .count();
    assert_eq!(codes, 10, "ten recovery codes are shown");
    assert_eq!(admin.get("/directory").await.status, 200);

    // DIR-5: the administrator nominates a POC; it stays pending.
    let form = nomination("Kenya Computer Incident Response Team");
    let r = admin.post("/states/KE/pocs/new", &fields(&form)).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let reader = t
        .user("member@fr.example.org", Role::Member, Some("FR"))
        .await;
    t.admit("FR").await;
    let other = t.signed_in(&reader).await;
    let found = other.get("/directory?q=kenya").await;
    assert!(
        !text(&found.body).contains("Kenya Computer Incident"),
        "nothing pending is visible to other States"
    );

    // The custodian sees the field-level diff and publishes it, recording how it was verified.
    t.email("custodian@un.example.org", "Change to verify")
        .await;
    let list = c.get("/custodian/changes").await;
    let vid = regex_lite::Regex::new(r"/custodian/changes/([0-9a-f-]{36})")
        .unwrap()
        .captures(&list.body)
        .unwrap()[1]
        .to_string();
    let detail = c.get(&format!("/custodian/changes/{vid}")).await;
    assert!(
        text(&detail.body).contains("Kenya Computer Incident Response Team")
            && detail.body.contains("class=\"after\"")
    );
    let r = c
        .post(
            &format!("/custodian/changes/{vid}/verify"),
            &[("channel", "note_verbale"), ("reference", "")],
        )
        .await;
    assert_eq!(r.status, 422, "a verification needs a reference");
    let r = c
        .post(
            &format!("/custodian/changes/{vid}/verify"),
            &[("channel", "note_verbale"), ("reference", "KE/NV/2026/52")],
        )
        .await;
    assert_eq!(r.status, 303);
    t.email("admin@ke.example.org", "Published").await;

    // DIR-8: another State's user finds it by search, and sees how it was verified.
    let found = other.get("/directory?q=kenya%20incident").await;
    assert!(text(&found.body).contains("Kenya Computer Incident Response Team"));
    let poc = regex_lite::Regex::new(r#"/pocs/([0-9a-f-]{36})"#)
        .unwrap()
        .captures(&found.body)
        .unwrap()[1]
        .to_string();
    let page = other.get(&format!("/pocs/{poc}")).await;
    let body = text(&page.body);
    assert!(
        body.contains("KE/NV/2026/52")
            && body.contains("Reach this contact now")
            && body.contains("+41 22 917 12 34")
    );
}
