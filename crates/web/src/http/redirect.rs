//! Where a form may send the browser next: only to a path of this site.

/// `target` if it is a path of this site, else `fallback`. Refused: another
/// site (`//host`, `/\host`, a scheme), and any control character, which
/// browsers strip (`/\t/evil.example` is `//evil.example` to them) and
/// which no header may carry.
pub fn local_path(target: &str, fallback: &str) -> String {
    let mut chars = target.chars();
    let local = chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !target.chars().any(|c| c.is_control() || c == '\\');
    if local {
        target.to_string()
    } else {
        fallback.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn acc5_only_paths_of_this_site_are_followed() {
        for ok in ["/", "/directory?q=a", "/messages/01a2#reply"] {
            assert_eq!(local_path(ok, "/x"), ok);
        }
        for bad in [
            "",
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\r\nSet-Cookie: a=b",
            "/a\u{7f}",
            "javascript:alert(1)",
            "directory",
        ] {
            assert_eq!(local_path(bad, "/x"), "/x", "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn acc5_any_target_is_a_local_path(target in proptest::prelude::any::<String>()) {
            let p = local_path(&target, "/x");
            let mut chars = p.chars();
            proptest::prop_assert_eq!(chars.next(), Some('/'));
            proptest::prop_assert!(!matches!(chars.next(), Some('/' | '\\')));
            proptest::prop_assert!(!p.chars().any(|c| c.is_control() || c == '\\'));
        }
    }
}
