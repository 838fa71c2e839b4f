//! Passphrase encryption by the browser's WebCrypto (issue 16): PBKDF2-SHA-256 turns the
//! passphrase and a random salt into an AES-256-GCM key, which encrypts with a random IV. No
//! JavaScript or Rust crypto library: the envelope around the result is
//! [`crate::domain::envelope`].

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::envelope::{Envelope, EnvelopeError, IV_BYTES, MIN_ITERATIONS, SALT_BYTES};
use crate::domain::sealed::{BLOCK, Header, Inner, NONCE_BYTES, block_aad, block_count, block_iv, blocks};

/// Why encrypting or decrypting did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser offers no WebCrypto (an insecure page, or a very old browser).
    Unavailable,
    /// The key does not open the ciphertext: a wrong passphrase, or a changed file. AES-GCM
    /// cannot tell the two apart, and says nothing more on purpose.
    WrongPassphrase,
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(web_sys::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)?
        .subtle())
}

/// `N` bytes from the browser's cryptographic generator.
fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    web_sys::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The AES-256-GCM key of `passphrase` and `salt`, for `usage` ("encrypt" or "decrypt").
async fn key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    usage: &str,
) -> Result<CryptoKey, CryptoError> {
    let unavailable = |_| CryptoError::Unavailable;
    let secret: Object = Uint8Array::from(passphrase.as_bytes()).into();
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let base: CryptoKey = resolve(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &usages))
        .await
        .map_err(unavailable)?
        .unchecked_into();
    let salt: Object = Uint8Array::from(salt).into();
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &salt);
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of1(&JsValue::from_str(usage));
    Ok(resolve(subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages))
        .await
        .map_err(unavailable)?
        .unchecked_into())
}

/// `plain`, encrypted with `passphrase`: a fresh salt and IV each time.
pub async fn encrypt(passphrase: &str, plain: &[u8]) -> Result<Envelope, CryptoError> {
    let subtle = subtle()?;
    let (salt, iv) = (random::<SALT_BYTES>()?, random::<IV_BYTES>()?);
    let key = key(&subtle, passphrase, &salt, MIN_ITERATIONS, "encrypt").await?;
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&iv[..]));
    let sealed = resolve(subtle.encrypt_with_object_and_u8_array(&params, &key, plain))
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(Envelope { iterations: MIN_ITERATIONS, salt, iv, ciphertext: Uint8Array::new(&sealed).to_vec() })
}

/// The plain text of `envelope`, if `passphrase` opens it.
pub async fn decrypt(passphrase: &str, envelope: &Envelope) -> Result<Vec<u8>, CryptoError> {
    let subtle = subtle()?;
    let key = key(&subtle, passphrase, &envelope.salt, envelope.iterations, "decrypt").await?;
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&envelope.iv[..]));
    let plain = resolve(subtle.decrypt_with_object_and_u8_array(&params, &key, &envelope.ciphertext))
        .await
        .map_err(|_| CryptoError::WrongPassphrase)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// Why an encrypted file does not open: its envelope, the passphrase, or what was inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    Envelope(EnvelopeError),
    Crypto(CryptoError),
    /// It opened, but what was inside is not text.
    NotText,
}

/// `text` as it goes into a file: in an envelope when there is a passphrase, else as it is.
pub async fn seal(text: &str, passphrase: Option<&str>) -> Result<String, CryptoError> {
    match passphrase {
        Some(passphrase) => Ok(encrypt(passphrase, text.as_bytes()).await?.to_json()),
        None => Ok(text.to_owned()),
    }
}

/// The text inside the encrypted file `text`, opened with `passphrase`.
pub async fn unseal(text: &str, passphrase: &str) -> Result<String, OpenError> {
    let envelope = Envelope::parse(text).map_err(OpenError::Envelope)?;
    let plain = decrypt(passphrase, &envelope).await.map_err(OpenError::Crypto)?;
    String::from_utf8(plain).map_err(|_| OpenError::NotText)
}

