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

/// Starts building the later stages, one task each; `done` runs when the last one is built.
pub fn provide_startup(done: Option<Box<dyn FnOnce()>>) -> Startup {
    let startup = Startup { reached: RwSignal::new(Stage::Shell) };
    provide_context(startup);
    next_stage(startup, done);
    startup
}

fn next_stage(startup: Startup, done: Option<Box<dyn FnOnce()>>) {
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
                match (next, done) {
                    (Stage::Page, Some(done)) => done(),
                    (Stage::Page, None) => {}
                    (_, done) => next_stage(startup, done),
                }
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
