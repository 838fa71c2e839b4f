//! Turns the human-editable programme files in `content/` into compact JSON that the app
//! embeds, and refuses to build when a file breaks the rules in `src/domain/content_model.rs`.

#[path = "src/domain/content_model.rs"]
#[allow(dead_code)]
mod content_model;

use std::{env, fs, path::Path};

/// The programmes in the order the app shows them.
const FILES: [&str; 2] = ["content/blg.toml", "content/smec.toml"];

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/domain/content_model.rs");
    let mut programmes = Vec::new();
    for file in FILES {
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{file} kan niet worden gelezen: {e}"));
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
