//! Reading a regional directory's file into rows: CSV with the documented
//! header, JSON in pocdir's own export format, or JSON in the Global IRT
//! format (a list of teams, or its envelope). A file that cannot be read at
//! all is refused whole, with what is wrong and where.

use domain::FieldError;
use domain::poc::PocInput;
use serde_json::Value;

/// The CSV header an import reads. Lists (emails, phones, languages,
/// regional directories) are separated by ";". A phone ending in "24/7"
/// is answered around the clock. `id`, when given, is the pocdir entry the
/// row updates.
pub const CSV_COLUMNS: [&str; 19] = [
    "state",
    "poc_type",
    "entity",
    "entity_en",
    "web",
    "person_name",
    "position",
    "position_en",
    "emails",
    "phones",
    "languages",
    "timezone",
    "hours",
    "pgp_fingerprint",
    "regional",
    "submission_language",
    "notes",
    "notes_en",
    "id",
];

/// The columns every file must have.
const REQUIRED: [&str; 4] = ["state", "poc_type", "entity", "emails"];

/// At most this many rows in one file.
pub const MAX_ROWS: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Pocdir,
    GlobalIrt,
}

impl Format {
    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Pocdir => "pocdir-json",
            Format::GlobalIrt => "global-irt-json",
        }
    }
}

/// One row of the file: its number (a CSV line, or the position in a JSON
/// list, from 1), its State, the entry it names if any, and its fields.
#[derive(Debug, Clone)]
pub struct Row {
    pub number: usize,
    pub state: String,
    pub id: String,
    pub input: PocInput,
}

fn file_error(key: &'static str) -> FieldError {
    FieldError::new("file", key)
}

/// The rows of a file, and the format it was in.
pub fn rows(bytes: &[u8]) -> Result<(Format, Vec<Row>), FieldError> {
    let text = std::str::from_utf8(bytes).map_err(|_| file_error("err-import-encoding"))?;
    let text = text.trim_start_matches('\u{feff}');
    let (format, rows) = match text.trim_start().chars().next() {
        None => return Err(file_error("err-import-empty")),
        Some('{' | '[') => json(text)?,
        Some(_) => (Format::Csv, csv(text)?),
    };
    if rows.is_empty() {
        return Err(file_error("err-import-empty"));
    }
    if rows.len() > MAX_ROWS {
        return Err(file_error("err-import-too-many").with("max", MAX_ROWS.to_string()));
    }
    Ok((format, rows))
}

fn list(raw: &str, sep: &str) -> String {
    raw.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

fn csv(text: &str) -> Result<Vec<Row>, FieldError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| file_error("err-import-csv"))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    if let Some(unknown) = header.iter().find(|h| !CSV_COLUMNS.contains(&h.as_str())) {
        return Err(file_error("err-import-column").with("column", unknown.clone()));
    }
    if let Some(missing) = REQUIRED.iter().find(|r| !header.iter().any(|h| h == *r)) {
        return Err(file_error("err-import-column-missing").with("column", *missing));
    }
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record =
            record.map_err(|_| file_error("err-import-csv-line").with("line", line.to_string()))?;
        let get = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .and_then(|p| record.get(p))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        out.push(Row {
            number: line,
            state: get("state"),
            id: get("id"),
            input: PocInput {
                poc_type: get("poc_type"),
                entity: get("entity"),
                entity_en: get("entity_en"),
                web: get("web"),
                person_name: get("person_name"),
                position: get("position"),
                position_en: get("position_en"),
                emails: list(&get("emails"), "\n"),
                phones: list(&get("phones"), "\n"),
                common_languages: Vec::new(),
                languages: list(&get("languages"), ", "),
                timezone: get("timezone"),
                hours: get("hours"),
                pgp_fingerprint: get("pgp_fingerprint"),
                pgp_key: String::new(),
                regional: get("regional")
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                submission_language: get("submission_language"),
                notes: get("notes"),
                notes_en: get("notes_en"),
            },
        });
    }
    Ok(out)
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn texts(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().map(text).filter(|s| !s.is_empty()).collect(),
        Value::String(s) if !s.trim().is_empty() => vec![s.trim().to_string()],
        _ => Vec::new(),
    }
}

