//! Offering text as a file download, without any server.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    // Handed over as UTF-8 bytes, a megabyte at a time: no conversion to a JavaScript string,
    // which for a backup of many megabytes would be a long task.
    let parts: js_sys::Array =
        text.as_bytes().chunks(1 << 20).map(|chunk| JsValue::from(js_sys::Uint8Array::from(chunk))).collect();
    let options = BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
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
