//! PUB-1: the custodian writes the public pages — the mandate, how to join
//! and news — in Markdown, in each language, with a preview and versions;
//! readers of a language without its own text get the English, and are
//! told so; what is written is sanitised.

use crate::helpers::*;

/// The preview section of the editor.
fn preview_of(body: &str) -> &str {
    let after = body.split_once("id=\"preview\"").map_or("", |(_, p)| p);
    after.split_once("</section>").map_or(after, |(p, _)| p)
}

#[tokio::test]
async fn pub1_the_custodian_writes_public_pages_with_a_preview_versions_and_a_visible_fallback() {
    let (t, custodian, fr, _de) = two_states().await;
    let keeper = t.signed_in(&custodian).await;
    let reader = t.browser();
    let i18n = t.app.i18n();
    let builtin = text(&i18n.t("en", "home-mandate-1", &[]));
    assert!(text(&reader.get("/").await.body).contains(&builtin));

    // A preview renders and sanitises, and saves nothing.
    let md = "## Our mandate\n\nA **confidence-building measure**.\n\n<script>alert(1)</script>\n\n\
              [Click](javascript:alert(1)) or read [the Charter](https://www.un.org/en/about-us/un-charter).";
    let shown = keeper
        .post(
            "/custodian/pages/mandate/en",
            &[("body", md), ("action", "preview")],
        )
        .await;
    assert_eq!(shown.status, 200);
    let preview = preview_of(&shown.body);
    assert!(
        preview.contains("<strong>confidence-building measure</strong>"),
        "{preview}"
    );
    assert!(preview.contains("href=\"https://www.un.org/en/about-us/un-charter\""));
    assert!(
        !preview.contains("<script") && !preview.contains("javascript:"),
        "{preview}"
    );
    assert_eq!(t.count("public_pages").await, 0);

    // Published in English: every reader gets it; a French reader is told
    // it is the English text.
    let done = keeper
        .post(
            "/custodian/pages/mandate/en",
            &[("body", md), ("action", "publish")],
        )
        .await;
    assert_eq!(done.status, 303);
    let home = reader.get("/").await.body;
    assert!(home.contains("confidence-building measure") && !text(&home).contains(&builtin));
    assert!(!home.contains("<script>alert"));
    reader
        .post("/language", &[("lang", "fr"), ("back", "/")])
        .await;
    let home = reader.get("/").await.body;
    assert!(text(&home).contains(&text(&i18n.t("fr", "public-fallback", &[]))));
    assert!(home.contains("lang=\"en\""));

    // Its French version replaces it for French readers, without the notice.
    for body in [
        "Le répertoire est une mesure de confiance.",
        "Le répertoire est une **mesure de confiance**.",
    ] {
        let r = keeper
            .post(
                "/custodian/pages/mandate/fr",
                &[("body", body), ("action", "publish")],
            )
            .await;
        assert_eq!(r.status, 303);
    }
    let home = reader.get("/").await.body;
    assert!(home.contains("<strong>mesure de confiance</strong>"));
    assert!(!text(&home).contains(&text(&i18n.t("fr", "public-fallback", &[]))));

    // Every version is kept, newest first, with who saved it.
    let editor = text(&keeper.get("/custodian/pages/mandate/fr").await.body);
    let (v2, v1) = (editor.find("Version 2,"), editor.find("Version 1,"));
    assert!(v2.is_some() && v1.is_some() && v2 < v1, "{editor}");
    assert!(editor.contains(&custodian.email), "{editor}");
    let list = text(&keeper.get("/custodian/pages").await.body);
    assert!(list.contains("Not written"), "{list}");

    // Bad input changes nothing.
    let before = t.count("public_pages").await;
    let long = "a".repeat(app::public_pages::MAX_CHARS + 1);
    let r = keeper
        .post(
            "/custodian/pages/news/en",
            &[("body", &long), ("action", "publish")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(text(&r.body).contains("longer than 20,000 characters"));
    for path in ["/custodian/pages/charter/en", "/custodian/pages/news/de"] {
        assert_eq!(keeper.get(path).await.status, 404, "{path}");
        let r = keeper
            .post(path, &[("body", "x"), ("action", "publish")])
            .await;
        assert_eq!(r.status, 404, "{path}");
    }
    let admin = t.signed_in(&fr).await;
    let r = admin
        .post(
            "/custodian/pages/news/en",
            &[("body", "Forged"), ("action", "publish")],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(t.count("public_pages").await, before);

    // News: none, then what the custodian wrote.
    reader
        .post("/language", &[("lang", "en"), ("back", "/")])
        .await;
    assert!(text(&reader.get("/news").await.body).contains("No news has been published yet."));
    keeper
        .post(
            "/custodian/pages/news/en",
            &[
                ("body", "- 60 States now take part."),
                ("action", "publish"),
            ],
        )
        .await;
    assert!(
        reader
            .get("/news")
            .await
            .body
            .contains("<li>60 States now take part.</li>")
    );
    assert!(
        t.audit_actions()
            .await
            .contains(&"page.published".to_string())
    );
}
