//! Components shared by every tool page. Leaf components only render; the
//! page owns the state and calls the core.

pub mod actions;
pub mod findings;
pub mod input_area;
pub mod latest;
pub mod signatures;

pub(crate) use actions::sarif_with;
pub use actions::{CopyButton, DownloadButton, ReportActions, SarifWriter, SharedReportActions};
pub use findings::{FindingsList, SharedFindingsList};
pub use input_area::{InputArea, LoadedFiles};
pub use latest::{use_latest_task, LatestTask};
pub use signatures::{read_trust, signature_checks, SignaturesPanel};

use std::rc::Rc;

use crate::Report;

/// Any large value shared by pointer, for props: compared in O(1) (two
/// props are equal when they hold the same value, not an equal one) and
/// cloned without copying it.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

/// A report shared by pointer. Use it (with `SharedFindingsList`,
/// `SharedReportActions`) when a report can be large, e.g. a federation
/// aggregate checked in the worker.
pub type SharedReport = Shared<Report>;

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Run `action` once the user has paused typing for `millis`: live
/// validation without re-validating a large paste on every keystroke.
// The `#[hook]` macro restates the generic bound, which clippy flags.
#[allow(clippy::multiple_bound_locations)]
#[hook]
pub fn use_debounced_callback<T: 'static>(millis: u32, action: Callback<T>) -> Callback<T> {
    let pending = use_mut_ref(|| None::<Timeout>);
    Callback::from(move |value: T| {
        let action = action.clone();
        // Dropping the previous timeout cancels it.
        *pending.borrow_mut() = Some(Timeout::new(millis, move || action.emit(value)));
    })
}
