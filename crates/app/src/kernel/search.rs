//! The search index (DIR-8): an in-memory copy of the `poc_terms` table with
//! the fields that filters and ordering need. Matching a word prefix against
//! 100,000 entries takes microseconds here, where a SQL intersection of term
//! ranges takes tens of milliseconds.
//!
//! The database stays the truth: before each search the index reads the
//! entries changed since its last look (an indexed query that usually returns
//! nothing), so several instances behind a load balancer agree. Searches
//! that arrive while a look is under way share the next one, so a burst of
//! searches after a bulk change reads the changed rows once, not once each.

use super::error::AppResult;
use std::collections::{BTreeMap, HashMap};
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};
use store::poc::{IndexRow, TermRow};

/// Re-read this far back, so that a transaction that committed after a
/// later one (with an earlier `updated_at`) is never missed.
const OVERLAP_MS: i64 = 60_000;
/// The start of the re-read window moves in steps this long, so that
/// between steps a fingerprint of the window tells whether anything in it
/// changed, and a window full of a bulk change is not read on every search.
const STEP_MS: i64 = 15_000;

#[derive(Default)]
pub struct SearchIndex {
    index: RwLock<Index>,
    refreshing: tokio::sync::Mutex<()>,
    /// Looks at the database begun so far, and the last that finished.
    begun: AtomicU64,
    finished: AtomicU64,
}

#[derive(Default)]
struct Index {
    loaded: bool,
    /// Where the next look starts: an overlap before the previous look began.
    read_from: i64,
    /// The fingerprint of the entries changed since `read_from` when last
    /// looked at, and the `read_from` it was taken for.
    print: Option<(i64, (i64, i64))>,
    /// The database's count of changes to entries when last looked at.
    changes: Option<i64>,
    docs: Vec<Doc>,
    slots: HashMap<String, u32>,
    /// Each term with the sorted slots of the entries that have it.
    postings: BTreeMap<String, Vec<u32>>,
    /// Each slot's place in the directory's order (State, type, entity),
    /// so that a search matching most entries sorts numbers, not strings.
    rank: Vec<u32>,
}

struct Doc {
    row: IndexRow,
    terms: Vec<String>,
}

/// What to find: every term must prefix some term of the entry.
pub struct Query<'a> {
    pub terms: &'a [String],
    pub states: &'a [String],
    pub poc_type: Option<&'a str>,
    pub language: Option<&'a str>,
    pub confirmed_before: Option<i64>,
}

impl Index {
    /// Whether the index holds this entry as it was at `updated_at`.
    fn holds(&self, id: &str, updated_at: i64) -> bool {
        self.slots
            .get(id)
            .is_some_and(|s| self.docs[*s as usize].row.updated_at == updated_at)
    }

    /// Whether the index holds this row exactly as it is.
    fn has(&self, row: &IndexRow) -> bool {
        self.slots
            .get(&row.id)
            .is_some_and(|s| self.docs[*s as usize].row == *row)
    }

    fn apply(&mut self, rows: Vec<IndexRow>, terms: Vec<TermRow>) {
        if rows.is_empty() {
            return;
        }
        let mut by_poc: HashMap<String, Vec<String>> = HashMap::new();
        for t in terms {
            by_poc.entry(t.poc_id).or_default().push(t.term);
        }
        for row in rows {
            let slot = match self.slots.get(&row.id) {
                Some(s) => *s,
                None => {
                    let s = self.docs.len() as u32;
                    self.slots.insert(row.id.clone(), s);
                    self.docs.push(Doc {
                        row: row.clone(),
                        terms: vec![],
                    });
                    s
                }
            };
            for old in std::mem::take(&mut self.docs[slot as usize].terms) {
                if let Some(list) = self.postings.get_mut(&old)
                    && let Ok(i) = list.binary_search(&slot)
                {
                    list.remove(i);
                }
            }
            let terms = if row.status == "active" {
                by_poc.remove(&row.id).unwrap_or_default()
            } else {
                vec![]
            };
            for t in &terms {
                let list = self.postings.entry(t.clone()).or_default();
                if let Err(i) = list.binary_search(&slot) {
                    list.insert(i, slot);
                }
            }
            self.docs[slot as usize] = Doc { row, terms };
        }
        self.rank_docs();
    }

    fn rank_docs(&mut self) {
        let mut slots: Vec<u32> = (0..self.docs.len() as u32).collect();
        slots.sort_by(|a, b| {
            let (a, b) = (&self.docs[*a as usize].row, &self.docs[*b as usize].row);
            (&a.state_code, &a.poc_type, &a.entity, &a.id).cmp(&(
                &b.state_code,
                &b.poc_type,
                &b.entity,
                &b.id,
            ))
        });
        self.rank = vec![0; slots.len()];
        for (place, slot) in slots.into_iter().enumerate() {
            self.rank[slot as usize] = place as u32;
        }
    }

