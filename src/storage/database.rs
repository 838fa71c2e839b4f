//! The portfolio in IndexedDB: database `leerpad`, whose layout is [`crate::domain::records`].
//!
//! | object store | key                                   | value                                  |
//! |--------------|---------------------------------------|----------------------------------------|
//! | `records`    | record key (`leerpad:journal:<id>` …) | the record's JSON text                 |
//! | `previous`   | record key                            | the record's JSON before its last save |
//! | `kept`       | a name (`before-restore`, `pack`, …)  | text kept beside the portfolio         |
//! | `files`      | (evidence files, a later issue)       |                                        |
//!
//! Safety rules:
//! - a save is one transaction: every record one edit changed commits together or not at all,
//!   together with the previous version of each, so a bad write can be undone;
//! - all of a save's requests are placed at once and committed explicitly, so a save started
//!   when the page is closing still reaches the disk;
//! - every change to `records` renews a token in `kept` (`changed`): the start script reads the
//!   records while the wasm loads, from the pack when the pack was made at the current token, and
//!   the app uses that early read only if the token is unchanged by then;
//! - a newer layout only ever adds object stores (a new `VERSION`, a step in `upgrade`), so an
//!   older Leerpad still open elsewhere can go on reading and writing records.

use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, IdbDatabase, IdbTransactionMode};

use super::{StorageError, idb};
use crate::domain::pack;

pub const NAME: &str = "leerpad";
/// The layout's version: which object stores exist.
pub const VERSION: u32 = 1;

pub(super) const RECORDS: &str = "records";
pub(super) const PREVIOUS: &str = "previous";
pub(super) const KEPT: &str = "kept";
pub(super) const FILES: &str = "files";
const STORES: [&str; 4] = [RECORDS, PREVIOUS, KEPT, FILES];

/// Under this name `kept` holds a token that every change to `records` renews, so that a read
/// made before a change can tell it is out of date ([`Database::prefetched`]).
const CHANGED: &str = "changed";

/// Under this name `kept` holds the pack ([`crate::domain::pack`]): every record in one text, as
/// UTF-8 bytes (copied into the wasm as they are, not converted from a JavaScript string), read at
/// a start instead of the records one by one while it is current; under [`PACK_TOKEN`] the
/// change token it was made at, for the start script to compare without reading the pack.
const PACK: &str = "pack";
const PACK_TOKEN: &str = "pack-token";

/// Where the portfolio from just before a restore is kept, as a backup file's text.
pub const RESTORE_POINT: &str = "before-restore";

/// One record a save writes: its new JSON (`None` deletes it) and the version it replaces, kept
/// in `previous` (`None`: nothing to keep, the record is new).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub key: String,
    pub value: Option<String>,
    pub previous: Option<String>,
}

/// Records read before the app asked, and whether they came from the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Early {
    pub records: Vec<(String, String)>,
    pub packed: bool,
}

/// Why the connection ended under the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The browser closed it: site data cleared, or the disk went away.
    Closed,
    /// Another tab asks for a newer version; this connection must close for it.
    NewerVersion,
}

/// An open connection to Leerpad's database. Clone it freely.
#[derive(Clone)]
pub struct Database {
    db: IdbDatabase,
    _listeners: Rc<Listeners>,
}

/// The connection's event handlers, removed when the last clone of the connection goes.
struct Listeners {
    db: IdbDatabase,
    _handlers: Vec<Closure<dyn Fn(Event)>>,
}

impl Drop for Listeners {
    fn drop(&mut self) {
        self.db.set_onclose(None);
        self.db.set_onversionchange(None);
    }
}

fn upgrade(db: &IdbDatabase) -> Result<(), JsValue> {
    let existing = db.object_store_names();
    for name in STORES {
        if !existing.contains(name) {
            db.create_object_store(name)?;
        }
    }
    Ok(())
}

/// The connection the start script opened for its early read (`window.__leerpadDb`), taken over
/// when it has this build's layout or a newer one; otherwise closed.
fn early_connection() -> Option<IdbDatabase> {
    let window = web_sys::window()?;
    let name = JsValue::from_str("__leerpadDb");
    let db = js_sys::Reflect::get(&window, &name).ok()?.dyn_into::<IdbDatabase>().ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &name);
    if db.version() >= f64::from(VERSION) {
        return Some(db);
    }
    db.close();
    None
}

