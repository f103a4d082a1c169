//! Directory exports: CSV, JSON and vCard 4.0 (DIR-9). Every export is
//! audit-logged; the printable page is rendered by the web layer.

use crate::directory::{BrowseQuery, Entry, filter, select};
use crate::error::authorize;
use crate::i18n::{I18n, un_language};
use crate::{App, AppError, AppResult, audit};
use domain::poc::PocFields;
use domain::policy::Resource;
use domain::{Action, Actor, StateCode};
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Vcard,
    Print,
}

impl Format {
    pub fn parse(raw: &str) -> Option<Format> {
        match raw {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "vcf" => Some(Format::Vcard),
            "print" => Some(Format::Print),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Vcard => "vcf",
            Format::Print => "print",
        }
    }
}

/// Whether an export holds more than one State's entries: a copy of the
/// directory, which a person confirms with a fresh second factor.
pub fn whole(q: &BrowseQuery) -> bool {
    q.state.trim().is_empty()
}

/// The entries an export contains, after recording who took them. A
/// person exporting more than one State gives `code`: a TOTP code or a
/// passkey assertion, fresh. A program's token carries its own scope.
pub async fn entries(
    app: &App,
    actor: &Actor,
    q: &BrowseQuery,
    format: &str,
    code: Option<&str>,
) -> AppResult<(Format, Vec<Entry>)> {
    authorize(actor, Action::ExportDirectory, Resource::None)?;
    let format =
        Format::parse(format).ok_or_else(|| AppError::field("format", "err-export-format"))?;
    let (rows, _) = select(app, &filter(app, q)?, 0, i64::from(u32::MAX)).await?;
    let mut c = app.begin().await?;
    if let Actor::User { id, .. } = actor
        && whole(q)
    {
        crate::accounts::reauthenticate(app, &mut c, id, code.unwrap_or_default()).await?;
    }
    audit::record(&mut c, actor, "directory.exported", "directory", json!({
        "format": format.code(), "entries": rows.len(), "q": q.q, "state": q.state, "region": q.region,
        "poc_type": q.poc_type, "language": q.language,
    }))
    .await?;
    c.commit().await?;
    crate::usage::count(app, actor, crate::usage::Event::Export);
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        if let Some(e) = crate::directory::entry_of(app, r)? {
            out.push(e);
        }
    }
    Ok((format, out))
}

/// The columns of the CSV export: stable keys that programs rely on, the
/// same in every language. Names made for people (`state_name`,
/// `poc_type_name`) are in the reader's language.
const COLUMNS: [&str; 21] = [
    "state",
    "state_name",
    "poc_type",
    "poc_type_name",
    "entity",
    "entity_en",
    "person_name",
    "position",
    "position_en",
    "emails",
    "phones",
    "phones_24_7",
    "languages",
    "timezone",
    "hours",
    "web",
    "pgp_fingerprint",
    "submission_language",
    "last_confirmed",
    "overdue",
    "id",
];

pub fn csv(entries: &[Entry], i18n: &I18n, lang: &str) -> String {
    let rows = entries.iter().map(|e| {
        let f = &e.fields;
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        let phones = |h24: bool| {
            f.phones
                .iter()
                .filter(|p| p.h24 == h24)
                // A tel: URI is understood by programs and never taken for a formula.
                .map(|p| p.tel())
                .collect::<Vec<_>>()
                .join("; ")
        };
        [
            e.state.to_string(),
            e.state.info().name(un_language(lang)).to_string(),
            f.poc_type.code().to_string(),
            i18n.t(
                lang,
                &format!("poc-type-{}", f.poc_type.code().replace('_', "-")),
                &[],
            ),
            f.entity.clone(),
            o(&f.entity_en),
            o(&f.person_name),
            o(&f.position),
            o(&f.position_en),
            f.emails
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            phones(false),
            phones(true),
            f.languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            f.timezone.to_string(),
            o(&f.hours),
            f.web.as_ref().map(|u| u.to_string()).unwrap_or_default(),
            o(&f.pgp_fingerprint),
            f.submission_language.code().to_string(),
            e.last_confirmed_at.map(date).unwrap_or_default(),
            e.overdue.to_string(),
            e.id.clone(),
        ]
    });
    crate::kernel::sheet::csv(&COLUMNS, rows)
}

/// The JSON export: what it is (when it was made, from which filter, how
/// many entries), then the entries, with each State's name in English and
/// in the reader's language.
pub fn json(entries: &[Entry], q: &BrowseQuery, generated_at: i64, lang: &str) -> String {
    let entries: Vec<_> = entries.iter().map(|e| record(e, lang)).collect();
    serde_json::to_string_pretty(&ExportFile {
        version: 1,
        generated_at: jiff::Timestamp::from_millisecond(generated_at)
            .map(|t| t.to_string())
            .unwrap_or_default(),
        language: lang.to_string(),
        filter: ExportFilter {
            q: q.q.clone(),
            state: q.state.clone(),
            region: q.region.clone(),
            poc_type: q.poc_type.clone(),
            language: q.language.clone(),
            overdue: q.overdue,
        },
        count: entries.len(),
        entries,
    })
    .unwrap_or_default()
}

