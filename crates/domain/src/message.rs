//! Communications between States (MSG): templates as data, urgency, and
//! the Traffic Light Protocol 2.0 marking.

use crate::fields::{FieldError, line, text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// TLP 2.0: how far a communication may be shared (MSG-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tlp {
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

impl Tlp {
    pub const ALL: [Tlp; 5] = [
        Tlp::Red,
        Tlp::AmberStrict,
        Tlp::Amber,
        Tlp::Green,
        Tlp::Clear,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Tlp::Red => "red",
            Tlp::AmberStrict => "amber_strict",
            Tlp::Amber => "amber",
            Tlp::Green => "green",
            Tlp::Clear => "clear",
        }
    }

    /// The label as TLP 2.0 writes it, the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Tlp::Red => "TLP:RED",
            Tlp::AmberStrict => "TLP:AMBER+STRICT",
            Tlp::Amber => "TLP:AMBER",
            Tlp::Green => "TLP:GREEN",
            Tlp::Clear => "TLP:CLEAR",
        }
    }

    pub fn parse(raw: &str) -> Result<Tlp, FieldError> {
        Tlp::ALL
            .into_iter()
            .find(|t| t.code() == raw)
            .ok_or_else(|| FieldError::new("tlp", "err-tlp"))
    }
}

/// How fast the recipient is expected to acknowledge (MSG-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Urgent,
    High,
    Routine,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::Urgent, Urgency::High, Urgency::Routine];

    pub fn code(self) -> &'static str {
        match self {
            Urgency::Urgent => "urgent",
            Urgency::High => "high",
            Urgency::Routine => "routine",
        }
    }

    pub fn parse(raw: &str) -> Result<Urgency, FieldError> {
        Urgency::ALL
            .into_iter()
            .find(|u| u.code() == raw)
            .ok_or_else(|| FieldError::new("urgency", "err-urgency"))
    }
}

/// Text in the six languages, keyed by language code.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    /// The text in `lang`, else in English.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get("en"))
            .map_or("", String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    Text,
    Textarea,
    Date,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TemplateField {
    pub name: String,
    pub kind: FieldKind,
    /// Shown as expected; every field may still be left empty (MSG-1).
    pub expected: bool,
    pub label: Labels,
}

/// A template as the custodian defines it: data, not code (MSG-1).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Template {
    pub key: String,
    pub title: Labels,
    pub fields: Vec<TemplateField>,
}

/// The six languages every title and label is written in.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

fn is_name(s: &str) -> bool {
    (2..=40).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase() || c == '_')
}

impl Template {
    /// Parses and checks a template imported as JSON (MSG-1); the first
    /// fault is told against the whole definition.
    pub fn from_json(raw: &str) -> Result<Template, FieldError> {
        let t: Template = serde_json::from_str(raw)
            .map_err(|_| FieldError::new("definition", "err-template-json"))?;
        match t.check() {
            Ok(()) => Ok(t),
            Err(errors) => Err(FieldError::new("definition", errors[0].key)),
        }
    }

