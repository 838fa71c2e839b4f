//! One sort for the whole app. Every `slice::sort_by` call site compiles its own copy of the
//! standard library's sort (about 5 KB of wasm each, 90 functions in all before this module);
//! these helpers share a single compiled sort of indices and only move the elements per type.

use std::cmp::Ordering;

/// The stable order of `n` elements under `cmp`, compared by index. Not generic, so compiled once.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..n).collect();
    indices.sort_by(|&a, &b| cmp(a, b));
    indices
}

/// Sorts `v` by `cmp`, stably (equal elements keep their order), like `slice::sort_by`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let indices = order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(indices.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` stably by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order and drops repeated elements, like `sort` then `dedup`.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

// proptest is a native dev-dependency; the wasm test build has no use for these.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_stably_like_the_standard_library(v in proptest::collection::vec((0u8..5, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = v.clone();
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sort_dedup_is_sort_then_dedup(v in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut ours = v.clone();
            sort_dedup(&mut ours);
            let mut std = v;
            std.sort();
            std.dedup();
            prop_assert_eq!(ours, std);
        }
    }
}
