//! Reading a file the participant chose (or a part of one), a slice at a time: a file of many megabytes read at
//! once (`File.text()`) is one long task while the browser turns it into a string.

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use crate::domain::pace::Pace;

/// How much of the file one step reads.
const CHUNK: f64 = 1024.0 * 1024.0;

/// The file as text (UTF-8; what is not valid UTF-8 becomes U+FFFD, as `File.text()` does), read
/// a megabyte at a time with a breather from `pace` after each; `None` when it cannot be read.
pub async fn read_text(file: &Blob, pace: &mut impl Pace) -> Option<String> {
    let size = file.size();
    let mut bytes = Vec::with_capacity(size as usize);
    let mut start = 0.0;
    while start < size {
        let end = (start + CHUNK).min(size);
        let chunk = file.slice_with_f64_and_f64(start, end).ok()?;
        let buffer = JsFuture::from(chunk.array_buffer()).await.ok()?;
        let chunk = Uint8Array::new(&buffer);
        let at = bytes.len();
        bytes.resize(at + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[at..]);
        start = end;
        pace.breathe().await;
    }
    Some(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// `blob` as a `data:` URL (read by the browser, not by the app); `None` when it cannot be read.
pub async fn data_url(blob: &Blob) -> Option<String> {
    let reader = web_sys::FileReader::new().ok()?;
    let mut settle = None;
    let done = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle?;
    let on_load = Closure::once_into_js(move || drop(resolve.call0(&wasm_bindgen::JsValue::UNDEFINED)));
    let on_error = Closure::once_into_js(move || drop(reject.call0(&wasm_bindgen::JsValue::UNDEFINED)));
    reader.set_onload(Some(on_load.unchecked_ref()));
    reader.set_onerror(Some(on_error.unchecked_ref()));
    reader.read_as_data_url(blob).ok()?;
    JsFuture::from(done).await.ok()?;
    reader.result().ok()?.as_string()
}