/// The JSON export of the directory: what it is, then the entries.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ExportFile {
    /// The format's version: 1.
    pub version: u32,
    #[schema(format = DateTime)]
    pub generated_at: String,
    /// The language of the States' local names.
    pub language: String,
    pub filter: ExportFilter,
    pub count: usize,
    pub entries: Vec<EntryRecord>,
}

/// The filter an export was taken with.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ExportFilter {
    pub q: String,
    pub state: String,
    pub region: String,
    pub poc_type: String,
    pub language: String,
    pub overdue: bool,
}

/// One entry as machines read it, in the JSON export and the API: stable
/// English keys, the State's name in English and in the reader's language.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct EntryRecord {
    pub id: String,
    pub state: StateCode,
    pub state_name: String,
    pub state_name_local: String,
    pub fields: PocFields,
    /// The day (UTC) the State last confirmed the entry as current.
    #[schema(format = Date)]
    pub last_confirmed_at: Option<String>,
    /// Not confirmed within the interval the directory asks (DIR-7).
    pub overdue: bool,
}

pub fn record(e: &Entry, lang: &str) -> EntryRecord {
    EntryRecord {
        id: e.id.clone(),
        state: e.state,
        state_name: e.state.info().name(domain::UnLanguage::En).to_string(),
        state_name_local: e.state.info().name(un_language(lang)).to_string(),
        fields: e.fields.clone(),
        last_confirmed_at: e.last_confirmed_at.map(date),
        overdue: e.overdue,
    }
}

/// A day as ISO 8601 (UTC).
pub fn date(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// RFC 6350 text escaping.
/// RFC 6350 3.4 escaping. Any line break (CRLF, a lone CR or LF) becomes
/// `\n`, and other control characters are dropped: a reader that breaks
/// lines at a bare CR must not see a card forged inside a value.
fn esc(v: &str) -> String {
    v.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect::<String>()
        .replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
        .replace('\n', "\\n")
}

/// RFC 6350 3.2: lines longer than 75 octets are folded.
fn fold(line: &str, out: &mut String) {
    let mut len = 0;
    for ch in line.chars() {
        if len + ch.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(ch);
        len += ch.len_utf8();
    }
    out.push_str("\r\n");
}

pub fn vcard(entries: &[Entry]) -> String {
    let mut out = String::new();
    for e in entries {
        let f = &e.fields;
        let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:4.0".to_string()];
        lines.push(format!("UID:urn:uuid:{}", e.id));
        match &f.person_name {
            Some(p) => {
                lines.push("KIND:individual".into());
                lines.push(format!("FN:{}", esc(p)));
            }
            None => {
                lines.push("KIND:org".into());
                lines.push(format!("FN:{}", esc(&f.entity)));
            }
        }
        lines.push(format!("ORG:{}", esc(&f.entity)));
        if let Some(p) = &f.position {
            lines.push(format!("TITLE:{}", esc(p)));
        }
        for (i, m) in f.emails.iter().enumerate() {
            lines.push(format!("EMAIL;TYPE=work;PREF={}:{}", i + 1, m.as_str()));
        }
        for p in &f.phones {
            let note = if p.h24 { ";X-POCDIR-247=TRUE" } else { "" };
            lines.push(format!(
                "TEL;VALUE=uri;TYPE=\"voice,work\"{note}:{}",
                p.tel()
            ));
        }
        for (i, l) in f.languages.iter().enumerate() {
            lines.push(format!("LANG;PREF={}:{}", i + 1, l.as_str()));
        }
        lines.push(format!("TZ:{}", esc(f.timezone.as_str())));
        if let Some(u) = &f.web {
            lines.push(format!("URL:{}", u.as_str()));
        }
        if let Some(fp) = &f.pgp_fingerprint {
            lines.push(format!("KEY;TYPE=PGP:openpgp4fpr:{fp}"));
        }
        lines.push(format!(
            "CATEGORIES:{},{}",
            e.state.as_str(),
            f.poc_type.code()
        ));
        lines.push(format!("X-POCDIR-STATE:{}", e.state.info().iso3));
        if let Some(n) = &f.notes {
            lines.push(format!("NOTE:{}", esc(n)));
        }
        lines.push("END:VCARD".into());
        for l in lines {
            fold(&l, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir9_vcard_escapes_and_folds() {
        assert_eq!(esc("a,b;c\nd\\"), "a\\,b\\;c\\nd\\\\");
        assert_eq!(
            esc("x\rEND:VCARD\r\nBEGIN:VCARD\u{7}"),
            "x\\nEND:VCARD\\nBEGIN:VCARD"
        );
        let mut out = String::new();
        fold(&"é".repeat(60), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), "é".repeat(60));
    }

    proptest::proptest! {
        #[test]
        fn nfr5_vcard_values_never_break_a_line(value in proptest::prelude::any::<String>()) {
            let escaped = esc(&value);
            proptest::prop_assert!(!escaped.chars().any(char::is_control));
            let mut out = String::new();
            fold(&escaped, &mut out);
            for line in out.split("\r\n").filter(|l| !l.is_empty()) {
                proptest::prop_assert!(line.len() <= 75);
                proptest::prop_assert!(!line.contains(['\r', '\n']));
            }
            let unfolded = out.replace("\r\n ", "");
            proptest::prop_assert_eq!(unfolded.trim_end_matches("\r\n"), escaped);
        }
    }
}
