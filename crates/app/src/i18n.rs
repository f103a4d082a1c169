//! Fluent message catalogues (NFR-1). Every user-visible string comes from here.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// The catalogues shipped in the binary. The other five UN languages are
/// added beside English as they are translated; until then they fall back.
pub const CATALOGUES: &[(&str, &str)] = &[("en", include_str!("../../../locales/en/main.ftl"))];

pub const FALLBACK: &str = "en";

pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl I18n {
    pub fn load() -> I18n {
        let mut bundles = HashMap::new();
        for (lang, source) in CATALOGUES {
            let id: LanguageIdentifier = lang.parse().expect("catalogue language ids are valid");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks are for mixed-direction UI strings; templates
            // isolate with dir="auto" instead, and emails must stay plain.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(source.to_string()).expect("catalogue parses");
            bundle
                .add_resource(resource)
                .expect("catalogue has no duplicate keys");
            bundles.insert(*lang, bundle);
        }
        I18n { bundles }
    }

    pub fn has(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The message `key` in `lang` (falling back to English), with arguments.
    /// A missing key shows as itself, which the catalogue test forbids.
    pub fn t(&self, lang: &str, key: &str, args: &[(&str, String)]) -> String {
        let values = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.clone())))
            .collect();
        self.format(lang, key, values)
    }

    /// Like `t`, with typed arguments: numbers select plural forms.
    pub fn format(&self, lang: &str, key: &str, args: Vec<(&str, FluentValue<'static>)>) -> String {
        let bundle = self
            .bundles
            .get(lang)
            .or_else(|| self.bundles.get(FALLBACK))
            .expect("English is loaded");
        let (bundle, msg) = match bundle.get_message(key) {
            Some(m) => (bundle, m),
            None => match self.bundles[FALLBACK].get_message(key) {
                Some(m) => (&self.bundles[FALLBACK], m),
                None => return key.to_string(),
            },
        };
        let Some(pattern) = msg.value() else {
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(k, v);
        }
        let mut errors = vec![];
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Every message key of a language, for the completeness tests.
    pub fn keys(&self, lang: &str) -> Vec<String> {
        let source = CATALOGUES
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, s)| *s)
            .unwrap_or("");
        source
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
            .filter(|k| {
                !k.is_empty() && !k.starts_with('#') && !k.starts_with(' ') && !k.starts_with('.')
            })
            .map(str::to_string)
            .collect()
    }
}

/// Picks the best supported language from an Accept-Language header.
pub fn negotiate(accept_language: &str, supported: impl Fn(&str) -> bool) -> Option<String> {
    let mut ranked: Vec<(f32, String)> = accept_language
        .split(',')
        .filter_map(|part| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim().to_lowercase();
            let q = it
                .find_map(|p| p.trim().strip_prefix("q=")?.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next()?.to_string();
            Some((q, primary))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.into_iter().map(|(_, l)| l).find(|l| supported(l))
}

/// The UN language of a locale code, English for anything else.
pub fn un_language(lang: &str) -> domain::UnLanguage {
    domain::UnLanguage::parse(lang).unwrap_or(domain::UnLanguage::En)
}
