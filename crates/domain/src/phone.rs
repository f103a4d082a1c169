//! Phone numbers (DIR-3), as people write them, checked with libphonenumber.

use crate::fields::FieldError;
use serde::{Deserialize, Serialize};

/// A phone number, checked against libphonenumber's plan for the country
/// it dials, kept in international format with its extension apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Phone {
    number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ext: Option<String>,
    pub h24: bool,
}

/// Extension labels of the six languages, which libphonenumber reads only in English.
const EXTENSION_WORDS: [&str; 10] = [
    "poste",
    "доб.",
    "доб",
    "分机",
    "轉",
    "تحويلة",
    "داخلي",
    "extensión",
    "ext",
    "x",
];

/// What a person may type that the parser does not read: other digits,
/// other spaces, direction marks, extension words in other languages.
fn plain_number(raw: &str) -> String {
    let mut out: String = raw
        .chars()
        .filter_map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            '\u{FF10}'..='\u{FF19}' => char::from_digit(c as u32 - 0xFF10, 10),
            '\u{FF0B}' => Some('+'),
            '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => None,
            c if c.is_whitespace() => Some(' '),
            c => Some(c),
        })
        .collect();
    for word in EXTENSION_WORDS.iter().take(7) {
        out = out.replace(word, " ext. ");
    }
    out
}

impl Phone {
    /// International format only: a directory used across borders cannot
    /// carry numbers that are dialable from one country alone. The number
    /// must be possible in the country it dials.
    pub fn parse(raw: &str, h24: bool) -> Result<Self, FieldError> {
        let typed = raw.trim();
        let err = |key| FieldError::new("phones", key).with("number", typed);
        let plain = plain_number(typed);
        if !plain.trim_start().starts_with('+') {
            return Err(err("err-phone-format"));
        }
        let parsed = phonenumber::parse(None, &plain)
            .ok()
            .filter(|n| n.is_valid())
            .ok_or_else(|| err("err-phone-invalid"))?;
        let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
        let number = phonenumber::parse(None, &e164)
            .map(|n| {
                n.format()
                    .mode(phonenumber::Mode::International)
                    .to_string()
            })
            .map_err(|_| err("err-phone-invalid"))?;
        Ok(Self {
            number,
            ext: parsed.extension().map(|e| e.to_string()),
            h24,
        })
    }
    /// "+44 20 7008 5000", without the extension.
    pub fn number(&self) -> &str {
        &self.number
    }
    pub fn ext(&self) -> Option<&str> {
        self.ext.as_deref()
    }
    /// "+442070085000": the number as dialled.
    pub fn e164(&self) -> String {
        self.number
            .chars()
            .filter(|c| *c == '+' || c.is_ascii_digit())
            .collect()
    }
    /// The RFC 3966 URI, with the extension: "tel:+12129631234;ext=567".
    pub fn tel(&self) -> String {
        match &self.ext {
            Some(ext) => format!("tel:{};ext={ext}", self.e164()),
            None => format!("tel:{}", self.e164()),
        }
    }
    /// The number as a person writes it in a list: "+1 212-963-1234 x567".
    pub fn written(&self) -> String {
        match &self.ext {
            Some(ext) => format!("{} x{ext}", self.number),
            None => self.number.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// DIR-3: numbers as people write them, checked as libphonenumber would.
    #[test]
    fn dir3_phones_parse_like_libphonenumber() {
        let ok =
            |raw: &str| Phone::parse(raw, false).unwrap_or_else(|e| panic!("{raw}: {}", e.key));
        assert_eq!(ok("+1 (212) 963-1234").number(), "+1 212-963-1234");
        let london = ok("+44 (0)20 7008 5000");
        assert_eq!(london.e164(), "+442070085000");
        assert_eq!(london.number(), "+44 20 7008 5000");
        let ext = ok("+1 (212) 963-1234 ext. 567");
        assert_eq!(
            (ext.e164().as_str(), ext.ext()),
            ("+12129631234", Some("567"))
        );
        assert_eq!(ext.tel(), "tel:+12129631234;ext=567");
        assert_eq!(ok("+1 212 963 1234 x567").ext(), Some("567"));
        assert_eq!(ok("+41\u{a0}22\u{a0}917\u{a0}1234").e164(), "+41229171234");
        assert_eq!(
            ok("+33\u{202f}1\u{202f}23\u{202f}45\u{202f}67\u{202f}89").e164(),
            "+33123456789"
        );
        assert_eq!(ok("+٢٠ ٢ ٢٦٤١ ٤٦٣١").e164(), "+20226414631");
        assert_eq!(ok("+33 1 23 45 67 89 poste 12").ext(), Some("12"));
        for impossible in ["+999 1234 5678", "+41 22 917 1234 5678 9012", "+44 20 7008"] {
            let e = Phone::parse(impossible, false).unwrap_err();
            assert_eq!(e.key, "err-phone-invalid", "{impossible}");
            assert_eq!(e.args, vec![("number", impossible.to_string())]);
        }
        assert_eq!(
            Phone::parse("022 917 1234", false).unwrap_err().key,
            "err-phone-format"
        );
    }

    #[test]
    fn dir3_phone_must_be_international() {
        assert_eq!(
            Phone::parse("+41 22 917-1234", true).unwrap().number(),
            "+41 22 917 12 34"
        );
        assert_eq!(
            Phone::parse(" +41229171234 ", false).unwrap().e164(),
            "+41229171234"
        );
        for bad in ["022 917 1234", ""] {
            assert_eq!(
                Phone::parse(bad, false).unwrap_err().key,
                "err-phone-format",
                "{bad}"
            );
        }
        for bad in ["+0 22 917 1234", "+41 22", "+1234567890123456"] {
            assert_eq!(
                Phone::parse(bad, false).unwrap_err().key,
                "err-phone-invalid",
                "{bad}"
            );
        }
    }
}
