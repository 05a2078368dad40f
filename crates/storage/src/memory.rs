//! An in-memory [`KeyValue`] store for tests, which can be told to fail
//! the way browsers do: no storage at all, a full disk, a value that
//! cannot be read, a write that reads back differently, and another tab
//! writing in between two of this tab's steps.
//!
//! It is `Clone` and the clones share one map, as two tabs share one
//! localStorage: a test holds a clone to play the other tab.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::kv::{KeyValue, StoreError};

/// A fault to inject into a [`MemoryStore`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Every call fails with `Unavailable`.
    Unavailable,
    /// Every write fails with `QuotaExceeded` (reads still work).
    Full,
    /// Reading `key` fails with `Unreadable`.
    UnreadableKey(String),
    /// Writes to `key` store a truncated value (they do not read back).
    Truncates(String),
}

/// A localStorage made of a map; see the module comment.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    values: BTreeMap<String, String>,
    faults: Vec<Fault>,
    /// Another tab's write, made just before this store's next step.
    intruder: Option<(String, String)>,
    writes: usize,
}

impl MemoryStore {
    /// An empty store that works.
    pub fn new() -> Self {
        Self::default()
    }

    /// Turns a fault on (until [`MemoryStore::heal`]).
    pub fn inject(&self, fault: Fault) {
        self.inner.borrow_mut().faults.push(fault);
    }

    /// Turns every fault off.
    pub fn heal(&self) {
        self.inner.borrow_mut().faults.clear();
    }

    /// Arranges for another tab to write `value` under `key` just before
    /// this store's next read or write, whatever key that is for: the
    /// other tab's `storage` event has not arrived when this tab acts.
    pub fn another_writer_before_next_step(&self, key: &str, value: &str) {
        self.inner.borrow_mut().intruder = Some((key.to_string(), value.to_string()));
    }

    /// Writes `value` under `key` directly, as another tab (or a damaged
    /// disk) would: no faults apply.
    pub fn put(&self, key: &str, value: &str) {
        self.inner
            .borrow_mut()
            .values
            .insert(key.to_string(), value.to_string());
    }

    /// The text under `key`, read directly (no faults apply).
    pub fn peek(&self, key: &str) -> Option<String> {
        self.inner.borrow().values.get(key).cloned()
    }

    /// Forgets `key` directly, as another tab would.
    pub fn delete(&self, key: &str) {
        self.inner.borrow_mut().values.remove(key);
    }

    /// How many writes (`set` and `remove`) reached the map.
    pub fn writes(&self) -> usize {
        self.inner.borrow().writes
    }

    fn has(&self, fault: &Fault) -> bool {
        self.inner.borrow().faults.contains(fault)
    }

    fn usable(&self) -> Result<(), StoreError> {
        if self.has(&Fault::Unavailable) {
            return Err(StoreError::Unavailable);
        }
        Ok(())
    }

    /// Lets a waiting intruder write first.
    fn intrude(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some((key, value)) = inner.intruder.take() {
            inner.values.insert(key, value);
        }
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.usable()?;
        self.intrude();
        if self.has(&Fault::UnreadableKey(key.to_string())) {
            return Err(StoreError::Unreadable(format!("{key} cannot be read")));
        }
        Ok(self.peek(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.usable()?;
        self.intrude();
        if self.has(&Fault::Full) {
            return Err(StoreError::QuotaExceeded);
        }
        let kept = if self.has(&Fault::Truncates(key.to_string())) {
            value.chars().take(value.chars().count() / 2).collect()
        } else {
            value.to_string()
        };
        let mut inner = self.inner.borrow_mut();
        inner.values.insert(key.to_string(), kept);
        inner.writes += 1;
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.usable()?;
        self.intrude();
        let mut inner = self.inner.borrow_mut();
        inner.values.remove(key);
        inner.writes += 1;
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.usable()?;
        Ok(self.inner.borrow().values.keys().cloned().collect())
    }
}