/// Bytes `start..end` of `blob`, as the browser hands them over (never copied into the app).
async fn slice_of(blob: &web_sys::Blob, start: u64, end: u64) -> Result<Uint8Array, JsValue> {
    let slice = blob.slice_with_f64_and_f64(start as f64, end as f64)?;
    Ok(Uint8Array::new(&JsFuture::from(slice.array_buffer()).await?))
}

/// The parameters of block `index` of an encrypted backup.
fn block_params(nonce: &[u8; NONCE_BYTES], index: u32, last: bool) -> AesGcmParams {
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&block_iv(nonce, index)[..]));
    params.set_additional_data_u8_array(&Uint8Array::from(&block_aad(last)[..]));
    params
}

/// `plain` (a backup file or a backup with files, of any size) as an encrypted backup
/// ([`crate::domain::sealed`]): encrypted a block at a time, the bytes staying in the browser.
pub async fn seal_blob(
    passphrase: &str,
    plain: &web_sys::Blob,
    inner: Inner,
) -> Result<web_sys::Blob, CryptoError> {
    let unavailable = |_| CryptoError::Unavailable;
    let subtle = subtle()?;
    let (salt, nonce) = (random::<SALT_BYTES>()?, random::<NONCE_BYTES>()?);
    let header = Header { iterations: MIN_ITERATIONS, salt, nonce, block: BLOCK, inner };
    let key = key(&subtle, passphrase, &salt, MIN_ITERATIONS, "encrypt").await?;
    let parts = Array::new();
    parts.push(&Uint8Array::from(&header.to_bytes()[..]));
    let size = plain.size() as u64;
    let count = block_count(size, BLOCK);
    for i in 0..count {
        let start = i * u64::from(BLOCK);
        let bytes = slice_of(plain, start.min(size), (start + u64::from(BLOCK)).min(size))
            .await
            .map_err(unavailable)?;
        let index = u32::try_from(i).map_err(|_| CryptoError::Unavailable)?;
        let params = block_params(&nonce, index, i + 1 == count);
        let sealed = resolve(subtle.encrypt_with_object_and_js_u8_array(&params, &key, &bytes))
            .await
            .map_err(unavailable)?;
        parts.push(&sealed);
    }
    crate::ui::download::blob_of(&parts, "application/octet-stream").map_err(unavailable)
}

/// The backup inside the encrypted backup `sealed`, opened with `passphrase`, and what it is.
/// A first block that does not open means the wrong passphrase; a later one, a damaged file.
pub async fn unseal_blob(
    passphrase: &str,
    sealed: &web_sys::Blob,
) -> Result<(web_sys::Blob, Inner), OpenError> {
    let damaged = |_| OpenError::Envelope(EnvelopeError::Damaged);
    let size = sealed.size() as u64;
    let start = slice_of(sealed, 0, size.min(2048)).await.map_err(damaged)?.to_vec();
    let (header, first) = Header::parse(&start).map_err(OpenError::Envelope)?;
    let blocks = blocks(size, first as u64, header.block).map_err(OpenError::Envelope)?;
    let subtle = subtle().map_err(OpenError::Crypto)?;
    let key = key(&subtle, passphrase, &header.salt, header.iterations, "decrypt")
        .await
        .map_err(OpenError::Crypto)?;
    let parts = Array::new();
    for b in blocks {
        let bytes = slice_of(sealed, b.start, b.end).await.map_err(damaged)?;
        let params = block_params(&header.nonce, b.index, b.last);
        match resolve(subtle.decrypt_with_object_and_js_u8_array(&params, &key, &bytes)).await {
            Ok(plain) => {
                parts.push(&plain);
            }
            Err(_) if b.index == 0 => return Err(OpenError::Crypto(CryptoError::WrongPassphrase)),
            Err(_) => return Err(OpenError::Envelope(EnvelopeError::Damaged)),
        }
    }
    let mime = match header.inner {
        Inner::Json => "application/json",
        Inner::Zip => "application/zip",
    };
    Ok((crate::ui::download::blob_of(&parts, mime).map_err(damaged)?, header.inner))
}