fn json(raw: &str) -> Result<(Format, Vec<Row>), FieldError> {
    let doc: Value = serde_json::from_str(raw).map_err(|_| file_error("err-import-json"))?;
    let (format, items) = match &doc {
        Value::Object(o) if o.get("entries").is_some_and(Value::is_array) => {
            (Format::Pocdir, &o["entries"])
        }
        Value::Object(o) if o.get("data").is_some_and(Value::is_array) => {
            (Format::GlobalIrt, &o["data"])
        }
        Value::Array(_) => (Format::GlobalIrt, &doc),
        _ => return Err(file_error("err-import-json-shape")),
    };
    let rows = items
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, item)| match format {
            Format::Pocdir => pocdir_row(i + 1, item),
            _ => irt_row(i + 1, item),
        })
        .collect();
    Ok((format, rows))
}

/// An entry of pocdir's own JSON export.
fn pocdir_row(number: usize, item: &Value) -> Row {
    let f = &item["fields"];
    let phones = f["phones"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let number = [text(&p["number"]), text(&p["ext"])]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ext. ");
            if p["h24"].as_bool() == Some(true) {
                format!("{number} 24/7")
            } else {
                number
            }
        })
        .collect::<Vec<_>>();
    Row {
        number,
        state: text(&item["state"]),
        id: text(&item["id"]),
        input: PocInput {
            poc_type: text(&f["poc_type"]),
            entity: text(&f["entity"]),
            entity_en: text(&f["entity_en"]),
            web: text(&f["web"]),
            person_name: text(&f["person_name"]),
            position: text(&f["position"]),
            position_en: text(&f["position_en"]),
            emails: texts(&f["emails"]).join("\n"),
            phones: phones.join("\n"),
            common_languages: Vec::new(),
            languages: texts(&f["languages"]).join(", "),
            timezone: text(&f["timezone"]),
            hours: text(&f["hours"]),
            pgp_fingerprint: text(&f["pgp_fingerprint"]),
            pgp_key: text(&f["pgp_key"]),
            regional: texts(&f["regional"]),
            submission_language: text(&f["submission_language"]),
            notes: text(&f["notes"]),
            notes_en: text(&f["notes_en"]),
        },
    }
}

/// A team in the Global IRT format: a CSIRT is a technical point of
/// contact unless pocdir's own field says otherwise.
fn irt_row(number: usize, t: &Value) -> Row {
    let all_day = texts(&t["-pocdir-phones-24-7"]);
    let phones = texts(&t["phone-numbers"])
        .into_iter()
        .map(|p| {
            if all_day.contains(&p) {
                format!("{p} 24/7")
            } else {
                p
            }
        })
        .collect::<Vec<_>>();
    let mut emails = texts(&t["-pocdir-emails"]);
    if emails.is_empty() {
        emails = texts(&t["email"]);
    }
    let official = text(&t["official-team-name"]);
    let short = text(&t["short-team-name"]);
    let poc_type = match text(&t["-pocdir-poc-type"]) {
        s if s.is_empty() => "technical".to_string(),
        s => s,
    };
    Row {
        number,
        state: text(&t["country-code"]),
        id: text(&t["-pocdir-id"]),
        input: PocInput {
            poc_type,
            entity_en: if official.is_empty() || short == official {
                String::new()
            } else {
                short.clone()
            },
            entity: if official.is_empty() { short } else { official },
            web: texts(&t["website"]).into_iter().next().unwrap_or_default(),
            person_name: text(&t["-pocdir-person-name"]),
            position: text(&t["-pocdir-position"]),
            emails: emails.join("\n"),
            phones: phones.join("\n"),
            languages: texts(&t["languages"]).join(", "),
            timezone: text(&t["-pocdir-timezone"]),
            hours: text(&t["operating-hours"]),
            pgp_fingerprint: texts(&t["enckeys"]).into_iter().next().unwrap_or_default(),
            submission_language: "en".into(),
            ..Default::default()
        },
    }
}
