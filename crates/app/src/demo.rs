//! The demo dataset: 60 participating States with fictional POCs, demo
//! accounts with known second factors, and a scale dataset for benchmarks.

use crate::clock::DAY;
use crate::directory::{Backdated, ChangeKind, ChangeMeta, insert_verified, submit};
use crate::{App, AppError, AppResult, accounts, audit};
use domain::poc::PocInput;
use domain::{Actor, Role, StateCode};
use serde::Deserialize;
use serde_json::json;

const DEMO_JSON: &str = include_str!("../data/demo.json");

pub const PASSWORD: &str = "geneva demo passphrase 2026";

/// Demo accounts: email, name, role, State, TOTP secret (base32). The secrets
/// are fixed so that the printed instructions stay true across restarts.
pub const ACCOUNTS: [(&str, &str, Role, Option<&str>, &str); 6] = [
    (
        "custodian@un.example.org",
        "Custodian (demo)",
        Role::Custodian,
        None,
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    ),
    (
        "admin@fr.example.org",
        "Camille Laurent",
        Role::NationalAdmin,
        Some("FR"),
        "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
    ),
    (
        "admin@ru.example.org",
        "Анна Смирнова",
        Role::NationalAdmin,
        Some("RU"),
        "ONSWG4TFOQQGC3TEEBZWK5DUNF3GK4TT",
    ),
    (
        "admin@eg.example.org",
        "ليلى حسن",
        Role::NationalAdmin,
        Some("EG"),
        "KRUGKIDROVUWG2ZAMJZG653OEBTG66DK",
    ),
    (
        "admin@cn.example.org",
        "王丽",
        Role::NationalAdmin,
        Some("CN"),
        "NJ2W24DTEBXXMZLSEB2GQZJANRQXU6JA",
    ),
    (
        "member@br.example.org",
        "Rafael Souza",
        Role::Member,
        Some("BR"),
        "MRXWOIDBNZSCAYLMNRXWKIDQN5XGK4ZA",
    ),
];

#[derive(Deserialize)]
struct DemoState {
    state: String,
    admitted_days_ago: i64,
    pm_email: String,
    pocs: Vec<DemoPoc>,
}

#[derive(Deserialize)]
struct DemoPoc {
    #[serde(rename = "type")]
    poc_type: String,
    entity: String,
    entity_en: Option<String>,
    web: Option<String>,
    person_name: Option<String>,
    position: Option<String>,
    position_en: Option<String>,
    emails: Vec<String>,
    phones: Vec<DemoPhone>,
    languages: Vec<String>,
    timezone: String,
    hours: Option<String>,
    submission_language: String,
    notes: Option<String>,
    notes_en: Option<String>,
    overdue: bool,
    /// An OpenPGP public key made with GnuPG for the demo (DIR-3).
    #[serde(default)]
    pgp_key: Option<String>,
}

#[derive(Deserialize)]
struct DemoPhone {
    number: String,
    h24: bool,
}

