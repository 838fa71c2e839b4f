//! The app's first build, spread over a few tasks.
//!
//! Building the whole first page at once is one long task on a slow phone (most of it V8
//! compiling the wasm functions the first time they run), during which a tap or a key waits.
//! Here the shell is built in the task that mounts the app, each later [`Stage`] in a task of its
//! own, with the browser free in between; the app is built outside the document and moves in only
//! once the last stage is done, so nobody sees it half built.

use std::time::Duration;

use leptos::prelude::*;

/// The parts of the app in the order they are built.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The header's brand and menu, and the page frame: built while mounting.
    Shell,
    /// The header's statuses and language switch, the update banner and the notices.
    Status,
    /// The page itself.
    Page,
}

#[derive(Clone, Copy)]
pub struct Startup {
    reached: RwSignal<Stage>,
}

impl Startup {
    /// Whether `stage` has been built (tracked).
    pub fn reached(self, stage: Stage) -> bool {
        self.reached.get() >= stage
    }
}

/// The longest the first page waits for what holds it (the portfolio being read).
const HOLD_AT_MOST: Duration = Duration::from_millis(400);

/// Starts building the later stages, one task each; `done` runs once the last one is built and
/// `hold` is false, or has been true for [`HOLD_AT_MOST`].
pub fn provide_startup(done: Option<Box<dyn FnOnce()>>, hold: Signal<bool>) -> Startup {
    let startup = Startup { reached: RwSignal::new(Stage::Shell) };
    provide_context(startup);
    let done = StoredValue::new_local(done);
    let built = RwSignal::new(false);
    let held_long = RwSignal::new(false);
    Effect::new(move |_| {
        if built.get()
            && (!hold.get() || held_long.get())
            && let Some(done) = done.try_update_value(Option::take).flatten()
        {
            done();
        }
    });
    next_stage(startup, move || {
        built.set(true);
        set_timeout(
            move || {
                let _ = held_long.try_set(true);
            },
            HOLD_AT_MOST,
        );
    });
    startup
}

fn next_stage(startup: Startup, built: impl FnOnce() + 'static) {
    set_timeout(
        move || {
            let next = match startup.reached.get_untracked() {
                Stage::Shell => Stage::Status,
                Stage::Status | Stage::Page => Stage::Page,
            };
            startup.reached.set(next);
            // What the new stage renders has run by the executor's next tick.
            leptos::task::spawn_local(async move {
                leptos::task::tick().await;
                if next == Stage::Page { built() } else { next_stage(startup, built) }
            });
        },
        Duration::ZERO,
    );
}

/// Its children, once `stage` is built.
#[component]
pub fn AtStage(stage: Stage, children: ChildrenFn) -> impl IntoView {
    let startup = expect_context::<Startup>();
    let shown = Memo::new(move |_| startup.reached(stage));
    move || shown.get().then(|| children())
}