    /// Slots of entries with a term starting with `prefix`, sorted; borrowed
    /// when one term matches (the usual case), merged otherwise.
    fn prefixed(&self, prefix: &str) -> std::borrow::Cow<'_, [u32]> {
        let upper = domain::search::prefix_upper_bound(prefix);
        let range = (
            std::ops::Bound::Included(prefix),
            std::ops::Bound::Excluded(upper.as_str()),
        );
        let lists: Vec<&Vec<u32>> = self
            .postings
            .range::<str, _>(range)
            .map(|(_, slots)| slots)
            .collect();
        if let [only] = lists.as_slice() {
            return std::borrow::Cow::Borrowed(only.as_slice());
        }
        let mut out: Vec<u32> = lists.into_iter().flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        std::borrow::Cow::Owned(out)
    }

    /// How many entries match, and the ids of those from `offset`, at most
    /// `limit`, in directory order.
    fn find(&self, q: &Query, offset: usize, limit: usize) -> (usize, Vec<String>) {
        let mut lists: Vec<std::borrow::Cow<'_, [u32]>> =
            q.terms.iter().map(|t| self.prefixed(t)).collect();
        lists.sort_by_key(|l| l.len());
        let mut matched: Vec<u32> = lists.first().map(|l| l.to_vec()).unwrap_or_default();
        for other in lists.iter().skip(1) {
            matched = intersect(&matched, other);
        }
        // Only published entries have terms (`apply` clears the others'),
        // so without filters every match stands, and the entries need not
        // be looked at one by one.
        let filtered = !q.states.is_empty()
            || q.poc_type.is_some()
            || q.language.is_some()
            || q.confirmed_before.is_some();
        let wanted_language = q.language.map(|l| format!("\"{l}\""));
        if filtered {
            matched.retain(|s| {
                let r = &self.docs[*s as usize].row;
                (q.states.is_empty() || q.states.contains(&r.state_code))
                    && q.poc_type.is_none_or(|t| r.poc_type == t)
                    && wanted_language
                        .as_ref()
                        .is_none_or(|l| r.languages.contains(l.as_str()))
                    && q.confirmed_before
                        .is_none_or(|t| r.last_confirmed_at.is_some_and(|c| c < t))
            });
        }
        // Only the page is put in order: a common word matches tens of
        // thousands of entries, and sorting them all would cost more than
        // finding them.
        let total = matched.len();
        let end = offset.saturating_add(limit);
        let rank = |s: &u32| self.rank[*s as usize];
        if end > 0 && end < matched.len() {
            matched.select_nth_unstable_by_key(end - 1, rank);
            matched.truncate(end);
        }
        matched.sort_unstable_by_key(rank);
        let ids = matched
            .iter()
            .skip(offset)
            .take(limit)
            .map(|s| self.docs[*s as usize].row.id.clone())
            .collect();
        (total, ids)
    }
}

/// The common elements of two sorted lists, in one pass over both.
fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Where the window of a look made at `now` starts.
fn window_start(now: i64) -> i64 {
    (now - OVERLAP_MS).div_euclid(STEP_MS) * STEP_MS
}

impl SearchIndex {
    /// Brings the index up to date with the database as of `now`, or
    /// later: a look begun after this call arrived serves it as well.
    pub(crate) async fn refresh(&self, db: &store::Db, now: i64) -> AppResult<()> {
        let arrived = self.begun.load(Ordering::Acquire);
        let _one_at_a_time = self.refreshing.lock().await;
        if self.finished.load(Ordering::Acquire) > arrived {
            return Ok(());
        }
        let this = self.begun.fetch_add(1, Ordering::AcqRel) + 1;
        let (loaded, since, seen, seen_changes) = {
            let i = self.index.read().expect("index lock");
            (i.loaded, i.read_from, i.print, i.changes)
        };
        let mut c = db.conn().await?;
        // Read before anything else: a change after it changes the next.
        let changes = store::poc::change_count(&mut c).await?;
        let (print, (rows, terms)) = if loaded && seen_changes == Some(changes) {
            // Nothing changed: no need even to fingerprint the window.
            (seen, (vec![], vec![]))
        } else if loaded {
            // Taken before the rows are read: a change after it changes the
            // next one.
            let now_print = store::poc::changes_print(&mut c, since, None).await?;
            let unchanged = match seen {
                Some((s, p)) if s == since => p == now_print,
                // The window moved on: what it held then is what left it
                // and what it holds now, unless something changed.
                Some((s, p)) if s < since => {
                    let left = store::poc::changes_print(&mut c, s, Some(since)).await?;
                    (p.0 - left.0, p.1 - left.1) == now_print
                }
                _ => false,
            };
            let found = if unchanged {
                (vec![], vec![])
            } else {
                self.changed(&mut c, since).await?
            };
            (Some((since, now_print)), found)
        } else {
            // The first look reads everything; the fingerprint of the window
            // the next look starts from is taken first, so that it need not
            // read that window again.
            let from = window_start(now);
            let print = store::poc::changes_print(&mut c, from, None).await?;
            (
                Some((from, print)),
                (
                    store::poc::changed_since(&mut c, i64::MIN).await?,
                    store::poc::terms_of(&mut c, None).await?,
                ),
            )
        };
        let mut i = self.index.write().expect("index lock");
        i.apply(rows, terms);
        i.loaded = true;
        i.print = print;
        i.changes = Some(changes);
        i.read_from = i.read_from.max(window_start(now));
        self.finished.store(this, Ordering::Release);
        Ok(())
    }

