//! Components shared by every tool page. Leaf components only render; the
//! page owns the state and calls the core.

pub mod actions;
pub mod findings;
pub mod input_area;

pub use actions::{CopyButton, DownloadButton, ReportActions};
pub use findings::FindingsList;
pub use input_area::{InputArea, LoadedFiles};

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
