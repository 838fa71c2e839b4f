//! Moving the portfolio that earlier builds kept in localStorage into the database: copied in one
//! transaction, read back and compared, and only then removed from localStorage (the rules:
//! [`crate::domain::legacy`]). Tabs starting together take turns ([`super::lock`]), so only one
//! copies; a tab closed halfway leaves a state the next start finishes.

use wasm_bindgen::JsValue;
use web_sys::IdbTransactionMode;

use super::database::{Database, KEPT, PREVIOUS, RECORDS, RESTORE_POINT};
use super::{StorageError, classify, idb, legacy, lock};
use crate::domain::legacy::{Found, Snapshot};

/// Where the database keeps the fingerprint of the snapshot it holds a copy of.
const MARKER: &str = "moved-from-localstorage";

/// What the move did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing in localStorage to move.
    Nothing,
    /// Moved now, or finished for a tab that was closed halfway.
    Moved,
    /// The database already holds another portfolio: the old records stay where they are.
    LeftAlone,
}

/// What [`copy`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copy {
    /// The snapshot is in the database now (copied by this call or before).
    Done,
    /// The database holds records of another portfolio; nothing was copied.
    Occupied,
}

/// Moves what localStorage holds, if anything. On an error the old records are untouched.
pub async fn run(db: &Database) -> Result<Outcome, StorageError> {
    // Almost every start finds nothing to move: it need not wait for the lock then.
    if matches!(legacy::find(), Ok(Found::Nothing) | Err(StorageError::Unavailable)) {
        return Ok(Outcome::Nothing);
    }
    lock::exclusive("leerpad-move", run_unguarded(db)).await
}

/// [`run`] without taking turns (public for the browser tests of two tabs at once).
pub async fn run_unguarded(db: &Database) -> Result<Outcome, StorageError> {
    let snapshot = match legacy::find() {
        // No localStorage at all: nothing can be in it either.
        Err(StorageError::Unavailable) | Ok(Found::Nothing) => return Ok(Outcome::Nothing),
        Err(e) => return Err(e),
        Ok(Found::Moved { leftovers }) => {
            legacy::remove(&leftovers)?;
            return Ok(Outcome::Nothing);
        }
        Ok(Found::Portfolio(snapshot)) => snapshot,
    };
    if copy(db, &snapshot).await? == Copy::Occupied {
        return Ok(Outcome::LeftAlone);
    }
    if let Err(e) = verify(db, &snapshot).await {
        // Another tab (in a browser without Web Locks) finished the move and saved since.
        return match legacy::find() {
            Ok(Found::Moved { .. } | Found::Nothing) => Ok(Outcome::Nothing),
            _ => Err(e),
        };
    }
    legacy::retire(&snapshot)?;
    Ok(Outcome::Moved)
}

fn js_err(e: JsValue) -> StorageError {
    classify(&e)
}

/// Step one: copies the snapshot into the database in one transaction, with its fingerprint, unless
/// it is there already. Public for the browser tests (a tab closed right after it).
pub async fn copy(db: &Database, snapshot: &Snapshot) -> Result<Copy, StorageError> {
    let fingerprint = snapshot.fingerprint();
    let tx = idb::transaction(db.connection(), &[RECORDS, PREVIOUS, KEPT], IdbTransactionMode::Readwrite)?;
    let done = idb::finished(&tx);
    let (records, previous, kept) =
        (idb::store(&tx, RECORDS)?, idb::store(&tx, PREVIOUS)?, idb::store(&tx, KEPT)?);
    let marker = kept.get(&MARKER.into()).map_err(js_err)?;
    let count = records.count().map_err(js_err)?;
    let marker = idb::request(marker).await?.as_string();
    let count = idb::request(count).await?.as_f64().unwrap_or(0.0);
    let outcome = if marker.as_deref() == Some(fingerprint.as_str()) {
        Copy::Done
    } else if count > 0.0 {
        Copy::Occupied
    } else {
        let put = |store: &web_sys::IdbObjectStore, key: &str, text: &str| {
            store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key)).map(drop)
        };
        let placed = (|| {
            for (key, text) in &snapshot.records {
                put(&records, key, text)?;
            }
            for (key, text) in &snapshot.previous {
                put(&previous, key, text)?;
            }
            if let Some(text) = &snapshot.restore_point {
                put(&kept, RESTORE_POINT, text)?;
            }
            super::database::renew(&tx)?;
            put(&kept, MARKER, &fingerprint)
        })();
        if let Err(e) = placed {
            let _ = tx.abort();
            return Err(js_err(e));
        }
        Copy::Done
    };
    idb::commit(&tx);
    done.await?;
    Ok(outcome)
}

/// Step two: reads the copy back and compares it with the snapshot, text for text.
pub async fn verify(db: &Database, snapshot: &Snapshot) -> Result<(), StorageError> {
    let (records, previous) = (db.records().await?, db.previous().await?);
    let restore_point = match snapshot.restore_point {
        Some(_) => db.kept(RESTORE_POINT).await?,
        None => None,
    };
    if snapshot.is_in(records, previous, restore_point.as_deref()) {
        Ok(())
    } else {
        Err(StorageError::Refused("CopyDiffers".into()))
    }
}