/// Renews the token under [`CHANGED`] in `tx` (whose scope holds `kept`): `records` change in it.
pub(super) fn renew(tx: &web_sys::IdbTransaction) -> Result<(), JsValue> {
    // Whole numbers: formatting a float would bring the standard library's float printing along.
    let token =
        format!("{}-{}", js_sys::Date::now() as u64, (js_sys::Math::random() * 4_294_967_296.0) as u32);
    tx.object_store(KEPT)?.put_with_key(&JsValue::from_str(&token), &JsValue::from_str(CHANGED)).map(drop)
}

/// The pairs of two arrays of the same length (keys and values); a value that is not text
/// (written by something else) reads as damaged, never as missing.
fn pairs(keys: Array, values: Array) -> Vec<(String, String)> {
    keys.iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((text(k)?, text(v).unwrap_or_default())))
        .collect()
}

/// Places the requests of `writes` in `tx`; the last request placed, if any.
fn place(tx: &web_sys::IdbTransaction, writes: &[Write]) -> Result<Option<web_sys::IdbRequest>, JsValue> {
    let records = tx.object_store(RECORDS)?;
    let previous = tx.object_store(PREVIOUS)?;
    let mut last = None;
    for write in writes {
        let key = JsValue::from_str(&write.key);
        if let Some(old) = &write.previous {
            previous.put_with_key(&JsValue::from_str(old), &key)?;
        }
        last = Some(match &write.value {
            Some(value) => records.put_with_key(&JsValue::from_str(value), &key)?,
            None => records.delete(&key)?,
        });
    }
    Ok(last)
}

fn text(value: JsValue) -> Option<String> {
    value.as_string()
}

impl Database {
    /// Opens (and creates or upgrades) the database. `on_ended` is told when the connection ends
    /// under the app; on a newer version it has already been asked to close. `on_blocked` runs when
    /// a tab with an older Leerpad holds the database and has not let go yet.
    pub async fn open(
        on_ended: impl Fn(Ended) + 'static,
        on_blocked: impl Fn() + 'static,
    ) -> Result<Database, StorageError> {
        let on_blocked = Rc::new(on_blocked);
        let blocked = on_blocked.clone();
        let db = match early_connection() {
            Some(db) => db,
            None => match idb::open(NAME, Some(VERSION), upgrade, move || blocked()).await {
                // A newer Leerpad upgraded the layout; it only adds stores, so open what is there.
                Err(StorageError::Refused(name)) if name == "VersionError" => {
                    idb::open(NAME, None, |_| Ok(()), move || on_blocked()).await?
                }
                other => other?,
            },
        };
        let names = db.object_store_names();
        if !STORES.iter().all(|s| names.contains(s)) {
            db.close();
            return Err(StorageError::Refused("MissingStore".into()));
        }
        let on_ended = Rc::new(on_ended);
        let closed = {
            let on_ended = on_ended.clone();
            Closure::<dyn Fn(Event)>::new(move |_| on_ended(Ended::Closed))
        };
        let newer = {
            let db = db.clone();
            Closure::<dyn Fn(Event)>::new(move |_| {
                on_ended(Ended::NewerVersion);
                // After the handler, so that it can still place a last save; closing waits for it.
                db.close();
            })
        };
        db.set_onclose(Some(closed.as_ref().unchecked_ref()));
        db.set_onversionchange(Some(newer.as_ref().unchecked_ref()));
        let listeners = Rc::new(Listeners { db: db.clone(), _handlers: vec![closed, newer] });
        Ok(Database { db, _listeners: listeners })
    }

    /// Closes the connection (once nothing uses it any more, its handlers go too).
    pub fn close(&self) {
        self.db.close();
    }

    /// Every record, as `(record key, JSON)`, in key order.
    pub async fn records(&self) -> Result<Vec<(String, String)>, StorageError> {
        self.all(RECORDS).await
    }

