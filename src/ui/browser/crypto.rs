//! Passphrase encryption by the browser's WebCrypto (issue 16): PBKDF2-SHA-256 turns the
//! passphrase and a random salt into an AES-256-GCM key, which encrypts with a random IV. No
//! JavaScript or Rust crypto library: the envelope around the result is
//! [`crate::domain::envelope`].

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::envelope::{Envelope, EnvelopeError, IV_BYTES, MIN_ITERATIONS, SALT_BYTES};

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
