//! The small key-value interface every save goes through, so the code
//! that decides how to save (`repo`) is written once and tested natively
//! against [`MemoryStore`](crate::memory::MemoryStore), while the browser
//! runs it against localStorage (`local`).

/// What went wrong reading or writing, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Disabled, private mode, or blocked by the browser.
    #[error("This browser is not letting the app save (private mode or storage turned off). Your changes live only in this tab until you export a backup.")]
    Unavailable,
    /// The site's storage quota is full.
    #[error("Storage on this device is full, so the last change was not saved. Nothing is lost in this tab: export a backup, then delete old records.")]
    QuotaExceeded,
    /// A stored value could not be read at all.
    #[error("The browser could not read what is saved ({0}). Nothing was changed; reload the page, and export a backup if it happens again.")]
    Unreadable(String),
    /// The write happened but did not read back the same.
    #[error("The browser did not keep the last change (it read back differently). Export a backup to be safe.")]
    NotKept,
    /// Any other failure reported by the browser.
    #[error("Saving failed: {0}. Export a backup to be safe.")]
    Other(String),
}

/// A store of text values under text keys, as localStorage is.
pub trait KeyValue {
    /// The text under `key`, `None` when nothing is stored there.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Forgets `key` (a missing key is not an error).
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Writes `value` and checks that it reads back identical: a browser that
/// silently drops or truncates a write is caught here, not at the next
/// visit.
pub fn set_checked<S: KeyValue + ?Sized>(
    store: &S,
    key: &str,
    value: &str,
) -> Result<(), StoreError> {
    store.set(key, value)?;
    match store.get(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StoreError::NotKept),
    }
}

/// DOMException's legacy code for a full quota, which old WebKit (Safari
/// before 14, iOS private mode) reports under its own name.
pub const QUOTA_EXCEEDED_CODE: u16 = 22;

/// Firefox's name for a full quota (before it adopted the standard one).
pub const FIREFOX_QUOTA_NAME: &str = "NS_ERROR_DOM_QUOTA_REACHED";

/// The error a browser's `DOMException` (its `name`, `code` and
/// `message`) stands for. A full disk has a different name in every
/// engine: the standard `QuotaExceededError`, Firefox's
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014), and old WebKit's code 22
/// under any name; all of them must read as "full", or the user is told
/// something vaguer than the truth.
pub fn classify_dom_error(name: &str, code: u16, message: &str) -> StoreError {
    match name {
        "QuotaExceededError" | FIREFOX_QUOTA_NAME => StoreError::QuotaExceeded,
        _ if code == QUOTA_EXCEEDED_CODE => StoreError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => StoreError::Unavailable,
        _ if message.is_empty() => StoreError::Other(name.to_string()),
        _ => StoreError::Other(message.to_string()),
    }
}
