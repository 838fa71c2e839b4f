//! Long work in steps: reading a backup of many megabytes takes longer than a page may stay busy,
//! so the functions that do it are `async` and ask their [`Pace`] for a breather after each
//! piece. The browser's pace lets it handle input and paint in between (`ui::browser::tasks`);
//! [`Unpaced`] runs everything at once, for small inputs and for the native tests.

use std::{
    pin::pin,
    task::{Context, Poll, Waker},
};

/// Decides, after each piece of work, whether to give the browser a turn.
// Leerpad's own trait, for work in one thread: no `Send` bound is wanted on the future.
#[allow(async_fn_in_trait)]
pub trait Pace {
    async fn breathe(&mut self);
}

/// No breathers: the work runs to its end in one go.
pub struct Unpaced;

impl Pace for Unpaced {
    async fn breathe(&mut self) {}
}

/// The result of work that never waits, such as work paced by [`Unpaced`].
pub fn at_once<F: Future>(work: F) -> F::Output {
    match pin!(work).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => out,
        // Only futures that wait for something outside (a browser task) get here.
        Poll::Pending => unreachable!("at_once runs work that never waits"),
    }
}

/// Counts its breathers: the tests see how finely work is cut.
#[cfg(test)]
#[derive(Default)]
pub struct Counted(pub usize);

#[cfg(test)]
impl Pace for Counted {
    async fn breathe(&mut self) {
        self.0 += 1;
    }
}