    /// Checks a template the custodian wrote: a key and field names of
    /// lowercase letters, no field twice, every title and label in the six
    /// languages. Each fault names where it is: `key`, `title_<lang>`,
    /// `fields`, `f<i>_name`, `f<i>_label_<lang>`.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if !is_name(&self.key) {
            errors.push(FieldError::new("key", "err-template-key"));
        }
        let missing = |l: &Labels, lang: &str| {
            l.0.get(lang)
                .is_none_or(|v| v.trim().is_empty() || v.len() > 300)
        };
        for lang in LANGUAGES {
            if missing(&self.title, lang) {
                errors.push(FieldError::new(
                    format!("title_{lang}"),
                    "err-template-labels",
                ));
            }
        }
        if self.fields.is_empty() || self.fields.len() > 40 {
            errors.push(FieldError::new("fields", "err-template-fields"));
        }
        for (i, f) in self.fields.iter().enumerate() {
            if !is_name(&f.name) {
                errors.push(FieldError::new(format!("f{i}_name"), "err-template-key"));
            } else if self.fields[..i].iter().any(|g| g.name == f.name) {
                errors.push(FieldError::new(format!("f{i}_name"), "err-template-fields"));
            }
            for lang in LANGUAGES {
                if missing(&f.label, lang) {
                    errors.push(FieldError::new(
                        format!("f{i}_label_{lang}"),
                        "err-template-labels",
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Checks submitted values against the template: unknown fields are
    /// refused, empty ones dropped, text bounded. Returns the kept values in
    /// the template's order.
    pub fn accept(&self, values: &[(String, String)]) -> Result<Vec<(String, String)>, FieldError> {
        if let Some((name, _)) = values
            .iter()
            .find(|(n, _)| !self.fields.iter().any(|f| &f.name == n))
        {
            return Err(FieldError::new(name.clone(), "err-unknown-field"));
        }
        let mut kept = Vec::new();
        for f in &self.fields {
            let raw = values
                .iter()
                .filter(|(n, _)| n == &f.name)
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            let max = match f.kind {
                FieldKind::Text => 500,
                FieldKind::Textarea => 20_000,
                FieldKind::Date => 10,
            };
            let value = match f.kind {
                FieldKind::Textarea => text(&f.name, &raw, max)?,
                FieldKind::Text | FieldKind::Date => line(&f.name, &raw, max)?,
            };
            let Some(value) = value else {
                continue;
            };
            if f.kind == FieldKind::Date && jiff::civil::Date::strptime("%Y-%m-%d", &value).is_err()
            {
                return Err(FieldError::new(f.name.clone(), "err-date"));
            }
            kept.push((f.name.clone(), value));
        }
        Ok(kept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> Template {
        serde_json::from_str(
            r#"{"key":"t","title":{"en":"T"},"fields":[
                {"name":"subject","kind":"text","expected":true,"label":{"en":"Subject","fr":"Objet"}},
                {"name":"deadline","kind":"date","expected":false,"label":{"en":"Deadline"}}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn msg1_fields_may_be_empty_but_unknown_ones_are_refused() {
        let t = template();
        assert_eq!(t.accept(&[]).unwrap(), vec![]);
        let kept = t
            .accept(&[
                ("subject".into(), " Phishing wave ".into()),
                ("deadline".into(), "".into()),
            ])
            .unwrap();
        assert_eq!(
            kept,
            vec![("subject".to_string(), "Phishing wave".to_string())]
        );
        assert_eq!(
            t.accept(&[("password".into(), "x".into())])
                .unwrap_err()
                .key,
            "err-unknown-field"
        );
        assert_eq!(
            t.accept(&[("deadline".into(), "tomorrow".into())])
                .unwrap_err()
                .key,
            "err-date"
        );
        assert_eq!(t.fields[0].label.get("fr"), "Objet");
        assert_eq!(
            t.fields[0].label.get("zh"),
            "Subject",
            "English when missing"
        );
    }

    #[test]
    fn msg1_a_template_the_custodian_writes_is_checked() {
        let labels = r#"{"ar":"أ","zh":"中","en":"E","fr":"F","ru":"Р","es":"S"}"#;
        let good = format!(
            r#"{{"key":"exercise","title":{labels},"fields":[{{"name":"scenario","kind":"textarea","expected":true,"label":{labels}}}]}}"#
        );
        assert_eq!(
            Template::from_json(&good).unwrap().fields[0].name,
            "scenario"
        );
        let key = |k: &str| {
            Template::from_json(&good.replace("exercise", k))
                .unwrap_err()
                .key
        };
        assert_eq!(key("Bad Key"), "err-template-key");
        let missing = good.replacen(r#","es":"S""#, "", 1);
        assert_eq!(
            Template::from_json(&missing).unwrap_err().key,
            "err-template-labels"
        );
        let kind = good.replace("textarea", "checkbox");
        assert_eq!(
            Template::from_json(&kind).unwrap_err().key,
            "err-template-json"
        );
        assert_eq!(
            Template::from_json("{").unwrap_err().key,
            "err-template-json"
        );
        let twice = good.replace(
            r#"}]}"#,
            &format!(
                r#"}},{{"name":"scenario","kind":"text","expected":false,"label":{labels}}}]}}"#
            ),
        );
        assert_eq!(
            Template::from_json(&twice).unwrap_err().key,
            "err-template-fields"
        );
    }

    #[test]
    fn msg2_tlp_labels_and_forged_values() {
        assert_eq!(
            Tlp::parse("amber_strict").unwrap().label(),
            "TLP:AMBER+STRICT"
        );
        assert!(Tlp::parse("AMBER").is_err() && Tlp::parse("purple").is_err());
        assert!(Tlp::Red > Tlp::Amber && Tlp::Green > Tlp::Clear);
        assert!(Urgency::parse("urgent").is_ok() && Urgency::parse("now!").is_err());
    }
}

/// What an attached file is, from its bytes, checked against its name: a
/// file whose content is not what its name says is refused (MSG-1).
pub fn attachment_kind(name: &str, bytes: &[u8]) -> Result<&'static str, FieldError> {
    let err = |key| Err(FieldError::new("file", key));
    if bytes.is_empty() {
        return err("err-attachment-empty");
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let claimed = match ext.as_str() {
        "pdf" => "pdf",
        "png" => "png",
        "jpg" | "jpeg" => "jpeg",
        "zip" => "zip",
        "gz" => "gzip",
        "txt" | "log" | "csv" | "json" | "xml" => "text",
        _ => return err("err-attachment-type"),
    };
    let sniffed = if bytes.starts_with(b"%PDF-") {
        "pdf"
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "png"
    } else if bytes.starts_with(b"\xff\xd8\xff") {
        "jpeg"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "zip"
    } else if bytes.starts_with(b"\x1f\x8b") {
        "gzip"
    } else if std::str::from_utf8(bytes).is_ok_and(|s| !s.contains('\0')) {
        "text"
    } else {
        "other"
    };
    if sniffed != claimed {
        return err("err-attachment-disguised");
    }
    Ok(claimed)
}

/// The media type to serve an attachment kind with.
pub fn attachment_media_type(kind: &str) -> &'static str {
    match kind {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpeg" => "image/jpeg",
        "zip" => "application/zip",
        "gzip" => "application/gzip",
        _ => "text/plain; charset=utf-8",
    }
}

#[cfg(test)]
mod attachment_tests {
    use super::*;

    #[test]
    fn msg1_disguised_and_unknown_attachments_are_refused() {
        assert_eq!(
            attachment_kind("report.pdf", b"%PDF-1.7\n...").unwrap(),
            "pdf"
        );
        assert_eq!(
            attachment_kind("fw.log", "2026-11-24 blocked 198.51.100.7\n".as_bytes()).unwrap(),
            "text"
        );
        assert_eq!(
            attachment_kind("report.pdf", b"MZ\x90\x00exe")
                .unwrap_err()
                .key,
            "err-attachment-disguised"
        );
        assert_eq!(
            attachment_kind("notes.txt", b"PK\x03\x04zip")
                .unwrap_err()
                .key,
            "err-attachment-disguised"
        );
        assert_eq!(
            attachment_kind("run.exe", b"MZ").unwrap_err().key,
            "err-attachment-type"
        );
        assert_eq!(
            attachment_kind("empty.log", b"").unwrap_err().key,
            "err-attachment-empty"
        );
    }
}