    /// The previous version of every record that has one.
    pub async fn previous(&self) -> Result<Vec<(String, String)>, StorageError> {
        self.all(PREVIOUS).await
    }

    async fn all(&self, name: &str) -> Result<Vec<(String, String)>, StorageError> {
        let tx = idb::transaction(&self.db, &[name], IdbTransactionMode::Readonly)?;
        let store = idb::store(&tx, name)?;
        let keys = store.get_all_keys().map_err(|e| super::classify(&e))?;
        let values = store.get_all().map_err(|e| super::classify(&e))?;
        let keys: Array = idb::request(keys).await?.unchecked_into();
        let values: Array = idb::request(values).await?.unchecked_into();
        Ok(pairs(keys, values))
    }

    /// The records the start script read while the wasm was still loading
    /// (`window.__leerpadRecords`, see scripts/post-build.mjs: the pack when it was current, else
    /// the records one by one), if nothing has changed them since; taken once. `None`: read them
    /// with [`Database::records`].
    pub async fn prefetched(&self) -> Option<Early> {
        let window = web_sys::window()?;
        let name = JsValue::from_str("__leerpadRecords");
        let early = js_sys::Reflect::get(&window, &name).ok()?.dyn_into::<js_sys::Promise>().ok()?;
        let _ = js_sys::Reflect::delete_property(&window, &name);
        let read: Array = JsFuture::from(early).await.ok()?.dyn_into().ok()?;
        let changed = read.get(2).as_string();
        if self.kept(CHANGED).await.ok()? != changed {
            return None;
        }
        match read.get(3).dyn_into::<js_sys::Uint8Array>().ok() {
            Some(bytes) => {
                let text = String::from_utf8(bytes.to_vec()).ok()?;
                let (token, records) = pack::read(&text)?;
                (Some(token) == changed.as_deref()).then_some(Early { records, packed: true })
            }
            None => Some(Early {
                records: pairs(read.get(0).dyn_into().ok()?, read.get(1).dyn_into().ok()?),
                packed: false,
            }),
        }
    }

