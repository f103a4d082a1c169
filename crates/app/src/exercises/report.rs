//! Control's live board and the after-action report (EXR-1): the rows of
//! every State and inject, the whole network's figures, and the lessons
//! learned. Each participating State sees its own rows and the network's
//! figures; control sees all.

use super::results::{BREAKS, Record, ResultRow, rows};
use super::{Exercise, control, row, shown};
use super::{Inject, Taking};
use crate::error::{authorize, refusal};
use crate::{App, AppError, AppResult};
use domain::policy::Resource;
use domain::{Action, Actor};

/// Response rates and times across the whole network.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Figures {
    /// Injects delivered to a State: one per State and inject.
    pub delivered: usize,
    pub acknowledged: usize,
    pub answered: usize,
    /// Percentages of `delivered`, rounded down.
    pub ack_rate: i64,
    pub answer_rate: i64,
    /// Seconds.
    pub ack_median: Option<i64>,
    pub ack_p90: Option<i64>,
    pub answer_median: Option<i64>,
    pub answer_p90: Option<i64>,
    /// How many rows broke at each point, in the order of `BREAKS`.
    pub breaks: Vec<(String, usize)>,
}

/// The value below which `p` percent of the sorted values fall (nearest rank).
fn percentile(sorted: &[i64], p: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

fn rate(part: usize, whole: usize) -> i64 {
    (part * 100).checked_div(whole).unwrap_or(0) as i64
}

pub(super) fn figures(rows: &[ResultRow]) -> Figures {
    let delivered: Vec<&ResultRow> = rows.iter().filter(|r| r.thread_id.is_some()).collect();
    let mut ack: Vec<i64> = delivered.iter().filter_map(|r| r.ack_seconds).collect();
    let mut answer: Vec<i64> = delivered.iter().filter_map(|r| r.answer_seconds).collect();
    ack.sort_unstable();
    answer.sort_unstable();
    Figures {
        delivered: delivered.len(),
        acknowledged: ack.len(),
        answered: answer.len(),
        ack_rate: rate(ack.len(), delivered.len()),
        answer_rate: rate(answer.len(), delivered.len()),
        ack_median: percentile(&ack, 50),
        ack_p90: percentile(&ack, 90),
        answer_median: percentile(&answer, 50),
        answer_p90: percentile(&answer, 90),
        breaks: BREAKS
            .iter()
            .map(|b| {
                (
                    b.to_string(),
                    rows.iter().filter(|r| r.broke == Some(*b)).count(),
                )
            })
            .collect(),
    }
}

/// One State's rates over the rows the reader may see.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StateFigures {
    pub state: String,
    pub delivered: usize,
    pub ack_rate: i64,
    pub answer_rate: i64,
}

fn by_state(rows: &[ResultRow]) -> Vec<StateFigures> {
    let mut states: Vec<&str> = rows.iter().map(|r| r.state.as_str()).collect();
    states.dedup();
    states
        .into_iter()
        .map(|s| {
            let own: Vec<ResultRow> = rows.iter().filter(|r| r.state == s).cloned().collect();
            let f = figures(&own);
            StateFigures {
                state: s.to_string(),
                delivered: f.delivered,
                ack_rate: f.ack_rate,
                answer_rate: f.answer_rate,
            }
        })
        .collect()
}

/// A lesson learned as the report shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Lesson {
    /// The State's code if it chose to be named, else None.
    pub state: Option<String>,
    pub lang: String,
    pub text: String,
    pub created_at: i64,
}

/// An exercise with everything its pages show.
pub struct Report {
    pub exercise: Exercise,
    pub states: Vec<Taking>,
    pub injects: Vec<Inject>,
    /// Control: every State's; a State: its own.
    pub rows: Vec<ResultRow>,
    /// Always the whole network's.
    pub figures: Figures,
    /// Per State, over `rows`.
    pub by_state: Vec<StateFigures>,
    pub lessons: Vec<Lesson>,
    /// The entries each State named as players: (State, entry id).
    pub players: Vec<(String, String)>,
}

