//! What the report discloses (issue 16): the part of a portfolio that the report for the
//! ontwikkelgesprek shows with the participant's choices, as a portfolio of its own. The
//! conversation file sends exactly this to the manager, and the manager's Leerpad draws the same
//! report from it: [`report::fragment`](super::report::fragment) of the part equals that of the
//! whole portfolio (tested below for every choice), so nothing the report leaves out travels.

use super::assessment::{goal_rows, highlights};
use super::attachments::Owner;
use super::content_model::Programme;
use super::keyed::Keyed;
use super::portfolio::{Portfolio, Profile};
use super::report::{Options, chosen_moments};

/// The part of `p` that the report with `options` shows.
///
/// - the profile when it is on page 1, else only the name and programme;
/// - the two compared moments of the programme, with the participant's explanations only where
///   the report prints them (page 1's strengths and development points, and the tables of modules
///   whose explanations are kept);
/// - shared learning questions, actions, Mijn Why, feedback, reflections, intervision and
///   worksheets, each only when its section is chosen, with the descriptions of their shared
///   files (never the files themselves).
pub fn disclosed(p: &Portfolio, programme: Option<&Programme>, options: &Options) -> Portfolio {
    let mut part = Portfolio {
        profile: Profile {
            name: p.profile.name.clone(),
            programme: p.profile.programme.clone(),
            ..Profile::default()
        },
        ..Portfolio::default()
    };
    if options.profile {
        part.profile = p.profile.clone();
        if let Some(prog) = programme {
            for m in prog.modules.iter() {
                if let Some(status) = p.progress.get(&m.id) {
                    part.progress.insert(m.id.to_string(), *status);
                }
            }
        }
    }
    if let Some(prog) = programme
        && (options.profile || options.highlights || options.ratings)
    {
        let chosen = chosen_moments(p, prog, options);
        // The goals whose explanation the report prints.
        let rows = goal_rows(prog, &chosen);
        let h = highlights(&rows);
        let on_brief = |goal: &str| {
            options.highlights && h.strongest.iter().chain(&h.development).any(|r| r.goal_id == goal)
        };
        let in_table = |goal: &str| {
            options.ratings
                && rows.iter().any(|r| r.goal_id == goal && !options.notes_left_out.contains(&r.module))
        };
        // Only the latest explanation of a goal is printed (see `goal_rows`).
        let mut printed: Vec<&str> = Vec::new();
        for m in chosen.into_iter().rev() {
            let mut moment = m.clone();
            for (goal, rating) in m.ratings.iter() {
                let shown = !rating.note.trim().is_empty()
                    && !printed.contains(&goal.as_str())
                    && (on_brief(goal) || in_table(goal));
                if shown {
                    printed.push(goal);
                } else if let Some(r) = moment.ratings.get_mut(goal) {
                    r.note.clear();
                }
            }
            part.moments.insert(moment.id.clone(), moment);
        }
    }
    if options.questions {
        part.questions = only_shared(&p.questions, |q| q.shared);
    }
    if options.actions {
        part.actions = only_shared(&p.actions, |a| a.shared);
    }
    if options.shared {
        part.journal = only_shared(&p.journal, |j| j.shared);
        part.feedback = only_shared(&p.feedback, |f| f.shared);
        part.intervisions = only_shared(&p.intervisions, |i| i.shared);
        part.worksheets = only_shared(&p.worksheets, |w| w.shared);
        if p.why.shared {
            part.why = p.why.clone();
        }
    }
    // The agreements of the latest conversation, which page 1 recalls (the manager's own words;
    // their ratings and comments stay with the participant).
    if let Some((c, reply)) = p.latest_reply() {
        let mut kept = c.clone();
        kept.taken_over = Default::default();
        kept.reply = Some(super::reply::Reply {
            ratings: Default::default(),
            comments: Default::default(),
            ..reply.clone()
        });
        part.conversations.insert(kept.id.clone(), kept);
    }
    // The descriptions of the shared files of what went in (a file's owner decides).
    for a in p.attachments.values().filter(|a| !a.excluded) {
        if let Some(owner) = a.owner().filter(|o| !matches!(o, Owner::Rating { .. }))
            && p.is_shared(&owner)
            && part.contains(&owner.record())
        {
            part.attachments.insert(a.id.clone(), a.clone());
        }
    }
    part
}

fn only_shared<T: Clone>(all: &Keyed<T>, shared: fn(&T) -> bool) -> Keyed<T> {
    let mut out = Keyed::new();
    for (id, item) in all.iter().filter(|(_, item)| shared(item)) {
        out.insert(id.clone(), item.clone());
    }
    out
}