    /// The entries changed since `since` that the index does not hold as
    /// they are, with their terms. The window brings back entries already
    /// seen: their change times are compared first, and only changed
    /// entries are read in full.
    async fn changed(
        &self,
        c: &mut store::Conn,
        since: i64,
    ) -> AppResult<(Vec<IndexRow>, Vec<TermRow>)> {
        let stamps = store::poc::stamps_since(c, since).await?;
        let ids: Vec<String> = {
            let i = self.index.read().expect("index lock");
            stamps
                .into_iter()
                .filter(|s| !i.holds(&s.id, s.updated_at))
                .map(|s| s.id)
                .collect()
        };
        if ids.is_empty() {
            return Ok((vec![], vec![]));
        }
        let mut rows = store::poc::index_rows(c, &ids).await?;
        {
            let i = self.index.read().expect("index lock");
            rows.retain(|r| !i.has(r));
        }
        let terms = store::poc::terms_of(c, Some(&ids)).await?;
        Ok((rows, terms))
    }

    /// Whether the index has been loaded once: until then this instance is
    /// not ready to serve searches quickly.
    pub fn is_loaded(&self) -> bool {
        self.index.read().map(|i| i.loaded).unwrap_or(false)
    }

    /// How many entries match, and the ids of one page of them, in
    /// directory order.
    pub(crate) async fn find(
        &self,
        db: &store::Db,
        now: i64,
        q: &Query<'_>,
        offset: usize,
        limit: usize,
    ) -> AppResult<(usize, Vec<String>)> {
        self.refresh(db, now).await?;
        Ok(self
            .index
            .read()
            .expect("index lock")
            .find(q, offset, limit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, state: &str, entity: &str, status: &str, at: i64) -> IndexRow {
        IndexRow {
            id: id.into(),
            state_code: state.into(),
            poc_type: "technical".into(),
            status: status.into(),
            entity: entity.into(),
            languages: "[\"en\"]".into(),
            last_confirmed_at: Some(at),
            updated_at: at,
        }
    }

    fn terms(id: &str, text: &str) -> Vec<TermRow> {
        domain::search::terms(text)
            .into_iter()
            .map(|t| TermRow {
                poc_id: id.into(),
                term: t,
            })
            .collect()
    }

    fn q<'a>(t: &'a [String]) -> Query<'a> {
        Query {
            terms: t,
            states: &[],
            poc_type: None,
            language: None,
            confirmed_before: None,
        }
    }

    /// Each page holds the entries of its place in directory order, and the
    /// count is of every match, however few the page shows.
    #[test]
    fn dir8_every_page_follows_directory_order() {
        let mut i = Index::default();
        let (mut rows, mut all) = (vec![], vec![]);
        // Slots in one order, ranks in another.
        for n in 0..300u32 {
            let id = format!("{:03}", (n * 7919) % 300);
            let state = ["DE", "FR", "AT", "BE"][(n % 4) as usize];
            rows.push(row(&id, state, &format!("Ministry {id}"), "active", 1));
            all.extend(terms(&id, "Ministry"));
        }
        i.apply(rows, all);
        let words = domain::search::terms("ministry");
        let (total, everything) = i.find(&q(&words), 0, 1000);
        assert_eq!((total, everything.len()), (300, 300));
        for (offset, limit) in [(0, 50), (50, 50), (275, 50), (299, 1), (0, 0)] {
            let (total, page) = i.find(&q(&words), offset, limit);
            assert_eq!(total, 300);
            let expected: Vec<_> = everything
                .iter()
                .skip(offset)
                .take(limit)
                .cloned()
                .collect();
            assert_eq!(page, expected, "{offset} {limit}");
        }
    }

    #[test]
    fn dir8_prefixes_intersect_and_changes_replace_terms() {
        let mut i = Index::default();
        let mut all = terms("a", "National Cyber Centre");
        all.extend(terms("b", "National Police"));
        i.apply(
            vec![
                row("a", "FR", "National Cyber Centre", "active", 1),
                row("b", "DE", "National Police", "active", 2),
            ],
            all,
        );
        let words = |s: &str| domain::search::terms(s);
        assert_eq!(
            i.find(&q(&words("nat")), 0, 100).1,
            ["b", "a"].map(String::from),
            "DE before FR"
        );
        assert_eq!(
            i.find(&q(&words("nat cyb")), 0, 100).1,
            ["a"].map(String::from)
        );
        // An update replaces the entry's terms; a withdrawal removes it.
        i.apply(
            vec![row("a", "FR", "Agence", "active", 3)],
            terms("a", "Agence"),
        );
        assert!(i.find(&q(&words("cyber")), 0, 100).1.is_empty());
        assert_eq!(
            i.find(&q(&words("agence")), 0, 100).1,
            ["a"].map(String::from)
        );
        i.apply(
            vec![row("b", "DE", "National Police", "withdrawn", 4)],
            vec![],
        );
        assert!(i.find(&q(&words("national")), 0, 100).1.is_empty());
    }
}
