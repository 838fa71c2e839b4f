//! Turns the human-editable programme files in `content/` into compact JSON that the app
//! embeds, and refuses to build when a file breaks the rules in `src/domain/content_model.rs`.

#[path = "src/domain/content_model.rs"]
#[allow(dead_code)]
mod content_model;

use std::{env, fs, path::Path};

/// The programmes in the order the app shows them.
const FILES: [&str; 2] = ["blg.toml", "smec.toml"];

fn main() {
    // `LEERPAD_CONTENT_DIR` builds from another copy of content/ (the update test builds a second,
    // changed version of the app this way: scripts/build-next.sh).
    let dir = env::var("LEERPAD_CONTENT_DIR").unwrap_or_else(|_| "content".to_owned());
    println!("cargo::rerun-if-env-changed=LEERPAD_CONTENT_DIR");
    println!("cargo::rerun-if-changed={dir}");
    println!("cargo::rerun-if-changed=src/domain/content_model.rs");
    let mut programmes = Vec::new();
    for name in FILES {
        let path = Path::new(&dir).join(name);
        let file = path.display();
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file} kan niet worden gelezen: {e}"));
        let programme: content_model::Programme =
            toml::from_str(&text).unwrap_or_else(|e| panic!("\n{file} bevat een fout:\n{e}\n"));
        programmes.push(programme);
    }
    if let Err(problems) = content_model::validate(&programmes) {
        panic!("\nDe inhoud in content/ klopt niet:\n  - {}\n", problems.join("\n  - "));
    }
    let json = serde_json::to_string(&programmes).expect("content serialises");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("content.json");
    fs::write(out, json).expect("OUT_DIR is writable");
}
