//! DIR-3 to DIR-10 and NFR-5: entries, verification, history, search,
//! exports, problem reports, and refused input that changes nothing.

use crate::helpers::*;
use app::directory::{ChangeKind, ChangeMeta};
use domain::poc::PocInput;
use domain::{Role, StateCode};

struct World {
    t: TestApp,
    custodian: TestUser,
    admin: TestUser,
}

async fn world() -> World {
    let t = TestApp::spawn().await;
    for s in ["RU", "CN", "EG", "FR"] {
        t.admit(s).await;
    }
    let custodian = t
        .user("custodian@un.example.org", Role::Custodian, None)
        .await;
    let admin = t
        .user("admin@ru.example.org", Role::NationalAdmin, Some("RU"))
        .await;
    World {
        t,
        custodian,
        admin,
    }
}

async fn publish(w: &World, state: &str, input: PocInput) -> String {
    let st = StateCode::parse(state).unwrap();
    let submitter =
        w.t.user(
            &format!(
                "admin{}@{}.example.org",
                uuid::Uuid::now_v7().simple(),
                state.to_lowercase()
            ),
            Role::NationalAdmin,
            Some(state),
        )
        .await;
    let v = app::directory::submit(
        &w.t.app,
        &submitter.actor,
        st,
        ChangeKind::Create,
        Some(&input),
        &ChangeMeta::default(),
    )
    .await
    .unwrap();
    app::directory::verify(&w.t.app, &w.custodian.actor, &v, "note_verbale", "REF")
        .await
        .unwrap();
    let mut c = w.t.db.conn().await.unwrap();
    store::poc::version(&mut c, &v)
        .await
        .unwrap()
        .unwrap()
        .poc_id
}