async fn load(app: &App, id: &str, lang: &str, only: Option<&str>) -> AppResult<Report> {
    let mut c = app.db.conn().await?;
    let r = row(&mut c, id).await?;
    let exercise = shown(&mut c, &r, lang).await?;
    let states = store::exercise::states(&mut c, id).await?;
    let injects = store::exercise::injects(&mut c, id).await?;
    let accepted: Vec<String> = states
        .iter()
        .filter(|s| s.answer.as_deref() == Some("accepted"))
        .map(|s| s.state.clone())
        .collect();
    let threads = store::message::of_exercise(&mut c, id).await?;
    let emails = store::exercise::email_statuses(&mut c, id).await?;
    let escalations = store::message::escalations_of_exercise(&mut c, id).await?;
    let all = rows(&Record {
        exercise: &r,
        injects: &injects,
        states: &accepted,
        threads: &threads,
        emails: &emails,
        escalations: &escalations,
        now: app.now(),
    });
    let figures = figures(&all);
    let named: Vec<&str> = states
        .iter()
        .filter(|s| s.named == 1)
        .map(|s| s.state.as_str())
        .collect();
    let lessons = store::exercise::lessons(&mut c, id)
        .await?
        .into_iter()
        .map(|l| Lesson {
            state: named.contains(&l.state.as_str()).then(|| l.state.clone()),
            lang: l.lang,
            text: l.text,
            created_at: l.created_at,
        })
        .collect();
    let players = store::exercise::players(&mut c, id)
        .await?
        .into_iter()
        .filter(|p| only.is_none_or(|s| s == p.state))
        .map(|p| (p.state, p.poc_id))
        .collect();
    let mut visible: Vec<ResultRow> = all
        .into_iter()
        .filter(|r| only.is_none_or(|s| s == r.state))
        .collect();
    visible.sort_by(|a, b| (&a.state, a.seq).cmp(&(&b.state, b.seq)));
    Ok(Report {
        exercise,
        by_state: by_state(&visible),
        rows: visible,
        states: states
            .into_iter()
            .filter(|s| only.is_none_or(|o| o == s.state))
            .map(Into::into)
            .collect(),
        injects: injects.into_iter().map(Into::into).collect(),
        figures,
        lessons,
        players,
    })
}

/// Everything, for exercise control: the board and the report.
pub async fn board(app: &App, actor: &Actor, id: &str, lang: &str) -> AppResult<Report> {
    control(actor)?;
    load(app, id, lang, None).await
}

/// What a State invited to the exercise sees: the scenario, its own answer,
/// players and results, the network's figures and the lessons.
pub async fn own_report(app: &App, actor: &Actor, id: &str, lang: &str) -> AppResult<Report> {
    let state = actor.state().ok_or_else(|| refusal(actor))?;
    authorize(actor, Action::PlayExercise, Resource::State(state))?;
    let report = load(app, id, lang, Some(state.as_str())).await?;
    // Another State's exercise is not shown to exist.
    if report.states.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(report)
}

/// The rows as CSV: stable column names and codes, as every export has,
/// and every row marked as an exercise's in the reader's language.
pub fn report_csv(app: &App, report: &Report, lang: &str) -> String {
    let mark = format!(
        "{} — {}",
        app.i18n.t(lang, "exercise-mark", &[]),
        report.exercise.title
    );
    let header = [
        "marking",
        "inject",
        "state",
        "released_at",
        "delivery",
        "ack_seconds",
        "answer_seconds",
        "escalations",
        "ack_expectation",
        "answer_expectation",
        "broke",
    ];
    let opt = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    let code = |o: Option<super::Outcome>| o.map(|o| o.code().to_string()).unwrap_or_default();
    let rows = report.rows.iter().map(|r| {
        vec![
            mark.clone(),
            r.seq.to_string(),
            r.state.clone(),
            r.released_at.map(crate::clock::stamp).unwrap_or_default(),
            r.delivery.to_string(),
            opt(r.ack_seconds),
            opt(r.answer_seconds),
            r.escalations.to_string(),
            code(r.ack),
            code(r.answer),
            r.broke.unwrap_or_default().to_string(),
        ]
    });
    crate::kernel::sheet::csv(&header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exr1_median_and_90th_percentile_by_nearest_rank() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 50), Some(5));
        assert_eq!(percentile(&v, 90), Some(9));
        assert_eq!(percentile(&[42], 90), Some(42));
        assert_eq!(percentile(&[], 50), None);
    }
}
