//! What checking the audit log's hash chain finds (NFR-3).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Intact {
        rows: i64,
    },
    /// The first entry that does not fit the chain, and why.
    Broken {
        seq: i64,
        reason: &'static str,
    },
}
