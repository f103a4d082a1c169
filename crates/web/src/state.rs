//! What every handler holds: the use cases and the templates.

use app::App;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Web {
    pub app: App,
    pub templates: Arc<minijinja::Environment<'static>>,
    /// Open live-inbox streams per session on this instance.
    pub streams: Arc<Mutex<HashMap<String, usize>>>,
    /// API requests per token in the current minute on this instance.
    pub api_requests: Arc<Mutex<HashMap<String, (i64, u32)>>>,
}

/// Live-inbox streams one session may hold open at once (a few tabs).
pub const STREAMS_PER_SESSION: usize = 4;

/// One open stream of a session, counted until it is dropped.
pub struct StreamSlot {
    streams: Arc<Mutex<HashMap<String, usize>>>,
    session: String,
}

impl Web {
    /// A slot for another stream of `session`, unless it holds enough.
    pub fn stream_slot(&self, session: &str) -> Option<StreamSlot> {
        let mut open = self.streams.lock().ok()?;
        let n = open.entry(session.to_string()).or_default();
        if *n >= STREAMS_PER_SESSION {
            return None;
        }
        *n += 1;
        Some(StreamSlot {
            streams: self.streams.clone(),
            session: session.to_string(),
        })
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        if let Ok(mut open) = self.streams.lock()
            && let Some(n) = open.get_mut(&self.session)
        {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.session);
            }
        }
    }
}