fn entry(entity: &str, entity_en: &str, lang: &str, tz: &str) -> PocInput {
    PocInput {
        poc_type: "technical".into(),
        entity: entity.into(),
        entity_en: entity_en.into(),
        emails: "cert@x.example.org".into(),
        phones: "+7 495 123 45 67 24/7".into(),
        languages: "en".into(),
        timezone: tz.into(),
        submission_language: lang.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn dir8_dir4_search_finds_entries_in_every_script_and_by_translation() {
    let w = world().await;
    publish(
        &w,
        "RU",
        entry(
            "Национальный координационный центр по компьютерным инцидентам",
            "National Coordination Centre for Computer Incidents",
            "ru",
            "Europe/Moscow",
        ),
    )
    .await;
    publish(
        &w,
        "CN",
        entry(
            "国家计算机网络应急技术处理协调中心",
            "National Computer Network Emergency Response Technical Team",
            "zh",
            "Asia/Shanghai",
        ),
    )
    .await;
    publish(
        &w,
        "EG",
        entry(
            "وزارة الخارجية — إدارة الأمن السيبراني",
            "Ministry of Foreign Affairs — Cybersecurity Department",
            "ar",
            "Africa/Cairo",
        ),
    )
    .await;
    let b = w.t.signed_in(&w.admin).await;
    for (query, expect) in [
        ("координационный", "Национальный координационный центр"),
        ("КООРДИНАЦ", "Национальный координационный центр"),
        ("应急", "国家计算机网络应急技术处理协调中心"),
        ("الخارجية", "وزارة الخارجية"),
        ("الامن", "وزارة الخارجية"),
        ("emergency response", "国家计算机网络应急技术处理协调中心"),
        ("coordination centre", "Национальный координационный центр"),
    ] {
        let r = b.get(&format!("/directory?q={}", url(query))).await;
        assert_eq!(r.status, 200);
        assert!(r.body.contains(expect), "'{query}' should find '{expect}'");
    }
    let r = b
        .get(&format!("/directory?q={}", url("Национальный")))
        .await;
    assert!(!r.body.contains("وزارة"), "search narrows");
    // Browse by State, region, type and language.
    assert!(
        b.get("/directory?state=CN")
            .await
            .body
            .contains("国家计算机")
    );
    let africa = b.get("/directory?region=AFRICA").await.body;
    assert!(africa.contains("وزارة") && !africa.contains("国家"));
    assert!(
        b.get("/directory?poc_type=diplomatic")
            .await
            .body
            .contains("No contact matches")
    );
    let r = b.get("/directory?region=MARS").await;
    assert_eq!(r.status, 422, "an unknown filter is refused");
    // A State's name in any language finds the State.
    assert!(
        b.get(&format!("/directory?q={}", url("Египет")))
            .await
            .body
            .contains("/states/EG")
    );
}

fn url(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn dir5_dir6_updates_and_withdrawal_are_verified_and_kept_in_history() {
    let w = world().await;
    let id = publish(&w, "RU", entry("Центр", "Centre", "ru", "Europe/Moscow")).await;
    let b = w.t.signed_in(&w.admin).await;
    let mut form = nomination("Центр реагирования");
    form.push(("effective_from", "2020-01-01".into()));
    let f: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(b.post(&format!("/pocs/{id}/edit"), &f).await.status, 303);
    let r = b.post(&format!("/pocs/{id}/edit"), &f).await;
    assert_eq!(r.status, 422, "one pending change at a time");
    let reader =
        w.t.signed_in(&w.t.user("m@fr.example.org", Role::Member, Some("FR")).await)
            .await;
    assert!(
        reader
            .get(&format!("/pocs/{id}"))
            .await
            .body
            .contains(">Центр<"),
        "readers see the published version until verified"
    );

    let pending = pending_changes(&w.t.app, &w.custodian.actor).await;
    let detail = app::directory::change(&w.t.app, &w.custodian.actor, &pending[0].version.id)
        .await
        .unwrap();
    let changed: Vec<&str> = detail.diff.iter().map(|d| d.field.as_str()).collect();
    assert!(
        changed.contains(&"entity")
            && changed.contains(&"phones")
            && !changed.contains(&"poc_type"),
        "{changed:?}"
    );
    assert!(
        detail.summary.version.late_notice_days.is_some(),
        "DIR-7: notice came long after the change took effect"
    );
    app::directory::reject(
        &w.t.app,
        &w.custodian.actor,
        &pending[0].version.id,
        "Not confirmed by the Mission",
    )
    .await
    .unwrap();
    w.t.email("admin@ru.example.org", "Not published").await;

    assert_eq!(b.post(&format!("/pocs/{id}/edit"), &f).await.status, 303);
    let pending = pending_changes(&w.t.app, &w.custodian.actor).await;
    app::directory::verify(
        &w.t.app,
        &w.custodian.actor,
        &pending[0].version.id,
        "mission_email",
        "RU/2026/9",
    )
    .await
    .unwrap();
    assert!(
        reader
            .get(&format!("/pocs/{id}"))
            .await
            .body
            .contains("Центр реагирования")
    );

    // Withdrawal is a verified change too; the entry then leaves the directory but keeps its history.
    assert_eq!(
        b.post(&format!("/pocs/{id}/withdraw"), &[]).await.status,
        303
    );
    let pending = pending_changes(&w.t.app, &w.custodian.actor).await;
    assert_eq!(pending[0].version.kind, "withdraw");
    app::directory::verify(
        &w.t.app,
        &w.custodian.actor,
        &pending[0].version.id,
        "note_verbale",
        "RU/2026/10",
    )
    .await
    .unwrap();
    assert!(
        !reader
            .get("/directory?state=RU")
            .await
            .body
            .contains("Центр")
    );
    let page = app::directory::entry_page(&w.t.app, &w.admin.actor, &id)
        .await
        .unwrap();
    let kinds: Vec<(&str, &str)> = page
        .history
        .iter()
        .map(|v| (v.kind.as_str(), v.status.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("withdraw", "published"),
            ("update", "published"),
            ("update", "rejected"),
            ("create", "published")
        ]
    );
    assert_eq!(
        page.history[2].rejection_reason.as_deref(),
        Some("Not confirmed by the Mission")
    );
    assert_eq!(
        w.t.count("poc_versions").await,
        4,
        "nothing is overwritten or deleted"
    );
}

#[tokio::test]
async fn dir5_custodian_enters_a_change_on_a_states_behalf() {
    let w = world().await;
    let c = w.t.signed_in(&w.custodian).await;
    let form = nomination("Entered from a note verbale");
    let r = c.post("/states/FR/pocs/new", &fields(&form)).await;
    assert_eq!(
        r.status, 422,
        "the custodian must cite the State's written request"
    );
    assert!(text(&r.body).contains("reference of the State's written request"));
    let mut with_ref = fields(&form);
    with_ref.push(("on_behalf_ref", "FR/NV/2026/77"));
    assert_eq!(c.post("/states/FR/pocs/new", &with_ref).await.status, 303);
    let pending = pending_changes(&w.t.app, &w.custodian.actor).await;
    assert_eq!(
        pending[0].version.on_behalf_ref.as_deref(),
        Some("FR/NV/2026/77")
    );
}

#[tokio::test]
async fn nfr5_bad_input_gets_a_specific_error_and_changes_nothing() {
    let w = world().await;
    let b = w.t.signed_in(&w.admin).await;
    let before = (
        w.t.count("pocs").await,
        w.t.count("poc_versions").await,
        w.t.count("outbox").await,
    );
    let mut form = nomination("Centre");
    form.retain(|(k, _)| *k != "phones" && *k != "timezone");
    form.push(("phones", "0495 123 45 67".into()));
    form.push(("timezone", "Mars/Olympus".into()));
    let r = b.post("/states/RU/pocs/new", &fields(&form)).await;
    assert_eq!(r.status, 422);
    let body = text(&r.body);
    assert!(
        body.contains("international format, e.g. +41 22 917 1234"),
        "{body}"
    );
    assert!(body.contains("Choose the city from the list"));
    assert!(
        r.body.contains("value=\"Centre\""),
        "the form keeps what was typed"
    );
    // Without the CSRF token, or from another site: refused.
    let form = nomination("Centre");
    let raw: Vec<(String, String)> = form
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    assert_eq!(b.post_raw("/states/RU/pocs/new", &raw).await.status, 403);
    let cross = b
        .client
        .post(format!("{}/states/RU/pocs/new", b.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[("csrf", b.csrf().unwrap().as_str()), ("entity", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status().as_u16(), 403);
    // Bad links and ids.
    assert_eq!(b.get("/pocs/not-an-id").await.status, 404);
    assert_eq!(b.get("/states/XX").await.status, 404);
    assert_eq!(b.get("/export?format=exe").await.status, 422);
    assert_eq!(
        w.t.browser().get("/invitation/forged-token").await.status,
        410
    );
    let after = (
        w.t.count("pocs").await,
        w.t.count("poc_versions").await,
        w.t.count("outbox").await,
    );
    assert_eq!(before, after);
}

#[tokio::test]
async fn dir9_exports_in_four_formats_are_audited_and_safe() {
    let w = world().await;
    publish(
        &w,
        "RU",
        entry(
            "=HYPERLINK(\"http://evil\")",
            "Centre, Moscow; main",
            "ru",
            "Europe/Moscow",
        ),
    )
    .await;
    let b = w.t.signed_in(&w.admin).await;
    let csv = b.export(&w.t.app, &w.admin.secret, "format=csv").await;
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert!(
        csv.body
            .starts_with("\u{FEFF}state,state_name,poc_type,poc_type_name,entity,"),
        "UTF-8 with its byte-order mark, then stable keys: {}",
        csv.body
    );
    assert!(
        csv.body.contains("'=HYPERLINK") && csv.body.contains("tel:+74951234567"),
        "a formula is neutralised; a phone is a tel: URI that needs no quote: {}",
        csv.body
    );
    assert!(!csv.body.contains("'+7"));
    let json: serde_json::Value =
        serde_json::from_str(&b.get("/export?format=json&state=RU").await.body).unwrap();
    assert_eq!(json["entries"][0]["fields"]["timezone"], "Europe/Moscow");
    assert_eq!(json["count"], 1);
    assert_eq!(json["filter"]["state"], "RU");
    assert!(json["generated_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(json["entries"][0]["state_name"], "Russian Federation");
    assert_eq!(json["entries"][0]["state_name_local"], "Russian Federation");
    let vcf = b.export(&w.t.app, &w.admin.secret, "format=vcf").await.body;
    assert!(vcf.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    assert!(
        vcf.contains("ORG:=HYPERLINK(\"http://evil\")")
            && vcf.contains("TEL;VALUE=uri;TYPE=\"voice,work\";X-POCDIR-247=TRUE:tel:+74951234567")
    );
    let print = b.export(&w.t.app, &w.admin.secret, "format=print").await;
    assert!(
        print
            .body
            .contains("For the use of participating States only")
    );
    b.post("/language", &[("lang", "fr"), ("back", "/")]).await;
    let french = b.export(&w.t.app, &w.admin.secret, "format=csv").await.body;
    assert_eq!(
        french.lines().next(),
        csv.body.lines().next(),
        "the keys do not change with the reader's language"
    );
    assert!(
        french.contains(",Fédération de Russie,"),
        "names for people are in French: {french}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&b.get("/export?format=json&state=RU").await.body).unwrap();
    assert_eq!(
        json["entries"][0]["state_name_local"],
        "Fédération de Russie"
    );
    let mut c = w.t.db.conn().await.unwrap();
    let rows = store::audit::recent(&mut c, 50, None).await.unwrap();
    assert_eq!(
        rows.iter()
            .filter(|r| r.action == "directory.exported")
            .count(),
        6
    );
}

#[tokio::test]
async fn dir10_a_problem_is_reported_in_one_step_and_shown_until_resolved() {
    let w = world().await;
    let id = publish(
        &w,
        "CN",
        entry("国家中心", "National Centre", "zh", "Asia/Shanghai"),
    )
    .await;
    let cn_admin =
        w.t.user("admin@cn.example.org", Role::NationalAdmin, Some("CN"))
            .await;
    let reader = w.t.signed_in(&w.admin).await;
    let r = reader
        .post(
            &format!("/pocs/{id}/problems"),
            &[("kind", "bounced"), ("detail", "550 user unknown")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        reader
            .get(&format!("/pocs/{id}"))
            .await
            .body
            .contains("550 user unknown")
    );
    w.t.email("custodian@un.example.org", "Problem reported")
        .await;
    w.t.email("admin@cn.example.org", "Problem reported").await;
    let a = w.t.signed_in(&cn_admin).await;
    let page = a.get(&format!("/pocs/{id}")).await;
    let pid = regex_lite::Regex::new(r"/problems/([0-9a-f-]{36})/resolve")
        .unwrap()
        .captures(&page.body)
        .unwrap()[1]
        .to_string();
    assert_eq!(
        reader
            .post(&format!("/problems/{pid}/resolve"), &[])
            .await
            .status,
        403,
        "only the State or the custodian resolves"
    );
    assert_eq!(
        a.post(&format!("/problems/{pid}/resolve"), &[])
            .await
            .status,
        303
    );
    assert!(
        !reader
            .get(&format!("/pocs/{id}"))
            .await
            .body
            .contains("550 user unknown")
    );
}

#[tokio::test]
async fn dir7_overdue_entries_are_flagged_to_readers_and_the_custodian() {
    let w = world().await;
    let id = publish(&w, "RU", entry("Центр", "Centre", "ru", "Europe/Moscow")).await;
    w.t.app.clock().advance(400 * 86_400_000);
    let reader = w.t.signed_in(&w.admin).await;
    let page = text(&reader.get(&format!("/pocs/{id}")).await.body);
    assert!(page.contains("Confirmation overdue") && page.contains("may be out of date"));
    let d = app::directory::dashboard(&w.t.app, &w.custodian.actor)
        .await
        .unwrap();
    assert_eq!(d.overdue, 1);
    assert!(
        reader
            .get("/directory?overdue=true")
            .await
            .body
            .contains(&id)
    );
}

#[tokio::test]
async fn dir7_a_state_confirms_all_its_entries_in_one_action() {
    let w = world().await;
    let id = publish(&w, "RU", entry("Центр", "Centre", "ru", "Europe/Moscow")).await;
    w.t.app.clock().advance(400 * 86_400_000);
    let b = w.t.signed_in(&w.admin).await;
    assert!(
        b.get(&format!("/pocs/{id}"))
            .await
            .body
            .contains("badge-overdue")
    );
    let other =
        w.t.signed_in(
            &w.t.user("admin@cn.example.org", Role::NationalAdmin, Some("CN"))
                .await,
        )
        .await;
    assert_eq!(
        other.post("/states/RU/confirm", &[]).await.status,
        403,
        "only the State itself"
    );
    assert!(
        b.get(&format!("/pocs/{id}"))
            .await
            .body
            .contains("badge-overdue")
    );
    assert_eq!(b.post("/states/RU/confirm", &[]).await.status, 303);
    assert!(
        !b.get(&format!("/pocs/{id}"))
            .await
            .body
            .contains("badge-overdue")
    );
    assert_eq!(
        app::directory::dashboard(&w.t.app, &w.custodian.actor)
            .await
            .unwrap()
            .overdue,
        0
    );
}

/// DIR-6: a rejected nomination stays in sight of its State, with the
/// custodian's reason, from the email's link and from the desk; the State
/// corrects it from what it had submitted and nominates it again.
#[tokio::test]
async fn dir6_a_rejected_nomination_is_shown_with_its_reason_and_corrected() {
    let (t, custodian, admin_fr, admin_de) = two_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let mut form = nomination("Agence nationale");
    form.retain(|(k, _)| *k != "emails");
    form.push(("emails", "cert@anssi.example.org".into()));
    assert_eq!(
        fr.post("/states/FR/pocs/new", &fields(&form)).await.status,
        303
    );
    let c = t.signed_in(&custodian).await;
    let change = regex_lite::Regex::new(r"/custodian/changes/[0-9a-f-]{36}")
        .unwrap()
        .find(&c.get("/custodian/changes").await.body)
        .unwrap()
        .as_str()
        .to_string();
    let reason = "The address does not belong to the agency";
    let r = c
        .post(&format!("{change}/reject"), &[("reason", reason)])
        .await;
    assert_eq!(r.status, 303);

    let mail = t.email("admin@fr.example.org", "Not published").await;
    let link = mail.link(&format!("{}/pocs/", t.url));
    let entry = link.trim_start_matches(&t.url).to_string();
    let page = fr.get(&entry).await;
    assert_eq!(page.status, 200, "the email's link leads to the entry");
    let shown = text(&page.body);
    assert!(
        shown.contains(reason) && shown.contains("Correct and resubmit"),
        "{shown}"
    );
    let desk = text(&fr.get("/states/FR/desk").await.body);
    assert!(
        desk.contains("Not published") && desk.contains(reason),
        "{desk}"
    );
    assert_eq!(c.get(&entry).await.status, 200, "the custodian sees it too");
    assert_eq!(
        t.signed_in(&admin_de).await.get(&entry).await.status,
        404,
        "another State does not"
    );

    // Corrected from what was submitted, and nominated again.
    let edit = fr.get(&format!("{entry}/edit")).await;
    assert_eq!(edit.status, 200);
    assert!(edit.body.contains("cert@anssi.example.org"));
    let mut corrected = form.clone();
    corrected.retain(|(k, _)| *k != "emails");
    corrected.push(("emails", "cert@ssi.example.org".into()));
    let r = fr.post(&format!("{entry}/edit"), &fields(&corrected)).await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let desk = text(&fr.get("/states/FR/desk").await.body);
    assert!(
        !desk.contains(reason),
        "corrected, it leaves the list: {desk}"
    );
    let pending = pending_changes(&t.app, &custodian.actor).await;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].version.kind, "create");
    assert_eq!(
        entry,
        format!("/pocs/{}", pending[0].poc_id),
        "the same entry"
    );
}

/// DIR-3: a time zone is chosen by city or country in the reader's
/// language, starts at the State's capital, is stored as its canonical id,
/// refuses ids that mislead, and reads as people name it.
#[tokio::test]
async fn dir3_time_zones_are_chosen_by_city_and_stored_canonical() {
    let (t, custodian, admin_fr, _) = two_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let form = fr.get("/states/FR/pocs/new").await.body;
    assert!(
        form.contains(
            "id=\"f-timezone\" name=\"timezone\" type=\"text\" value=\"Europe&#x2f;Paris\""
        ),
        "the capital's zone first"
    );
    assert!(form.contains(
        "<option value=\"Africa&#x2f;Cairo\">Cairo (Egypt) — Eastern European Time</option>"
    ));

    let submit = |entity: &'static str, zone: &'static str| {
        let mut f = nomination(entity);
        f.retain(|(k, _)| *k != "timezone");
        f.push(("timezone", zone.into()));
        f
    };
    for misleading in ["Etc/GMT-3", "EST", "UTC+3"] {
        let before = t.count("poc_versions").await;
        let r = fr
            .post(
                "/states/FR/pocs/new",
                &fields(&submit("Misleading", misleading)),
            )
            .await;
        assert_eq!(r.status, 422, "{misleading}");
        assert!(
            text(&r.body).contains("Choose the city from the list"),
            "{misleading}"
        );
        assert_eq!(t.count("poc_versions").await, before);
    }
    for (entity, typed, stored) in [
        ("Typed city", "Cairo", "Africa/Cairo"),
        ("Typed in Arabic", "القاهرة", "Africa/Cairo"),
        ("Lower case", "europe/paris", "Europe/Paris"),
    ] {
        let r = fr
            .post("/states/FR/pocs/new", &fields(&submit(entity, typed)))
            .await;
        assert_eq!(r.status, 303, "{typed}: {}", text(&r.body));
        let change = pending_changes(&t.app, &custodian.actor)
            .await
            .into_iter()
            .find(|c| c.entity == entity)
            .unwrap();
        let detail = app::directory::change(&t.app, &custodian.actor, &change.version.id)
            .await
            .unwrap();
        assert_eq!(detail.fields.timezone.as_str(), stored, "{typed}");
    }
    crate::helpers::publish(&t, &custodian, &admin_fr, "FR", "cert@fr.example.org", "fr").await;
    let state = fr.get("/states/FR").await.body;
    let entry = regex_lite::Regex::new(r"/pocs/[0-9a-f-]{36}")
        .unwrap()
        .find(&state)
        .unwrap()
        .as_str()
        .to_string();
    let page = text(&fr.get(&entry).await.body);
    assert!(page.contains("Central European Time (Paris)"), "{page}");
}

/// DIR-3, DIR-8, NFR-1: languages are any language, named in the reader's
/// language everywhere, picked by name; a filter that cannot be understood
/// is explained beside the filters instead of replacing the page.
#[tokio::test]
async fn dir3_languages_are_named_and_any_code_or_name_is_understood() {
    let (t, custodian, admin_fr, _) = two_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let mut form = nomination("Centre philippin");
    form.retain(|(k, _)| *k != "languages");
    // The UN languages are ticked in a list; others are typed by name or code.
    let page = fr.get("/states/FR/pocs/new").await.body;
    assert!(page.contains("name=\"common_languages\" value=\"fr\""));
    assert!(page.contains("<datalist id=\"all-languages\"><option value=\"Abkhazian\">"));
    form.push(("common_languages", "fr".into()));
    form.push(("languages", "fil, Haitian Creole".into()));
    assert_eq!(
        fr.post("/states/FR/pocs/new", &fields(&form)).await.status,
        303
    );
    let change = pending_changes(&t.app, &custodian.actor).await.remove(0);
    let c = t.signed_in(&custodian).await;
    let r = c
        .post(
            &format!("/custodian/changes/{}/verify", change.version.id),
            &[("channel", "note_verbale"), ("reference", "NV 1")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));

    let entry = fr.get(&format!("/pocs/{}", change.poc_id)).await.body;
    let shown = text(&entry);
    assert!(
        shown.contains("French, Filipino, Haitian Creole"),
        "{shown}"
    );
    let edit = fr.get(&format!("/pocs/{}/edit", change.poc_id)).await.body;
    assert!(edit.contains("value=\"fr\" checked"), "ticked again");
    assert!(
        edit.contains("value=\"Filipino, Haitian Creole\""),
        "{edit}"
    );
    assert!(
        shown.contains("Technical") && !shown.contains(" technical "),
        "the history says Technical: {shown}"
    );
    assert!(shown.contains("Central European Time (Zurich)"), "{shown}");
    fr.post("/language", &[("lang", "zh"), ("back", "/")]).await;
    assert!(
        text(&fr.get(&format!("/pocs/{}", change.poc_id)).await.body)
            .contains("法语、菲律宾语、海地克里奥尔语")
    );

    for filter in ["fra", "zh-Hans", "fil", "Filipino", "菲律宾语", "FR"] {
        let r = fr
            .get(&format!("/directory?language={}", url(filter)))
            .await;
        assert_eq!(r.status, 200, "{filter}");
    }
    let found = text(
        &fr.get(&format!("/directory?language={}", url("菲律宾语")))
            .await
            .body,
    );
    assert!(found.contains("Centre philippin"), "{found}");
    let bad = fr.get("/directory?language=xx").await;
    assert_eq!(bad.status, 422, "refused, and said why");
    let page = text(&bad.body);
    assert!(page.contains("语言") || page.contains("ISO 639"), "{page}");
    assert!(
        page.contains("Centre philippin"),
        "the directory is still shown: {page}"
    );
}

/// DIR-3: numbers are taken as people write them, checked against the plan
/// of the country they dial, and a wrong one is named with the reason.
#[tokio::test]
async fn dir3_phone_numbers_are_checked_by_country_and_errors_name_the_line() {
    let (t, _custodian, admin_fr, _) = two_states().await;
    let fr = t.signed_in(&admin_fr).await;
    let with_phones = |phones: &str| {
        let mut f = nomination("Centre");
        f.retain(|(k, _)| *k != "phones");
        f.push(("phones", phones.into()));
        f
    };
    let before = t.count("poc_versions").await;
    let r = fr
        .post(
            "/states/FR/pocs/new",
            &fields(&with_phones("+1 (212) 963-1234 ext. 567\n+999 1234 5678")),
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        text(&r.body).contains("“+999 1234 5678”: this is not a possible number"),
        "{}",
        text(&r.body)
    );
    assert_eq!(t.count("poc_versions").await, before);
    let r = fr
        .post(
            "/states/FR/pocs/new",
            &fields(&with_phones(
                "+1 (212) 963-1234 ext. 567\n+44 (0)20 7008 5000 24/7",
            )),
        )
        .await;
    assert_eq!(r.status, 303, "{}", text(&r.body));
    let desk = fr.get("/states/FR/desk").await.body;
    let entry = regex_lite::Regex::new(r"/pocs/[0-9a-f-]{36}")
        .unwrap()
        .find(&desk)
        .unwrap()
        .as_str()
        .to_string();
    let page = fr.get(&entry).await.body;
    assert!(page.contains("href=\"tel:+12129631234;ext=567\""), "{page}");
    assert!(text(&page).contains("+1 212-963-1234 ext. 567"));
    assert!(text(&page).contains("+44 20 7008 5000"));
}
