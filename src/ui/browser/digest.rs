//! Fingerprints of a file: its SHA-256 (WebCrypto, in the browser's own code) and its CRC-32
//! (for the zip of a backup), from one read of the file.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use crate::domain::zip::crc32;

/// How much of the file is copied into the app at a time for the CRC-32: the app's memory never
/// grows by a whole file.
const SLICE: u32 = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub sha256: String,
    pub crc32: u32,
}

/// The fingerprint of `blob`; `None` when the file cannot be read (removed or changed on disk
/// after it was chosen) or the browser has no WebCrypto.
pub async fn fingerprint(blob: &Blob) -> Option<Fingerprint> {
    let buffer: ArrayBuffer = JsFuture::from(blob.array_buffer()).await.ok()?.dyn_into().ok()?;
    let sha256 = sha256(&buffer).await?;
    let bytes = Uint8Array::new(&buffer);
    let mut crc = 0;
    let mut slice = vec![0u8; SLICE.min(bytes.length()) as usize];
    let mut start = 0;
    while start < bytes.length() {
        let end = (start + SLICE).min(bytes.length());
        let part = &mut slice[..(end - start) as usize];
        bytes.subarray(start, end).copy_to(part);
        crc = crc32(crc, part);
        start = end;
        super::tasks::next_task().await;
    }
    Some(Fingerprint { sha256, crc32: crc })
}

/// SHA-256 of `buffer` as 64 lowercase hex digits.
pub async fn sha256(buffer: &ArrayBuffer) -> Option<String> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let digest = subtle.digest_with_str_and_buffer_source("SHA-256", buffer).ok()?;
    let digest = Uint8Array::new(&JsFuture::from(digest).await.ok()?).to_vec();
    Some(digest.iter().fold(String::with_capacity(64), |mut out, b| {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
        out
    }))
}
