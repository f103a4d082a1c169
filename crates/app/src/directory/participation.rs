//! The public list of participating States (PUB-1, DIR-1).

use crate::{App, AppResult};
use domain::StateCode;

pub struct Participation {
    /// Participating States with the day they were admitted (epoch ms).
    pub states: Vec<(StateCode, i64)>,
    pub threshold: i64,
}

pub async fn participation(app: &App) -> AppResult<Participation> {
    let mut c = app.db.conn().await?;
    let rows = store::state::participating(&mut c).await?;
    let states = rows
        .into_iter()
        .filter_map(|r| Some((StateCode::parse(&r.code).ok()?, r.participating_since?)))
        .collect();
    Ok(Participation {
        states,
        threshold: app.config.directory.operational_threshold,
    })
}