    /// Writes the pack of the records as they are stored now: read and written in one
    /// transaction, so no save can come in between.
    pub async fn pack(&self) -> Result<(), StorageError> {
        let tx = idb::transaction(&self.db, &[RECORDS, KEPT], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        let (records, kept) = (idb::store(&tx, RECORDS)?, idb::store(&tx, KEPT)?);
        let keys = records.get_all_keys().map_err(|e| super::classify(&e))?;
        let values = records.get_all().map_err(|e| super::classify(&e))?;
        let changed = kept.get(&JsValue::from_str(CHANGED)).map_err(|e| super::classify(&e))?;
        let keys: Array = idb::request(keys).await?.unchecked_into();
        let values: Array = idb::request(values).await?.unchecked_into();
        let token = match idb::request(changed).await?.as_string() {
            Some(token) => token,
            // Records written by something else than a save (never in use): a token for them now.
            None => {
                renew(&tx).map_err(|e| super::classify(&e))?;
                let renewed = kept.get(&JsValue::from_str(CHANGED)).map_err(|e| super::classify(&e))?;
                idb::request(renewed).await?.as_string().unwrap_or_default()
            }
        };
        let text = pack::write(&token, &pairs(keys, values));
        kept.put_with_key(&JsValue::from_str(&token), &JsValue::from_str(PACK_TOKEN))
            .map_err(|e| super::classify(&e))?;
        kept.put_with_key(&js_sys::Uint8Array::from(text.as_bytes()).into(), &JsValue::from_str(PACK))
            .map_err(|e| super::classify(&e))?;
        done.await
    }

    /// Writes `writes` in one transaction. The requests are placed before this returns; the
    /// future resolves when the transaction has committed, or with the reason it was undone.
    pub fn save(
        &self,
        writes: &[Write],
    ) -> Result<impl Future<Output = Result<(), StorageError>> + use<>, StorageError> {
        let tx = idb::transaction(&self.db, &[RECORDS, PREVIOUS, KEPT], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        if let Err(e) = renew(&tx).and_then(|()| place(&tx, writes)) {
            let _ = tx.abort();
            return Err(super::classify(&e));
        }
        idb::commit(&tx);
        Ok(done)
    }

    /// [`Database::save`] for many records (a restore): still one transaction, but its requests
    /// are placed a slice at a time, each slice in the task of the success of the last request of
    /// the one before (the transaction is active only then), so the page is free in between.
    pub async fn save_in_steps(&self, writes: &[Write]) -> Result<(), StorageError> {
        const STEP: usize = 500;
        let tx = idb::transaction(&self.db, &[RECORDS, PREVIOUS, KEPT], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        renew(&tx).map_err(|e| super::classify(&e))?;
        for slice in writes.chunks(STEP) {
            let last = match place(&tx, slice) {
                Ok(last) => last,
                Err(e) => {
                    let _ = tx.abort();
                    return Err(super::classify(&e));
                }
            };
            if let Some(last) = last {
                idb::request(last).await?;
            }
        }
        idb::commit(&tx);
        done.await
    }

    /// Puts back the previous version of each of these records that has one; returns how many.
    pub async fn restore_previous(&self, keys: &[String]) -> Result<usize, StorageError> {
        let tx = idb::transaction(&self.db, &[RECORDS, PREVIOUS, KEPT], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        renew(&tx).map_err(|e| super::classify(&e))?;
        let (records, previous) = (idb::store(&tx, RECORDS)?, idb::store(&tx, PREVIOUS)?);
        let mut restored = 0;
        for key in keys {
            let key = JsValue::from_str(key);
            let found = previous.get(&key).map_err(|e| super::classify(&e))?;
            if let Some(old) = text(idb::request(found).await?) {
                records.put_with_key(&JsValue::from_str(&old), &key).map_err(|e| super::classify(&e))?;
                restored += 1;
            }
        }
        done.await?;
        Ok(restored)
    }

    /// Removes these records for good (the recovery page's "continue without them").
    pub async fn discard(&self, keys: &[String]) -> Result<(), StorageError> {
        let tx = idb::transaction(&self.db, &[RECORDS, KEPT], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        renew(&tx).map_err(|e| super::classify(&e))?;
        let records = idb::store(&tx, RECORDS)?;
        for key in keys {
            records.delete(&JsValue::from_str(key)).map_err(|e| super::classify(&e))?;
        }
        done.await
    }

    /// Empties every object store: the participant's own "delete everything".
    pub async fn erase(&self) -> Result<(), StorageError> {
        let tx = idb::transaction(&self.db, &STORES, IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        for name in STORES {
            idb::store(&tx, name)?.clear().map_err(|e| super::classify(&e))?;
        }
        done.await
    }

    /// Whether the connection works: a read, there and back. A connection opened while the
    /// browser still deletes the site's data can be closed again straight away.
    pub async fn check(&self) -> Result<(), StorageError> {
        self.kept(CHANGED).await.map(drop)
    }

    /// Text kept under `name` in `kept`.
    pub async fn kept(&self, name: &str) -> Result<Option<String>, StorageError> {
        let tx = idb::transaction(&self.db, &[KEPT], IdbTransactionMode::Readonly)?;
        let found = idb::store(&tx, KEPT)?.get(&JsValue::from_str(name)).map_err(|e| super::classify(&e))?;
        Ok(text(idb::request(found).await?))
    }

    /// Keeps `text` under `name` (`None` removes it).
    pub async fn keep(&self, name: &str, text: Option<&str>) -> Result<(), StorageError> {
        let tx = idb::transaction(&self.db, &[KEPT], IdbTransactionMode::Readwrite)?;
        let done = idb::finished(&tx);
        let kept = idb::store(&tx, KEPT)?;
        let key = JsValue::from_str(name);
        match text {
            Some(text) => kept.put_with_key(&JsValue::from_str(text), &key),
            None => kept.delete(&key),
        }
        .map_err(|e| super::classify(&e))?;
        done.await
    }

    /// The raw connection, for the move from localStorage ([`super::migration`]).
    pub(super) fn connection(&self) -> &IdbDatabase {
        &self.db
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Database")
    }
}
