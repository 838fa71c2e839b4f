//! [`Keyed`]: the map from IDs to items that the portfolio is made of.
//!
//! It behaves like a `BTreeMap<String, V>` (ordered by ID, the same JSON object on disk) but is
//! a sorted vector. Each `BTreeMap` type compiles its own tree code (about 8 KB of wasm per item
//! type), while a portfolio holds a few hundred items at most, where a vector is as fast.

use std::fmt;

use super::sorting::sort_by;

#[derive(Clone, PartialEq, Eq)]
pub struct Keyed<V> {
    /// Sorted by ID, each ID once.
    entries: Vec<(String, V)>,
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed { entries: Vec::new() }
    }
}

impl<V> Keyed<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        self.find(id).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Puts `value` under `id`; returns the value it replaces.
    pub fn insert(&mut self, id: String, value: V) -> Option<V> {
        // After the last one (items read in order): no search.
        if self.entries.last().is_none_or(|(last, _)| *last < id) {
            self.entries.push((id, value));
            return None;
        }
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (id, value));
                None
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|i| self.entries.remove(i).1)
    }

    /// The value under `id`, first made with `make` when there is none.
    pub fn get_or_insert_with(&mut self, id: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(id) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (id.to_owned(), make()));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// `(id, value)` in ID order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }
}

impl<V> std::ops::Index<&str> for Keyed<V> {
    type Output = V;

    /// The value under `id`; panics when there is none, like a `BTreeMap`.
    fn index(&self, id: &str) -> &V {
        self.get(id).expect("no entry for this ID")
    }
}

impl<'a, V> IntoIterator for &'a Keyed<V> {
    type Item = (&'a String, &'a V);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<V> FromIterator<(String, V)> for Keyed<V> {
    /// Like collecting into a `BTreeMap`: for an ID given twice, the last value counts.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut entries: Vec<(String, V)> = iter.into_iter().collect();
        // What Leerpad wrote itself is in order already (a JSON object, a sorted collection).
        if entries.windows(2).all(|pair| pair[0].0 < pair[1].0) {
            return Keyed { entries };
        }
        // Stable, so equal IDs keep their order and the last one can win.
        sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        let mut out: Vec<(String, V)> = Vec::with_capacity(entries.len());
        for entry in entries {
            match out.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => out.push(entry),
            }
        }
        Keyed { entries: out }
    }
}

impl<V: fmt::Debug> fmt::Debug for Keyed<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<V> IntoIterator for Keyed<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;

    /// `(id, value)` in ID order.
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

// proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Insert(String, u8),
        Remove(String),
        Upsert(String, u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        let id = "[a-d]{0,2}";
        prop_oneof![
            (id, any::<u8>()).prop_map(|(k, v)| Op::Insert(k, v)),
            id.prop_map(Op::Remove),
            (id, any::<u8>()).prop_map(|(k, v)| Op::Upsert(k, v)),
        ]
    }

    proptest! {
        #[test]
        fn behaves_like_a_btree_map(ops in proptest::collection::vec(op(), 0..60)) {
            let mut ours = Keyed::new();
            let mut theirs = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Insert(k, v) => prop_assert_eq!(ours.insert(k.clone(), v), theirs.insert(k, v)),
                    Op::Remove(k) => prop_assert_eq!(ours.remove(&k), theirs.remove(&k)),
                    Op::Upsert(k, v) => {
                        let mine = ours.get_or_insert_with(&k, || v);
                        *mine = mine.wrapping_add(1);
                        let other = theirs.entry(k).or_insert(v);
                        *other = other.wrapping_add(1);
                    }
                }
                prop_assert_eq!(ours.iter().collect::<Vec<_>>(), theirs.iter().collect::<Vec<_>>());
                prop_assert_eq!(ours.len(), theirs.len());
            }
            prop_assert_eq!(crate::domain::encode::to_json(&ours), serde_json::to_string(&theirs).unwrap());
        }

        #[test]
        fn reads_json_like_a_btree_map(pairs in proptest::collection::vec(("[a-c]{1,2}", any::<u8>()), 0..20)) {
            let object = format!("{{{}}}", pairs.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect::<Vec<_>>().join(","));
            let ours: Keyed<u8> = crate::domain::decode::decode_record(&object).unwrap();
            let theirs: BTreeMap<String, u8> = serde_json::from_str(&object).unwrap();
            prop_assert_eq!(ours.iter().collect::<Vec<_>>(), theirs.iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn refuses_what_is_not_an_object() {
        use crate::domain::decode::decode_record;
        assert!(decode_record::<Keyed<u8>>("[1, 2]").is_err());
        assert!(decode_record::<Keyed<u8>>(r#"{"a": "x"}"#).is_err());
    }
}
