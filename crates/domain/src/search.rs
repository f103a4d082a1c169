//! Search terms that work across scripts (DIR-8): Latin, Cyrillic and Arabic
//! words are matched by prefix after folding case and marks; Chinese and
//! Japanese text, written without spaces, is indexed one character at a time.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

fn is_ideograph(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x3134F) // CJK extensions B–G
}

/// Folds a text so that "Économie", "economie" and "ÉCONOMIE" meet, and an
/// Arabic word matches with or without hamza, vowel marks or tatweel.
fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ى' => 'ي',
            'ة' => 'ه',
            other => other,
        })
        .collect()
}

/// The distinct terms of a text, in order of first appearance.
pub fn terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    let push = |t: String, out: &mut Vec<String>| {
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    };
    for c in fold(text).chars() {
        if is_ideograph(c) {
            push(std::mem::take(&mut word), &mut out);
            push(c.to_string(), &mut out);
        } else if c.is_alphanumeric() {
            word.push(c);
        } else {
            push(std::mem::take(&mut word), &mut out);
        }
    }
    push(word, &mut out);
    out
}

/// The exclusive upper bound of the terms that start with `prefix`, in
/// byte (code point) order, for an index range scan.
pub fn prefix_upper_bound(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

/// The search terms of every State's names in the six languages, computed once.
pub fn state_name_terms() -> &'static [(crate::StateCode, Vec<String>)] {
    static TERMS: std::sync::OnceLock<Vec<(crate::StateCode, Vec<String>)>> =
        std::sync::OnceLock::new();
    TERMS.get_or_init(|| {
        crate::state::all()
            .iter()
            .map(|s| (s.code, s.names().flat_map(terms).collect()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir8_terms_across_scripts() {
        assert_eq!(
            terms("Agence nationale (ANSSI) — Économie"),
            ["agence", "nationale", "anssi", "economie"]
        );
        assert_eq!(terms("Национальный центр"), ["национальныи", "центр"]);
        assert_eq!(
            terms("国家计算机网络"),
            ["国", "家", "计", "算", "机", "网", "络"]
        );
        // Hamza, vowel marks and tatweel do not stop a match.
        assert_eq!(terms("وزارة الخارجيـة"), terms("وزاره الخارجية"));
        assert_eq!(terms("إدارة"), terms("ادارة"));
        assert_eq!(terms("cert cert CERT"), ["cert"]);
        assert!(prefix_upper_bound("ab").as_str() > "abzzzz");
    }
}
