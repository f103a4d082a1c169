//! Exercises (EXR-1): exercise control (the custodian) writes a scenario,
//! invites States, who accept and name their players, and lays out a
//! timeline of injects with expectations. Running, injects go out as
//! communications marked EXERCISE; players answer in their normal inbox.
//! The exercise keeps its own record: its threads never enter a State's
//! real record of exchanges or the usage counts. The after-action report
//! shows per State and inject how fast each answered and where the chain
//! broke.

mod prepare;
mod report;
mod results;
mod run;
mod taking_part;

pub use prepare::*;
pub use report::*;
pub use results::*;
pub use run::*;
pub use taking_part::*;

use crate::error::authorize;
use crate::kernel::view::view;
use crate::{App, AppError, AppResult};
use domain::policy::Resource;
use domain::{Action, Actor, UnLanguage};
use store::exercise::{ExerciseRow, TextRow};

/// An exercise as its pages show it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Exercise {
    pub id: String,
    /// draft, running, paused, finished or canceled.
    pub status: String,
    pub created_at: i64,
    pub started_at: Option<i64>,
    pub ended_at: Option<i64>,
    /// The scenario in the reader's language, else in the first language
    /// it was written in.
    pub title: String,
    pub narrative: String,
    /// The language of `title` and `narrative`.
    pub lang: String,
    /// The languages the scenario is written in.
    pub languages: Vec<String>,
}

impl Exercise {
    fn of(row: &ExerciseRow, texts: &[TextRow], lang: &str) -> Self {
        let text = texts
            .iter()
            .find(|t| t.lang == lang)
            .or_else(|| texts.iter().find(|t| t.lang == "en"))
            .or(texts.first());
        Exercise {
            id: row.id.clone(),
            status: row.status.clone(),
            created_at: row.created_at,
            started_at: row.started_at,
            ended_at: row.ended_at,
            title: text.map(|t| t.title.clone()).unwrap_or_default(),
            narrative: text.map(|t| t.narrative.clone()).unwrap_or_default(),
            lang: text.map_or(lang.to_string(), |t| t.lang.clone()),
            languages: texts.iter().map(|t| t.lang.clone()).collect(),
        }
    }

    /// Still to be prepared or under way: injects and States may change.
    pub fn is_open(&self) -> bool {
        matches!(self.status.as_str(), "draft" | "running" | "paused")
    }
}

view! {
    /// One step of the timeline, without its content (EXR-1).
    Inject from store::exercise::InjectRow {
        id: String,
        seq: i64,
        /// Empty for exercise control, else the State control plays.
        sender: String,
        /// State codes separated by spaces.
        to_states: String,
        template_key: String,
        urgency: String,
        tlp: String,
        /// at, after or manual.
        release_kind: String,
        offset_s: i64,
        after_id: Option<String>,
        expect_ack_s: Option<i64>,
        expect_answer_s: Option<i64>,
        expiry_s: i64,
        released_at: Option<i64>,
    }
}

view! {
    /// A State invited, and its answer (EXR-1).
    Taking from store::exercise::StateRow {
        state: String,
        invited_at: i64,
        /// accepted or declined; None while not answered.
        answer: Option<String>,
        answered_at: Option<i64>,
        named: i64,
    }
}

/// The custodian, acting as exercise control.
fn control(actor: &Actor) -> AppResult<()> {
    authorize(actor, Action::RunExercise, Resource::None)
}

async fn row(c: &mut store::Conn, id: &str) -> AppResult<ExerciseRow> {
    store::exercise::get(c, id).await?.ok_or(AppError::NotFound)
}

async fn shown(c: &mut store::Conn, row: &ExerciseRow, lang: &str) -> AppResult<Exercise> {
    let texts = store::exercise::texts(c, &row.id).await?;
    Ok(Exercise::of(row, &texts, lang))
}

/// Exercise time in milliseconds: since the start, pauses left out.
fn clock(row: &ExerciseRow, now: i64) -> i64 {
    let Some(start) = row.started_at else {
        return 0;
    };
    let until = row.ended_at.or(row.paused_at).unwrap_or(now);
    until - start - row.paused_ms
}

/// Every exercise, newest first (exercise control).
pub async fn list(app: &App, actor: &Actor, lang: &str) -> AppResult<Vec<Exercise>> {
    control(actor)?;
    let mut c = app.db.conn().await?;
    let mut out = Vec::new();
    for r in store::exercise::all(&mut c).await? {
        out.push(shown(&mut c, &r, lang).await?);
    }
    Ok(out)
}

fn language(code: &str) -> AppResult<UnLanguage> {
    UnLanguage::parse(code).map_err(|_| AppError::field("lang", "err-exercise-language"))
}
