//! Search terms that work across scripts (DIR-8): Latin, Cyrillic and Arabic
//! words are matched by prefix after folding case and marks; Chinese and
//! Japanese text, written without spaces, is indexed one character at a time,
//! Traditional Chinese as Simplified. An Arabic word is found without its
//! article, and "cyber-" compounds by their second part as well.

/// Changes whenever `terms` gives other terms for the same text, so that
/// stored terms are made again.
pub const VERSION: &str = "2";

/// The article and the particles joined to it, longest first: الخارجية,
/// والخارجية, بالخارجية are all found by خارجية.
const ARABIC_ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];

/// Prefixes of compounds that readers search by their second part:
/// "cybersecurity" is found by "security", "кибербезопасность" by "безопасность".
const COMPOUND_PREFIXES: [&str; 3] = ["cyber", "ciber", "кибер"];

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
    let simplified = if text.chars().any(is_ideograph) {
        fast2s::convert(text)
    } else {
        text.to_string()
    };
    simplified
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ى' => 'ي',
            'ة' => 'ه',
            other => other,
        })
        .collect()
}

/// A word as it is indexed and searched: an Arabic word without its
/// article; a compound with its second part too.
fn word_terms(word: String) -> Vec<String> {
    let arabic = word.starts_with(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c));
    if arabic {
        let bare = ARABIC_ARTICLES.iter().find_map(|a| {
            word.strip_prefix(a)
                .filter(|rest| rest.chars().count() >= 2)
        });
        return vec![bare.map(str::to_string).unwrap_or(word)];
    }
    let second = COMPOUND_PREFIXES
        .iter()
        .find_map(|p| {
            word.strip_prefix(p)
                .filter(|rest| rest.chars().count() >= 3)
        })
        .map(str::to_string);
    std::iter::once(word).chain(second).collect()
}

/// The distinct terms of a text, in order of first appearance.
pub fn terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    let push = |w: String, out: &mut Vec<String>| {
        for t in word_terms(w) {
            if !t.is_empty() && !out.contains(&t) {
                out.push(t);
            }
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

/// The search terms of every State's names in the six languages and of the
/// names people commonly use for it ("UK", "Россия"), computed once.
pub fn state_name_terms() -> &'static [(crate::StateCode, Vec<String>)] {
    static TERMS: std::sync::OnceLock<Vec<(crate::StateCode, Vec<String>)>> =
        std::sync::OnceLock::new();
    TERMS.get_or_init(|| {
        crate::state::all()
            .iter()
            .map(|s| (s.code, names_of(s).flat_map(|n| terms(&n)).collect()))
            .collect()
    })
}

/// Every name of a State: its six UN names and its common names.
fn names_of(s: &crate::state::StateInfo) -> impl Iterator<Item = String> + '_ {
    let aliases = include_str!("../data/state_aliases.csv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .filter(move |(code, _)| *code == s.code.as_str())
        .map(|(_, alias)| alias.to_string());
    s.names().map(str::to_string).chain(aliases)
}

/// The States that a query names, in any language: those with a name or a
/// common name that is the whole query ("UK" is the United Kingdom, not
/// Ukraine), or else those with names that every term of the query begins.
pub fn states_named(query_terms: &[String]) -> Vec<crate::StateCode> {
    static PHRASES: std::sync::OnceLock<Vec<(crate::StateCode, Vec<String>)>> =
        std::sync::OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        crate::state::all()
            .iter()
            .map(|s| (s.code, names_of(s).map(|n| terms(&n).join(" ")).collect()))
            .collect()
    });
    let phrase = query_terms.join(" ");
    let exact: Vec<_> = phrases
        .iter()
        .filter(|(_, names)| names.contains(&phrase))
        .map(|(code, _)| *code)
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    state_name_terms()
        .iter()
        .filter(|(_, names)| {
            query_terms
                .iter()
                .all(|t| names.iter().any(|n| n.starts_with(t.as_str())))
        })
        .map(|(code, _)| *code)
        .take(10)
        .collect()
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

    /// DIR-8: the searches readers make that a plain prefix match misses.
    #[test]
    fn dir8_articles_compounds_and_traditional_chinese() {
        let found = |query: &str, text: &str| {
            let indexed = terms(text);
            terms(query)
                .iter()
                .all(|q| indexed.iter().any(|t| t.starts_with(q.as_str())))
        };
        assert!(found("خارجية", "وزارة الخارجية"));
        assert!(found("أمن", "إدارة الأمن السيبراني"));
        assert!(found("الخارجية", "وزارة الخارجية"));
        assert!(found("security", "National Cybersecurity Centre"));
        assert!(found("sécurité", "Agence nationale de la cybersécurité"));
        assert!(found("безопасности", "Центр кибербезопасности"));
        assert!(found("網絡", "国家计算机网络应急技术处理协调中心"));
        assert!(found("cybersecurity", "National Cybersecurity Centre"));
        assert!(!found("security", "Ministry of Foreign Affairs"));
    }

    /// DIR-8: a State is found by the names people use for it.
    #[test]
    fn dir8_states_by_common_names() {
        let named = |q: &str| {
            states_named(&terms(q))
                .iter()
                .map(|c| c.as_str().to_string())
                .collect::<Vec<_>>()
        };
        for (query, code) in [
            ("Россия", "RU"),
            ("Vietnam", "VN"),
            ("Turkey", "TR"),
            ("Laos", "LA"),
            ("Ivory Coast", "CI"),
            ("USA", "US"),
            ("Holland", "NL"),
            ("Vatican", "VA"),
            ("Czech Republic", "CZ"),
            ("UK", "GB"),
            ("中国", "CN"),
            ("Egypte", "EG"),
        ] {
            assert_eq!(named(query), [code], "{query}");
        }
        assert!(named("ukr").contains(&"UA".to_string()));
    }
}