impl DemoPoc {
    fn input(&self) -> PocInput {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        PocInput {
            poc_type: self.poc_type.clone(),
            entity: self.entity.clone(),
            entity_en: o(&self.entity_en),
            web: o(&self.web),
            person_name: o(&self.person_name),
            position: o(&self.position),
            position_en: o(&self.position_en),
            emails: self.emails.join("\n"),
            phones: self
                .phones
                .iter()
                .map(|p| {
                    if p.h24 {
                        format!("{} 24/7", p.number)
                    } else {
                        p.number.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            languages: self.languages.join(", "),
            timezone: self.timezone.clone(),
            hours: o(&self.hours),
            pgp_key: o(&self.pgp_key),
            submission_language: self.submission_language.clone(),
            notes: o(&self.notes),
            notes_en: o(&self.notes_en),
            ..Default::default()
        }
    }
}

fn invalid(what: &str, e: impl std::fmt::Debug) -> AppError {
    AppError::Internal(format!("demo data, {what}: {e:?}"))
}

/// Loads the demo dataset into an empty database. Returns false if the
/// database already holds it.
pub(crate) async fn load(app: &App) -> AppResult<bool> {
    {
        let mut c = app.db.conn().await?;
        if store::user::by_email(&mut c, ACCOUNTS[0].0)
            .await?
            .is_some()
        {
            return Ok(false);
        }
    }
    let states: Vec<DemoState> =
        serde_json::from_str(DEMO_JSON).map_err(|e| invalid("demo.json", e))?;
    let mut ids = Vec::new();
    for (email, name, role, state, secret) in ACCOUNTS {
        let state = state.map(StateCode::parse).transpose()?;
        ids.push(
            accounts::create_active_user(app, email, name, role, state, PASSWORD, secret).await?,
        );
    }
    let custodian = Actor::User {
        id: ids[0].clone(),
        role: Role::Custodian,
        state: None,
    };
    let now = app.now();
    let mut c = app.begin().await?;
    for (i, s) in states.iter().enumerate() {
        let code = StateCode::parse(&s.state)?;
        let admitted = now - s.admitted_days_ago * DAY;
        let reference = format!("DEMO/NV/{:03}", i + 1);
        store::state::admit(
            &mut c,
            code.as_str(),
            &ids[0],
            &reference,
            Some(&s.pm_email),
            admitted,
        )
        .await?;
        for (j, p) in s.pocs.iter().enumerate() {
            let fields = p
                .input()
                .validate()
                .and_then(|f| crate::directory::keys::with_key(f, now).map_err(|e| vec![e]))
                .map_err(|e| invalid(&format!("{} POC {}", s.state, j + 1), e))?;
            let confirmed = if p.overdue {
                now - (400 + j as i64 * 17) * DAY
            } else {
                now - ((i * 7 + j * 31) % 300) as i64 * DAY
            };
            insert_verified(
                &mut c,
                code,
                &fields,
                &ids[0],
                &reference,
                Backdated {
                    submitted_at: admitted.min(confirmed),
                    confirmed_at: confirmed,
                    written_at: now,
                },
            )
            .await?;
        }
    }
    audit::record(
        &mut c,
        &custodian,
        "demo.loaded",
        "directory",
        json!({ "states": states.len() }),
    )
    .await?;
    c.commit().await?;
    // The demo shows every type, the further ones included (DIR-2).
    let further: Vec<String> = domain::PocType::ALL
        .into_iter()
        .filter(|t| !t.is_core())
        .map(|t| t.code().to_string())
        .collect();
    crate::directory::set_offered(app, &custodian, &further).await?;
    pending_examples(app, &ids).await?;
    Ok(true)
}

/// A few things waiting for the custodian, so the demo shows the workflow.
async fn pending_examples(app: &App, ids: &[String]) -> AppResult<()> {
    let fr = StateCode::parse("FR")?;
    let admin_fr = Actor::User {
        id: ids[1].clone(),
        role: Role::NationalAdmin,
        state: Some(fr),
    };
    let input = PocInput {
        poc_type: "legal".into(),
        entity: "Direction des affaires juridiques — Bureau du droit du numérique".into(),
        entity_en: "Directorate of Legal Affairs — Digital Law Office".into(),
        emails: "droit-numerique@diplomatie.fr.example.org".into(),
        phones: "+33 1 43 17 53 53".into(),
        languages: "fr, en".into(),
        timezone: "Europe/Paris".into(),
        hours: "Mon–Fri 09:00–18:00".into(),
        submission_language: "fr".into(),
        ..Default::default()
    };
    submit(
        app,
        &admin_fr,
        fr,
        ChangeKind::Create,
        Some(&input),
        &ChangeMeta::default(),
    )
    .await?;
    let request = crate::accounts::AccessRequestInput {
        state: "NZ".into(),
        requester_name: "Aroha Williams".into(),
        requester_title: "First Secretary, Permanent Mission of New Zealand".into(),
        email: "mission.nz@pm.example.org".into(),
        note_verbale_ref: "NZ/UN/2026/117".into(),
        message: String::new(),
    };
    let origin = crate::accounts::Origin {
        ip: "demo".into(),
        user_agent: String::new(),
        device: None,
    };
    crate::accounts::request_access(app, &Actor::Anonymous, &request, "en", &origin).await?;
    // The OSCE keeps a regional copy, and France shares with it (INT-3).
    let custodian = Actor::User {
        id: ids[0].clone(),
        role: Role::Custodian,
        state: None,
    };
    let (osce, _) = crate::sharing::register(app, &custodian, "OSCE").await?;
    crate::sharing::decide_sharing(app, &admin_fr, fr, &osce.id, "grant").await?;
    crate::sharing::register(app, &custodian, "OAS").await?;
    // A workshop France offers, published, and a course Egypt proposed,
    // waiting for the custodian (CAP-2).
    let day = |n: i64| {
        jiff::Timestamp::from_millisecond(app.now())
            .ok()
            .and_then(|t| {
                t.to_zoned(jiff::tz::TimeZone::UTC)
                    .date()
                    .checked_add(jiff::Span::new().days(n))
                    .ok()
            })
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let workshop = crate::initiatives::InitiativeInput {
        kind: "meeting".into(),
        topic: "incident-response".into(),
        title: "Atelier sur la coordination de la réponse aux incidents".into(),
        description: "Deux jours d’exercices sur table entre CERT nationaux et ministères des affaires étrangères : qui appeler, quand, et avec quel niveau de confidentialité.".into(),
        title_en: "Workshop on coordinating incident response".into(),
        description_en: "Two days of tabletop exercises between national CERTs and foreign ministries: whom to call, when, and at what level of confidentiality.".into(),
        written_in: "fr".into(),
        starts_on: day(30),
        ends_on: day(31),
        organiser: "CERT-FR".into(),
        contact: "formation@cert.fr.example.org".into(),
        contact_public: true,
        languages: vec!["fr".into(), "en".into()],
        open_to_all: true,
    };
    let id = crate::initiatives::propose(app, &admin_fr, fr, &workshop).await?;
    crate::initiatives::decide(app, &custodian, &id, true, "").await?;
    let course = crate::initiatives::InitiativeInput {
        kind: "initiative".into(),
        topic: "technical-training".into(),
        title: "دورة تدريبية في التحليل الجنائي الرقمي".into(),
        description: "دورة لمدة أسبوع لفرق الاستجابة للطوارئ الحاسوبية في المنطقة العربية.".into(),
        written_in: "ar".into(),
        starts_on: day(60),
        organiser: "EG-CERT".into(),
        contact: "training@eg-cert.eg.example.org".into(),
        languages: vec!["ar".into(), "en".into()],
        ..Default::default()
    };
    let admin_eg = Actor::User {
        id: ids[3].clone(),
        role: Role::NationalAdmin,
        state: Some(StateCode::parse("EG")?),
    };
    crate::initiatives::propose(app, &admin_eg, StateCode::parse("EG")?, &course).await?;
    exercise(app, &custodian, ids).await?;
    // France's CERT reads the directory with a token (INT-1).
    let session = crate::accounts::Session {
        token_hash: String::new(),
        user_id: ids[1].clone(),
        stage: "full".into(),
        actor: admin_fr,
        locale: "fr".into(),
        display_name: String::new(),
    };
    let scopes = ["directory:read".to_string(), "checks".to_string()];
    crate::accounts::create_token(app, &session, "CERT-FR ticketing", &scopes, "").await?;
    Ok(())
}

/// An exercise under way (EXR-1): France and Russia accepted, Egypt has not
/// answered; the first inject went out at launch and France acknowledged it.
async fn exercise(app: &App, custodian: &Actor, ids: &[String]) -> AppResult<()> {
    use crate::exercises as x;
    let id = x::create(
        app,
        custodian,
        "en",
        "Cross-border ransomware against hospitals",
        "Hospitals in several States report encrypted systems and a ransom note. \
         The exercise team plays the national CERT of a fictitious State, Ardenia, \
         which asks for help and information. Acknowledge and answer as you would for real.",
    )
    .await?;
    x::save_text(
        app,
        custodian,
        &id,
        "fr",
        "Rançongiciel transfrontière contre des hôpitaux",
        "Des hôpitaux de plusieurs États signalent des systèmes chiffrés et une demande de rançon. \
         La direction de l’exercice joue le CERT national d’un État fictif, l’Ardénie, \
         qui demande aide et informations. Accusez réception et répondez comme vous le feriez réellement.",
    )
    .await?;
    let states = ["FR", "RU", "EG"].map(String::from);
    x::invite(app, custodian, &id, &states).await?;
    for (i, code) in [(1, "FR"), (2, "RU")] {
        let admin = Actor::User {
            id: ids[i].clone(),
            role: Role::NationalAdmin,
            state: Some(StateCode::parse(code)?),
        };
        let players: Vec<String> = x::candidates(app, &admin)
            .await?
            .into_iter()
            .take(1)
            .map(|(poc, _, _)| poc)
            .collect();
        x::answer(app, &admin, &id, "accept", &players).await?;
    }
    let inject = |release: &str, after: String, to: &[&str]| x::InjectInput {
        sender: "Ardenia CERT".into(),
        to_states: to.iter().map(|s| s.to_string()).collect(),
        template_key: "assistance".into(),
        urgency: "urgent".into(),
        tlp: "amber".into(),
        release: release.into(),
        offset_minutes: "30".into(),
        after,
        ack_within_minutes: "15".into(),
        answer_within_minutes: "60".into(),
        ..Default::default()
    };
    let fields = |f: &[(&str, &str)]| {
        f.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let first = x::add_inject(
        app,
        custodian,
        &id,
        &x::InjectInput {
            release: "at".into(),
            offset_minutes: "0".into(),
            fields: fields(&[
                ("nature", "Ransomware in hospitals"),
                (
                    "description",
                    "Several hospitals of Ardenia are encrypted. Do you see the same indicators?",
                ),
                (
                    "requested_action",
                    "Share indicators of compromise and tell us whom to call.",
                ),
            ]),
            ..inject("at", String::new(), &["FR", "RU"])
        },
    )
    .await?;
    x::add_inject(
        app,
        custodian,
        &id,
        &x::InjectInput {
            fields: fields(&[
                ("nature", "Threat to publish patient data"),
                (
                    "description",
                    "The attackers threaten to publish patient data within 24 hours.",
                ),
            ]),
            ..inject("after", first, &["FR", "RU", "EG"])
        },
    )
    .await?;
    x::steer(app, custodian, &id, "launch").await?;
    let admin_fr = Actor::User {
        id: ids[1].clone(),
        role: Role::NationalAdmin,
        state: Some(StateCode::parse("FR")?),
    };
    let threads = crate::messages::inbox(app, &admin_fr).await?;
    if let Some(t) = threads.iter().find(|t| t.exercise_id.is_some()) {
        crate::messages::acknowledge(app, &admin_fr, &t.id).await?;
    }
    Ok(())
}

/// Adds `n` synthetic published entries spread over the participating States.
pub(crate) async fn load_scale(app: &App, n: usize) -> AppResult<()> {
    let mut c = app.db.conn().await?;
    let states = store::state::participating(&mut c).await?;
    drop(c);
    let custodian = ACCOUNTS[0].0;
    let by = {
        let mut c = app.db.conn().await?;
        store::user::by_email(&mut c, custodian)
            .await?
            .map(|u| u.id)
            .unwrap_or_default()
    };
    let words = [
        "National",
        "Cyber",
        "Security",
        "Centre",
        "Ministry",
        "Foreign",
        "Affairs",
        "Digital",
        "Agency",
        "Computer",
        "Emergency",
        "Response",
        "Team",
        "Office",
        "Coordination",
        "Directorate",
        "Infrastructure",
    ];
    let now = app.now();
    let mut done = 0;
    while done < n {
        let mut c = app.begin().await?;
        for k in done..(done + 1000).min(n) {
            let state = StateCode::parse(&states[k % states.len()].code)?;
            let name = format!(
                "{} {} {} {} {k}",
                words[k % 17],
                words[(k / 17) % 17],
                words[(k / 289) % 17],
                words[(k / 7) % 17]
            );
            let input = PocInput {
                poc_type: if k % 2 == 0 {
                    "technical"
                } else {
                    "diplomatic"
                }
                .into(),
                entity: name,
                emails: format!("poc{k}@{}.example.org", state.as_str().to_lowercase()),
                phones: format!("+41 22 {:03} {:04}", k % 1000, k % 10000),
                languages: "en".into(),
                timezone: "Europe/Zurich".into(),
                submission_language: "en".into(),
                ..Default::default()
            };
            let fields = input.validate().map_err(|e| invalid("scale entry", e))?;
            let at = Backdated {
                submitted_at: now - DAY,
                confirmed_at: now - DAY,
                written_at: now,
            };
            insert_verified(&mut c, state, &fields, &by, "SCALE", at).await?;
        }
        c.commit().await?;
        done = (done + 1000).min(n);
    }
    // Synthetic States share with every regional directory registered, so
    // that a benchmark syncs the whole directory.
    let mut c = app.begin().await?;
    for client in store::regional::clients(&mut c).await? {
        for s in &states {
            let seq = store::regional::next_seq(&mut c).await?;
            let row = store::regional::ConsentRow {
                state_code: s.code.clone(),
                client_id: client.id.clone(),
                status: "granted".into(),
                decided_at: now,
                decided_by: "demo".into(),
                sync_seq: seq,
            };
            store::regional::decide(&mut c, &row).await?;
        }
    }
    c.commit().await?;
    Ok(())
}
