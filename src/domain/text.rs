//! Short forms of the participant's and the programme's texts, for lists and the report.

/// At most `max` characters of `text` (trimmed), cut after a whole word where one ends in the
/// second half, with an ellipsis when anything was cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(max) else { return text.to_owned() };
    let head = &text[..cut];
    let at_word = match head.rfind(char::is_whitespace) {
        _ if text[cut..].starts_with(char::is_whitespace) => head,
        Some(space) if space >= head.len() / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", at_word.trim_end_matches([' ', ',', ';', ':', '.']))
}

/// A learning goal as a sentence of its own: the programme lists them as the ends of "De
/// deelnemer …", in small letters and with list punctuation (`heeft zelfinzicht;` → `Heeft
/// zelfinzicht`).
pub fn goal_text(text: &str) -> String {
    let text = text.trim().trim_end_matches([';', ',']).trim_end();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_stay_whole() {
        assert_eq!(excerpt("  Gaat goed. ", 20), "Gaat goed.");
    }

    #[test]
    fn long_texts_are_cut_after_a_word() {
        assert_eq!(excerpt("Ik geef vaker ruimte aan het team", 20), "Ik geef vaker ruimte…");
        assert_eq!(excerpt("Ik geef vaker ruimte aan het team", 18), "Ik geef vaker…");
        assert_eq!(excerpt("Eenheelerglangwoordzonderspaties", 10), "Eenheelerg…");
        assert_eq!(excerpt("één twee drie vier", 8), "één twee…", "counts characters, not bytes");
    }

    #[test]
    fn goal_texts_lose_the_list_punctuation() {
        assert_eq!(goal_text("kent je kwaliteiten;"), "Kent je kwaliteiten");
        assert_eq!(goal_text("Je kent je kwaliteiten."), "Je kent je kwaliteiten.");
        assert_eq!(goal_text("éérst"), "éérst", "only ASCII letters are capitalised");
    }
}
