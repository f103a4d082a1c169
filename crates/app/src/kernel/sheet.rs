//! CSV for spreadsheets, the one way pocdir writes it: no cell is ever
//! run as a formula when a spreadsheet opens the file.

/// A cell a spreadsheet would run as a formula is prefixed so it stays
/// text. An address may begin with `=` (`=cmd|'/C calc'!A0@example.org` is
/// a valid local part), so every cell goes through this.
fn cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// The byte-order mark by which Excel knows the file is UTF-8, without
/// which it garbles Arabic, Chinese and Cyrillic.
const BOM: &str = "\u{FEFF}";

/// The header row of stable keys (the same in every language, for
/// programs), then the rows, every cell made safe; UTF-8 with its BOM.
pub(crate) fn csv<R>(header: &[&str], rows: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator<Item = String>,
{
    let mut w = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let _ = w.write_record(header.iter().map(|h| cell(h)));
    for row in rows {
        let _ = w.write_record(row.into_iter().map(|v| cell(&v)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir9_ping5_csv_cells_never_become_formulas() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+41 22 917 1234"), "'+41 22 917 1234");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("CERT"), "CERT");
        let out = csv(
            &["address"],
            [vec!["=cmd|'/Ccalc'!A0@ru.example.org".to_string()]],
        );
        assert_eq!(out, "\u{FEFF}address\n'=cmd|'/Ccalc'!A0@ru.example.org\n");
    }

    proptest::proptest! {
        #[test]
        fn nfr5_no_cell_is_a_formula(value in proptest::prelude::any::<String>()) {
            let c = cell(&value);
            let quoted = format!("'{value}");
            proptest::prop_assert!(c == value || c == quoted);
            proptest::prop_assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }
}
