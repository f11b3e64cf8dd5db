//! "The latest task wins": a page that checks as the user types starts a new
//! check on every change, and a slower, older one must never overwrite the
//! result of a newer one. One hook holds the generation counter and the busy
//! flag every such page needs.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// A page's checks, of which only the latest may show its result.
#[derive(Clone)]
pub struct LatestTask {
    generation: Rc<RefCell<u64>>,
    busy: UseStateHandle<bool>,
}

impl PartialEq for LatestTask {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.generation, &other.generation) && *self.busy == *other.busy
    }
}

impl LatestTask {
    /// Whether a check that yielded first (`run(true, …)`) is under way.
    pub fn busy(&self) -> bool {
        *self.busy
    }

    /// Start a check: `work` computes the result, `done` shows it — only if
    /// no newer check started meanwhile. With `yield_first` (a large input),
    /// the page shows "busy" and the browser paints before `work` blocks the
    /// thread; otherwise it runs at once.
    pub fn run<T: 'static>(
        &self,
        yield_first: bool,
        work: impl FnOnce() -> T + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        let mine = {
            let mut g = self.generation.borrow_mut();
            *g += 1;
            *g
        };
        let generation = self.generation.clone();
        let busy = self.busy.clone();
        let latest = move || *generation.borrow() == mine;
        if !yield_first {
            let out = work();
            if latest() {
                done(out);
                busy.set(false);
            }
            return;
        }
        busy.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            // Long enough for the browser to paint the busy note.
            gloo::timers::future::TimeoutFuture::new(30).await;
            if !latest() {
                return;
            }
            let out = work();
            if latest() {
                done(out);
                busy.set(false);
            }
        });
    }
}

/// The page's [`LatestTask`].
#[hook]
pub fn use_latest_task() -> LatestTask {
    let generation = use_mut_ref(|| 0u64);
    let busy = use_state(|| false);
    LatestTask { generation, busy }
}
