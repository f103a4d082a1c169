//! CAP-2: a State proposes a capacity-building initiative or an expert
//! meeting; the custodian publishes or declines it with a reason; published
//! ones are public, filterable by region, topic and date, with a contact
//! only where the State chose to publish it.

use crate::helpers::*;

fn proposal<'a>(title: &'a str, starts: &'a str, contact_public: bool) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("kind", "meeting"),
        ("topic", "incident-response"),
        ("written_in", "fr"),
        ("title", title),
        (
            "description",
            "Deux jours d’exercices sur table.\nOuvert aux CERT nationaux.",
        ),
        ("title_en", "Tabletop workshop"),
        ("starts_on", starts),
        ("organiser", "CERT-FR"),
        ("contact", "formation@cert.fr.example.org"),
        ("languages", "fr"),
        ("languages", "en"),
        ("open_to_all", "true"),
    ];
    if contact_public {
        f.push(("contact_public", "true"));
    }
    f
}

#[tokio::test]
async fn cap2_a_state_proposes_the_custodian_decides_and_the_public_reads() {
    let (t, custodian, fr, de) = two_states().await;
    let paris = t.signed_in(&fr).await;
    let keeper = t.signed_in(&custodian).await;
    let public = t.browser();

    // Bad input: each field named, nothing stored.
    let r = paris
        .post(
            "/states/FR/initiatives",
            &[
                ("kind", "party"),
                ("starts_on", "2020-01-01"),
                ("ends_on", "yesterday"),
                ("contact", "not an address"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    let shown = text(&r.body);
    for message in [
        "Choose whether this is an initiative or an expert meeting.",
        "Choose one of the topics offered.",
        "Tick at least one of the six languages it is held in.",
    ] {
        assert!(shown.contains(message), "{message}: {shown}");
    }
    let over = paris
        .post(
            "/states/FR/initiatives",
            &proposal("Atelier passé", "2020-01-01", true),
        )
        .await;
    assert_eq!(over.status, 422);
    assert!(text(&over.body).contains("This is already over."));
    assert_eq!(t.count("initiatives").await, 0);
    // Only a State's own administrators propose in its name.
    let berlin = t.signed_in(&de).await;
    let forged = berlin
        .post(
            "/states/FR/initiatives",
            &proposal("Faux", "2099-01-01", true),
        )
        .await;
    assert_eq!(forged.status, 403);

    // Two proposals: one published with its contact, one declined.
    for (title, public_contact) in [("Atelier de coordination", true), ("Atelier refusé", false)] {
        let r = paris
            .post(
                "/states/FR/initiatives",
                &proposal(title, "2099-03-10", public_contact),
            )
            .await;
        assert_eq!(r.status, 303, "{}", text(&r.body));
    }
    assert!(
        !public
            .get("/initiatives")
            .await
            .body
            .contains("Atelier de coordination")
    );
    let pending = keeper.get("/custodian/initiatives").await.body;
    let id = |title: &str| {
        let at = pending.find(title).unwrap();
        let before = &pending[..at];
        let start = before.rfind("id=\"i-").unwrap() + 6;
        pending[start..start + 36].to_string()
    };
    let (published, declined) = (id("Atelier de coordination"), id("Atelier refusé"));
    let r = keeper
        .post(
            &format!("/custodian/initiatives/{published}/decide"),
            &[("decision", "publish")],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = keeper
        .post(
            &format!("/custodian/initiatives/{declined}/decide"),
            &[("decision", "decline"), ("reason", "")],
        )
        .await;
    assert_eq!(r.status, 422, "a refusal needs its reason");
    let r = keeper
        .post(
            &format!("/custodian/initiatives/{declined}/decide"),
            &[
                ("decision", "decline"),
                ("reason", "Hors du champ de l’annuaire"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let again = keeper
        .post(
            &format!("/custodian/initiatives/{published}/decide"),
            &[("decision", "decline"), ("reason", "x")],
        )
        .await;
    assert_eq!(again.status, 409);

    // The public reads the published one, its contact, and not the other.
    let list = public.get("/initiatives").await.body;
    assert!(list.contains("Atelier de coordination") && !list.contains("Atelier refusé"));
    assert!(list.contains("formation@cert.fr.example.org"));
    assert!(list.contains("Tabletop workshop"));
    // Filters: region, topic, date.
    for (query, shown) in [
        ("region=WEOG", true),
        ("region=AFRICA", false),
        ("topic=incident-response", true),
        ("topic=exercises", false),
        ("from=2099-03-11", false),
        ("from=2099-03-10", true),
    ] {
        let body = public.get(&format!("/initiatives?{query}")).await.body;
        assert_eq!(body.contains("Atelier de coordination"), shown, "{query}");
    }
    // The custodian was told of each proposal; the State of each decision.
    t.email(&custodian.email, "France proposes: Atelier de coordination")
        .await;
    t.email(&fr.email, "Published: Atelier de coordination")
        .await;
    let declined = t.email(&fr.email, "Not published: Atelier refusé").await;
    assert!(
        declined.body.contains("Hors du champ de l’annuaire"),
        "{}",
        declined.body
    );
    // The State reads what became of each, with the reason.
    let mine = text(&paris.get("/states/FR/initiatives").await.body);
    assert!(
        mine.contains("Published") && mine.contains("Reason: Hors du champ de l’annuaire"),
        "{mine}"
    );
    let audit = t.audit_actions().await;
    for action in [
        "initiative.proposed",
        "initiative.published",
        "initiative.declined",
    ] {
        assert!(audit.contains(&action.to_string()), "{action}");
    }
}

/// A contact the State did not choose to publish stays off the public page.
#[tokio::test]
async fn cap2_an_unpublished_contact_never_shows_publicly() {
    let (t, custodian, fr, _de) = two_states().await;
    let input = app::initiatives::InitiativeInput {
        kind: "initiative".into(),
        topic: "technical-training".into(),
        title: "Formation".into(),
        description: "Une semaine.".into(),
        written_in: "fr".into(),
        starts_on: "2099-05-01".into(),
        organiser: "CERT-FR".into(),
        contact: "private@cert.fr.example.org".into(),
        languages: vec!["fr".into()],
        ..Default::default()
    };
    let france = domain::StateCode::parse("FR").unwrap();
    let id = app::initiatives::propose(&t.app, &fr.actor, france, &input)
        .await
        .unwrap();
    app::initiatives::decide(&t.app, &custodian.actor, &id, true, "")
        .await
        .unwrap();
    let body = t.browser().get("/initiatives").await.body;
    assert!(body.contains("Formation") && !body.contains("private@cert.fr.example.org"));
}
