//! One unit of work: begin a transaction, make the change, audit it,
//! commit, then wake the outbox for the email the change queued. The audit
//! log is written only through a unit, so never outside the transaction of
//! the change it records (NFR-3, NFR-4).

use super::App;
use super::error::AppResult;
use std::ops::{Deref, DerefMut};
use store::Conn;

pub struct Unit<'a> {
    app: &'a App,
    conn: Conn,
}

impl App {
    /// Begins a unit of work: a write transaction.
    pub(crate) async fn begin(&self) -> AppResult<Unit<'_>> {
        Ok(Unit {
            app: self,
            conn: self.db.begin().await?,
        })
    }
}

impl Unit<'_> {
    pub(crate) fn now(&self) -> i64 {
        self.app.now()
    }

    /// Commits the change with its audit record and email, then wakes the
    /// outbox worker.
    pub async fn commit(self) -> AppResult<()> {
        self.conn.commit().await?;
        self.app.mail.wake();
        Ok(())
    }
}

impl Deref for Unit<'_> {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        &self.conn
    }
}

impl DerefMut for Unit<'_> {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.conn
    }
}
