//! Lists read a page at a time (INT-1). A cursor names the last item given,
//! by its time and id, so that the next page starts right after it even
//! while items are added or decided in between: an offset would skip or
//! repeat them.

use crate::{AppError, AppResult};

/// Which page of a list to read.
#[derive(Debug, Clone)]
pub struct Paging {
    after: Option<(i64, String)>,
    limit: i64,
}

/// One page, and the cursor of the next; none on the last page.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
}

impl Paging {
    /// The most items a page holds.
    pub const MAX: i64 = 500;
    /// The items a page holds unless asked otherwise.
    pub const DEFAULT: i64 = 100;

    /// The first `limit` items.
    pub fn first(limit: i64) -> Paging {
        Paging {
            after: None,
            limit: limit.clamp(1, Self::MAX),
        }
    }

    /// A page as a client asks for it: the `next_cursor` of the page before
    /// (empty for the first), and how many items.
    pub fn parse(cursor: &str, limit: Option<i64>) -> AppResult<Paging> {
        let limit = match limit {
            None => Self::DEFAULT,
            Some(n) if (1..=Self::MAX).contains(&n) => n,
            Some(_) => return Err(AppError::field("limit", "err-page-limit")),
        };
        let after = match cursor {
            "" => None,
            c => Some(
                c.split_once('.')
                    .and_then(|(at, id)| Some((at.parse().ok()?, id.to_string())))
                    .filter(|(_, id)| item_id(id))
                    .ok_or_else(|| AppError::field("cursor", "err-page-cursor"))?,
            ),
        };
        Ok(Paging { after, limit })
    }

    /// Where a list sorted oldest first resumes: after this time and id.
    pub fn after_oldest(&self) -> (i64, &str) {
        match &self.after {
            Some((at, id)) => (*at, id),
            None => (i64::MIN, ""),
        }
    }

    /// Where a list sorted newest first resumes: before this time and id.
    pub fn after_newest(&self) -> (i64, &str) {
        match &self.after {
            Some((at, id)) => (*at, id),
            None => (i64::MAX, ""),
        }
    }

    /// How many rows to read: one more than a page, to know whether
    /// another page follows.
    pub fn fetch(&self) -> i64 {
        self.limit + 1
    }

    /// The page out of the rows read, and the cursor of the next page,
    /// named by the time and id of its last item.
    pub fn page<T>(&self, mut rows: Vec<T>, key: impl Fn(&T) -> (i64, &str)) -> Page<T> {
        let more = rows.len() as i64 > self.limit;
        rows.truncate(self.limit as usize);
        let next = more
            .then(|| rows.last().map(&key))
            .flatten()
            .map(|(at, id)| format!("{at}.{id}"));
        Page { items: rows, next }
    }
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            next: self.next,
        }
    }
}

/// Whether a cursor's id can be an item's id: ours are short and printable,
/// and a control character (NUL above all) never reaches the database.
pub fn item_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && !id.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int1_a_cursor_names_the_last_item_and_a_forged_one_is_refused() {
        let p = Paging::parse("", Some(2)).unwrap();
        let page = p.page(vec![(3, "c"), (2, "b"), (1, "a")], |r| (r.0, r.1));
        assert_eq!(page.items.len(), 2);
        assert_eq!(page.next.as_deref(), Some("2.b"));
        let next = Paging::parse("2.b", Some(2)).unwrap();
        assert_eq!(next.after_newest(), (2, "b"));
        assert!(next.page(vec![(1, "a")], |r| (r.0, r.1)).next.is_none());
        for forged in ["x", "2.", ".b", "two.b", "2.b\0", "2.\u{1}"] {
            assert!(Paging::parse(forged, None).is_err(), "{forged}");
        }
        assert!(Paging::parse("", Some(0)).is_err());
        assert!(Paging::parse("", Some(Paging::MAX + 1)).is_err());
    }
}
