//! Background work that cannot die silently (NFR-4): each task runs under a
//! supervisor that logs and counts a panic, then starts the task again after
//! a back-off. The health check reads which tasks are running.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The first pause before a restart; it doubles after each quick failure.
const FIRST_BACKOFF: Duration = Duration::from_millis(500);
const LONGEST_BACKOFF: Duration = Duration::from_secs(60);
/// A task that ran this long before failing starts again without delay.
const STEADY: Duration = Duration::from_secs(300);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TaskState {
    pub running: bool,
    pub restarts: u64,
}

/// Every supervised task of this process and its state.
#[derive(Default)]
pub struct Tasks(Mutex<BTreeMap<&'static str, TaskState>>);

impl Tasks {
    pub fn snapshot(&self) -> BTreeMap<&'static str, TaskState> {
        self.0.lock().map(|t| t.clone()).unwrap_or_default()
    }

    fn update(&self, name: &'static str, f: impl FnOnce(&mut TaskState)) {
        if let Ok(mut t) = self.0.lock() {
            f(t.entry(name).or_default());
        }
    }
}

/// Runs `task` on its own, and again whenever it panics or returns, until
/// the process ends.
pub(crate) fn supervise<F, Fut>(tasks: std::sync::Arc<Tasks>, name: &'static str, task: F)
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    tasks.update(name, |s| s.running = true);
    tokio::spawn(async move {
        let mut backoff = FIRST_BACKOFF;
        loop {
            tasks.update(name, |s| s.running = true);
            let started = Instant::now();
            let outcome = tokio::spawn(task()).await;
            tasks.update(name, |s| {
                s.running = false;
                s.restarts += 1;
            });
            match outcome {
                Err(e) if e.is_panic() => {
                    let panic = e.into_panic();
                    let why = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    tracing::error!(task = name, panic = %why, "background task panicked; restarting");
                }
                Err(_) => return,
                Ok(()) => tracing::error!(task = name, "background task ended; restarting"),
            }
            if started.elapsed() >= STEADY {
                backoff = FIRST_BACKOFF;
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(LONGEST_BACKOFF);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn nfr4_a_task_that_panics_runs_again() {
        let tasks = Arc::new(Tasks::default());
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = runs.clone();
        supervise(tasks.clone(), "flaky", move || {
            let counted = counted.clone();
            async move {
                if counted.fetch_add(1, Ordering::SeqCst) == 0 {
                    panic!("first run fails");
                }
                std::future::pending::<()>().await
            }
        });
        for _ in 0..100 {
            if runs.load(Ordering::SeqCst) >= 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(
            runs.load(Ordering::SeqCst),
            2,
            "started again after the panic"
        );
        assert_eq!(
            tasks.snapshot().get("flaky"),
            Some(&TaskState {
                running: true,
                restarts: 1
            })
        );
    }
}
