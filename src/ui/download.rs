//! Offering text or a kept file as a download, or a file to look at in a new tab, without any
//! server.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// How long a file opened in a new tab stays reachable under its address: long enough for the
/// browser's viewer to load it, after which the address is given up.
const OPEN_FOR_MS: i32 = 60_000;

pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    // Handed over as UTF-8 bytes, a megabyte at a time: no conversion to a JavaScript string,
    // which for a backup of many megabytes would be a long task.
    let parts: js_sys::Array =
        text.as_bytes().chunks(1 << 20).map(|chunk| JsValue::from(js_sys::Uint8Array::from(chunk))).collect();
    download_blob(file_name, &blob_of(&parts, &format!("{mime};charset=utf-8"))?)
}

/// A Blob of `parts` (Blobs or byte arrays) with media type `mime`.
pub fn blob_of(parts: &js_sys::Array, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_blob_sequence_and_options(parts, &options)
}

/// `blob`'s bytes under media type `mime` (a new handle; the bytes are not copied).
pub fn typed(blob: &Blob, mime: &str) -> Result<Blob, JsValue> {
    blob_of(&js_sys::Array::of1(blob), mime)
}

/// Offers `blob` as a download named `file_name`.
pub fn download_blob(file_name: &str, blob: &Blob) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = leptos::prelude::document();
    let a: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    document.body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    Url::revoke_object_url(&url)
}

/// Opens `blob` in a new tab, as media type `mime` (a PDF or a photo: the browser's own viewer
/// shows it, outside Leerpad's page).
pub fn open_blob(blob: &Blob, mime: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(&typed(blob, mime)?)?;
    let window = leptos::prelude::window();
    window.open_with_url_and_target(&url, "_blank")?;
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || drop(Url::revoke_object_url(&url)));
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), OPEN_FOR_MS)?;
    Ok(())
}
