//! Self-assessment: the 1–5 scale, moments (meetmomenten) and what the ratings add up to.

use super::content_model::{Goal, Module, Programme};
use super::figures;
use super::portfolio::{Millis, Moment, Portfolio, Rating};
use super::sorting::{sort_by, sort_dedup};

/// The levels of the scale, 1 to 5.
pub const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];

/// The seed's words for goals that depend on the participant's function; those may be rated
/// "n.v.t." (not applicable).
const DEPENDS_ON_FUNCTION: &str = "afhankelijk van de mate waarin dit voor de functie van toepassing is";

pub fn may_be_not_applicable(goal: &Goal) -> bool {
    goal.text.contains(DEPENDS_ON_FUNCTION)
}

/// The moments of one programme, oldest first (by date, then by when they were started).
pub fn moments_of<'a>(portfolio: &'a Portfolio, programme: &str) -> Vec<&'a Moment> {
    let mut moments: Vec<&Moment> =
        portfolio.moments.values().filter(|m| programme_of(m) == programme).collect();
    sort_by(&mut moments, |a, b| (&a.date, a.created, &a.id).cmp(&(&b.date, b.created, &b.id)));
    moments
}

/// The programme a moment rates. Moments stored before the field existed are recognised by
/// their goal IDs (`blg.m1.g1` belongs to `blg`).
pub fn programme_of(moment: &Moment) -> &str {
    if !moment.programme.is_empty() {
        return &moment.programme;
    }
    moment.ratings.keys().next().and_then(|goal| goal.split('.').next()).unwrap_or("")
}

/// A new moment, pre-filled with the levels, n.v.t. marks and targets of `previous`, so that only
/// changes need input. Explanations are per moment and start empty.
pub fn start_moment(
    id: String,
    programme: &str,
    name: String,
    date: String,
    created: Millis,
    previous: Option<&Moment>,
) -> Moment {
    let ratings = previous
        .map(|p| {
            p.ratings
                .iter()
                .map(|(goal, r)| (goal.clone(), Rating { note: String::new(), ..r.clone() }))
                .collect()
        })
        .unwrap_or_default();
    Moment { id, name, date, programme: programme.to_owned(), created, closed: false, ratings }
}

/// A rating counts as given when it has a level or is marked n.v.t.
pub fn is_rated(rating: Option<&Rating>) -> bool {
    rating.is_some_and(|r| r.level.is_some() || r.not_applicable)
}

/// How many of the programme's goals this moment rates, and how many there are.
pub fn progress(moment: &Moment, programme: &Programme) -> (usize, usize) {
    programme
        .modules
        .iter()
        .map(|m| module_progress(moment, m))
        .fold((0, 0), |(r, n), (mr, mn)| (r + mr, n + mn))
}

/// A moment as lists and charts name it: "Nulmeting (7 september 2026)", its date written by `date`.
pub fn moment_label(moment: &Moment, date: fn(&str) -> String) -> String {
    format!("{} ({})", moment.name, date(&moment.date))
}

/// The moment rated before `moment` in its programme, if any (the order of [`moments_of`]).
pub fn previous_moment<'a>(portfolio: &'a Portfolio, moment: &Moment) -> Option<&'a Moment> {
    let moments = moments_of(portfolio, programme_of(moment));
    let at = moments.iter().position(|m| m.id == moment.id)?;
    at.checked_sub(1).map(|i| moments[i])
}

/// The module to rate when a moment is opened again: the first with a goal not yet rated, or the
/// first module when all are.
pub fn resume_module(moment: &Moment, programme: &Programme) -> u8 {
    programme
        .modules
        .iter()
        .find(|m| m.goals.iter().any(|g| !is_rated(moment.ratings.get(&g.id))))
        .or(programme.modules.first())
        .map_or(1, |m| m.number)
}

/// How many of a module's goals a moment rates, and how many it has.
pub fn module_progress(moment: &Moment, module: &Module) -> (usize, usize) {
    (module.goals.iter().filter(|g| is_rated(moment.ratings.get(&g.id))).count(), module.goals.len())
}

/// After which module a new moment is due, when one is: a programme rates at the start and after
/// each module, so with `done` modules finished there are `done + 1` moments to have.
pub fn next_moment_due(moments: usize, done: usize) -> Option<usize> {
    (done >= moments && done > 0).then_some(done)
}

/// What changed between two moments, for the screen that closes a moment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes<'a> {
    /// Goals rated at both moments whose level went up, stayed, went down.
    pub up: usize,
    pub same: usize,
    pub down: usize,
    /// The largest rises, largest first (at most [`HIGHLIGHT_COUNT`]): goal, its number
    /// (module.goal), before, after.
    pub largest: Vec<(&'a Goal, String, u8, u8)>,
}

/// The changes from `before` to `after` over the programme's goals.
pub fn changes<'a>(programme: &'a Programme, before: &Moment, after: &Moment) -> Changes<'a> {
    let mut c = Changes::default();
    let mut rises = Vec::new();
    for module in programme.modules.iter() {
        for (i, goal) in module.goals.iter().enumerate() {
            let level =
                |m: &Moment| m.ratings.get(&goal.id).and_then(|r| r.level.filter(|_| !r.not_applicable));
            let (Some(from), Some(to)) = (level(before), level(after)) else { continue };
            match to.cmp(&from) {
                std::cmp::Ordering::Greater => {
                    c.up += 1;
                    rises.push((goal, figures::goal_number(module.number, i + 1), from, to));
                }
                std::cmp::Ordering::Equal => c.same += 1,
                std::cmp::Ordering::Less => c.down += 1,
            }
        }
    }
    sort_by(&mut rises, |a, b| (b.3 - b.2).cmp(&(a.3 - a.2)));
    rises.truncate(HIGHLIGHT_COUNT);
    c.largest = rises;
    c
}

/// One goal across all moments of a programme.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalRow<'a> {
    pub goal_id: String,
    /// The goal as the programme has it now; `None` when it was removed from the content.
    pub goal: Option<&'a Goal>,
    /// The module number the goal belongs to (from its ID when it was removed).
    pub module: u8,
    /// Position within the module, 1-based (from the ID when removed).
    pub number: u32,
    /// Level at the first moment that rated it.
    pub first: Option<u8>,
    /// Level at the latest moment that rated it.
    pub latest: Option<u8>,
    /// `latest - first`, when they come from different moments.
    pub change: Option<i8>,
    /// The latest target (ambitie) set for it.
    pub target: Option<u8>,
    /// Marked n.v.t. at the latest moment that rated it.
    pub not_applicable: bool,
    /// The participant's latest explanation (toelichting) of their rating, or empty.
    pub note: String,
}

impl GoalRow<'_> {
    pub fn removed(&self) -> bool {
        self.goal.is_none()
    }

    /// Counts for averages and highlights: still in the programme, rated, applicable.
    fn counts(&self) -> bool {
        !self.removed() && !self.not_applicable && self.latest.is_some()
    }

    /// "2.3": the goal's module and its place in it.
    pub fn number_label(&self) -> String {
        figures::goal_number(self.module, self.number as usize)
    }

    /// How far the latest level is below the participant's own ambition (target), when both are set.
    pub fn gap(&self) -> Option<i8> {
        Some(self.target? as i8 - self.latest? as i8)
    }
}

/// `blg.m3.g2` → (3, 2).
fn numbers_from_id(goal_id: &str) -> (u8, u32) {
    let mut parts = goal_id.split('.').skip(1);
    let num =
        |p: Option<&str>, prefix: char| p.and_then(|p| p.strip_prefix(prefix)?.parse().ok()).unwrap_or(0);
    let module = num(parts.next(), 'm');
    (u8::try_from(module).unwrap_or(0), num(parts.next(), 'g'))
}

/// Every goal of the programme, in track order, then the goals that were rated but are no longer
/// in the programme, each with first and latest level, change and target.
pub fn goal_rows<'a>(programme: &'a Programme, moments: &[&Moment]) -> Vec<GoalRow<'a>> {
    let summarise = |goal_id: &str| {
        let rated: Vec<&Rating> =
            moments.iter().filter_map(|m| m.ratings.get(goal_id)).filter(|r| is_rated(Some(r))).collect();
        let levels: Vec<u8> = moments.iter().filter_map(|m| m.ratings.get(goal_id)?.level).collect();
        let first = levels.first().copied();
        let latest = levels.last().copied();
        let change = (levels.len() > 1).then(|| latest.unwrap_or(0) as i8 - first.unwrap_or(0) as i8);
        let target = moments.iter().rev().find_map(|m| m.ratings.get(goal_id)?.target);
        let not_applicable = rated.last().is_some_and(|r| r.not_applicable);
        let note = moments
            .iter()
            .rev()
            .filter_map(|m| m.ratings.get(goal_id))
            .map(|r| r.note.trim())
            .find(|n| !n.is_empty())
            .unwrap_or("")
            .to_owned();
        (first, latest, change, target, not_applicable, note)
    };
    let mut rows: Vec<GoalRow<'a>> = Vec::new();
    for module in programme.modules.iter() {
        for (i, goal) in module.goals.iter().enumerate() {
            let (first, latest, change, target, not_applicable, note) = summarise(&goal.id);
            rows.push(GoalRow {
                goal_id: goal.id.to_string(),
                goal: Some(goal),
                module: module.number,
                number: u32::try_from(i + 1).unwrap_or(u32::MAX),
                first,
                latest,
                change,
                target,
                not_applicable,
                note,
            });
        }
    }
    let mut removed: Vec<&String> = moments
        .iter()
        .flat_map(|m| m.ratings.keys())
        .filter(|id| !rows.iter().any(|r| &r.goal_id == *id))
        .collect();
    sort_dedup(&mut removed);
    for goal_id in removed {
        let (first, latest, change, target, not_applicable, note) = summarise(goal_id);
        let (module, number) = numbers_from_id(goal_id);
        rows.push(GoalRow {
            goal_id: goal_id.clone(),
            goal: None,
            module,
            number,
            first,
            latest,
            change,
            target,
            not_applicable,
            note,
        });
    }
    rows
}

/// The average latest level of a module's applicable goals, if any are rated.
pub fn module_average(rows: &[GoalRow], module: &Module) -> Option<f32> {
    let levels: Vec<f32> = rows
        .iter()
        .filter(|r| r.module == module.number && r.counts())
        .filter_map(|r| r.latest)
        .map(f32::from)
        .collect();
    (!levels.is_empty()).then(|| levels.iter().sum::<f32>() / levels.len() as f32)
}

/// The three automatic highlights on the dashboard, Mijn groei and in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlights<'r, 'a> {
    /// Highest latest levels; among equals the larger growth.
    pub strongest: Vec<&'r GoalRow<'a>>,
    /// Largest positive change since the first moment; among equals the higher latest level.
    pub growth: Vec<&'r GoalRow<'a>>,
    /// Development points: first the goals furthest below the participant's own ambition (a goal
    /// at its ambition is none), then, for goals without an ambition, the lowest levels.
    pub development: Vec<&'r GoalRow<'a>>,
}

/// How many goals each highlight lists.
pub const HIGHLIGHT_COUNT: usize = 3;

/// The first [`HIGHLIGHT_COUNT`] of `ranked` by `key`, lowest first; among goals with the same
/// key one from a module that is not listed yet goes first, so that ties spread over the modules.
/// (A plain function and an `i32` key: compiled once for the three lists.)
fn pick<'r, 'a>(ranked: Vec<&'r GoalRow<'a>>, key: fn(&GoalRow) -> i32) -> Vec<&'r GoalRow<'a>> {
    let mut rest = ranked;
    sort_by(&mut rest, |a, b| key(a).cmp(&key(b)));
    let mut picked: Vec<&GoalRow> = Vec::new();
    while picked.len() < HIGHLIGHT_COUNT && !rest.is_empty() {
        let best = key(rest[0]);
        let new_module = rest
            .iter()
            .take_while(|r| key(r) == best)
            .position(|r| !picked.iter().any(|p| p.module == r.module))
            .unwrap_or(0);
        picked.push(rest.remove(new_module));
    }
    picked
}

pub fn highlights<'r, 'a>(rows: &'r [GoalRow<'a>]) -> Highlights<'r, 'a> {
    // Keys as one number, lowest first: levels are 1–5, changes −4…+4 and gaps up to 4.
    fn level(r: &GoalRow) -> i32 {
        i32::from(r.latest.unwrap_or(0))
    }
    fn change(r: &GoalRow) -> i32 {
        i32::from(r.change.unwrap_or(0))
    }
    let counting: Vec<&GoalRow> = rows.iter().filter(|r| r.counts()).collect();
    let strongest = pick(counting.clone(), |r| -(level(r) * 16 + change(r)));
    let growth =
        pick(counting.iter().copied().filter(|r| change(r) > 0).collect(), |r| -(change(r) * 16 + level(r)));
    let development = pick(
        counting
            .into_iter()
            .filter(|r| !strongest.iter().any(|s| s.goal_id == r.goal_id))
            // Without an ambition: the lowest levels.
            .filter(|r| r.gap().map_or(r.latest < Some(5), |gap| gap > 0))
            .collect(),
        // Gaps to the own ambition first, largest first; then the lowest levels.
        |r| match r.gap() {
            Some(gap) => -i32::from(gap) * 16 + level(r),
            None => 256 + level(r),
        },
    );
    Highlights { strongest, growth, development }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalog;

    fn blg() -> &'static Programme {
        Catalog::embedded().programme("blg").unwrap()
    }

    fn moment(id: &str, date: &str, levels: &[(&str, u8)]) -> Moment {
        let mut m =
            Moment { id: id.into(), date: date.into(), programme: "blg".into(), ..Default::default() };
        for (goal, level) in levels {
            m.ratings.insert((*goal).into(), Rating { level: Some(*level), ..Default::default() });
        }
        m
    }

    #[test]
    fn only_goals_that_depend_on_the_function_may_be_not_applicable() {
        let catalog = Catalog::embedded();
        let optional: Vec<&str> = catalog
            .programmes()
            .iter()
            .flat_map(|p| p.modules.iter().flat_map(|m| m.goals.iter()))
            .filter(|g| may_be_not_applicable(g))
            .map(|g| &*g.id)
            .collect();
        assert_eq!(optional, ["blg.m5.g4", "smec.m2.g1"]);
    }

    #[test]
    fn a_new_moment_takes_over_levels_and_targets_but_not_explanations() {
        let mut first = moment("a", "2026-09-01", &[("blg.m1.g1", 2)]);
        first.ratings.get_mut("blg.m1.g1").unwrap().note = "voorbeeld".into();
        first.ratings.get_mut("blg.m1.g1").unwrap().target = Some(4);
        let next =
            start_moment("b".into(), "blg", "Na module 1".into(), "2026-10-01".into(), 5, Some(&first));
        let r = &next.ratings["blg.m1.g1"];
        assert_eq!((r.level, r.target, r.note.as_str()), (Some(2), Some(4), ""));
        assert!(!next.closed);
        assert_eq!(next.programme, "blg");
    }

    #[test]
    fn rows_show_first_latest_change_and_removed_goals() {
        let a = moment("a", "2026-09-01", &[("blg.m1.g1", 2), ("blg.m1.g2", 3), ("blg.m9.g1", 1)]);
        let b = moment("b", "2026-11-01", &[("blg.m1.g1", 4), ("blg.m1.g3", 5)]);
        let rows = goal_rows(blg(), &[&a, &b]);
        assert_eq!(rows.len(), 29, "28 goals plus one removed");
        let g1 = &rows[0];
        assert_eq!((g1.first, g1.latest, g1.change), (Some(2), Some(4), Some(2)));
        let g2 = &rows[1];
        assert_eq!((g2.first, g2.latest, g2.change), (Some(3), Some(3), None), "rated once: no change");
        let removed = rows.last().unwrap();
        assert!(removed.removed());
        assert_eq!((removed.goal_id.as_str(), removed.module, removed.number), ("blg.m9.g1", 9, 1));
    }

    #[test]
    fn moments_are_ordered_by_date_and_filtered_by_programme() {
        let mut p = Portfolio::default();
        p.moments.insert("x".into(), moment("x", "2026-11-01", &[]));
        p.moments.insert("y".into(), moment("y", "2026-09-01", &[]));
        let mut smec = moment("z", "2026-01-01", &[]);
        smec.programme = "smec".into();
        p.moments.insert("z".into(), smec);
        let legacy = Moment {
            id: "w".into(),
            ratings: moment("", "", &[("smec.m1.g1", 3)]).ratings,
            ..Default::default()
        };
        p.moments.insert("w".into(), legacy);
        let ids = |prog| moments_of(&p, prog).iter().map(|m| m.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids("blg"), ["y", "x"]);
        assert_eq!(ids("smec"), ["w", "z"]);
    }

    #[test]
    fn progress_counts_levels_and_not_applicable() {
        let mut m = moment("a", "2026-09-01", &[("blg.m1.g1", 2), ("blg.m9.g9", 2)]);
        m.ratings.insert("blg.m5.g4".into(), Rating { not_applicable: true, ..Default::default() });
        m.ratings.insert("blg.m1.g2".into(), Rating { note: "alleen tekst".into(), ..Default::default() });
        assert_eq!(progress(&m, blg()), (2, 28));
    }

    #[test]
    fn highlights_skip_not_applicable_and_removed_goals() {
        let a = moment(
            "a",
            "2026-09-01",
            &[("blg.m1.g1", 1), ("blg.m1.g2", 3), ("blg.m2.g1", 2), ("blg.m9.g1", 5)],
        );
        let mut b = moment(
            "b",
            "2026-11-01",
            &[("blg.m1.g1", 4), ("blg.m1.g2", 3), ("blg.m2.g1", 5), ("blg.m2.g2", 1)],
        );
        b.ratings
            .insert("blg.m5.g4".into(), Rating { not_applicable: true, level: None, ..Default::default() });
        let rows = goal_rows(blg(), &[&a, &b]);
        let h = highlights(&rows);
        let ids = |v: &[&GoalRow]| v.iter().map(|r| r.goal_id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&h.strongest), ["blg.m2.g1", "blg.m1.g1", "blg.m1.g2"]);
        assert_eq!(ids(&h.growth), ["blg.m2.g1", "blg.m1.g1"], "equal growth: the higher level first");
        assert_eq!(ids(&h.development), ["blg.m2.g2"], "the others are already among the strongest");
        assert_eq!(module_average(&rows, blg().module(1).unwrap()), Some(3.5));
        assert_eq!(module_average(&rows, blg().module(5).unwrap()), None);
    }

    #[test]
    fn development_points_are_the_largest_gaps_to_the_own_ambition() {
        let mut m = moment(
            "a",
            "2026-09-01",
            &[
                ("blg.m1.g1", 2),
                ("blg.m1.g2", 4),
                ("blg.m2.g1", 3),
                ("blg.m3.g1", 1),
                ("blg.m4.g1", 2),
                // The strongest three, which are no development points.
                ("blg.m3.g2", 5),
                ("blg.m5.g1", 5),
                ("blg.m5.g2", 5),
            ],
        );
        for (goal, target) in [("blg.m1.g1", 5), ("blg.m1.g2", 5), ("blg.m2.g1", 3), ("blg.m3.g1", 1)] {
            m.ratings.get_mut(goal).unwrap().target = Some(target);
        }
        let rows = goal_rows(blg(), &[&m]);
        let h = highlights(&rows);
        let ids = |v: &[&GoalRow]| v.iter().map(|r| r.goal_id.clone()).collect::<Vec<_>>();
        // m1.g1 is 3 below its ambition, m1.g2 1; m2.g1 and m3.g1 are at theirs, so no development
        // points; m4.g1 has no ambition and comes after the gaps.
        assert_eq!(ids(&h.development), ["blg.m1.g1", "blg.m1.g2", "blg.m4.g1"]);
    }

    #[test]
    fn equal_highlights_spread_over_the_modules() {
        let m = moment(
            "a",
            "2026-09-01",
            &[("blg.m1.g1", 5), ("blg.m1.g2", 5), ("blg.m1.g3", 5), ("blg.m2.g1", 5), ("blg.m3.g1", 5)],
        );
        let rows = goal_rows(blg(), &[&m]);
        let ids = |v: &[&GoalRow]| v.iter().map(|r| r.goal_id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&highlights(&rows).strongest), ["blg.m1.g1", "blg.m2.g1", "blg.m3.g1"]);
    }

    #[test]
    fn a_moment_knows_the_one_before_it_and_where_to_resume() {
        let mut p = Portfolio::default();
        let a = moment("a", "2026-09-01", &[("blg.m1.g1", 2)]);
        let mut b = moment("b", "2026-11-01", &[]);
        for g in blg().modules[0].goals.iter() {
            b.ratings.insert(g.id.to_string(), Rating { level: Some(3), ..Default::default() });
        }
        p.moments.insert("a".into(), a.clone());
        p.moments.insert("b".into(), b.clone());
        assert_eq!(previous_moment(&p, &b).map(|m| &*m.id), Some("a"));
        assert_eq!(previous_moment(&p, &a), None);
        assert_eq!(resume_module(&a, blg()), 1, "module 1 still has goals to rate");
        assert_eq!(resume_module(&b, blg()), 2, "module 1 is complete");
        assert_eq!(module_progress(&b, &blg().modules[0]), (6, 6));
    }

    #[test]
    fn a_new_moment_is_due_after_each_finished_module() {
        assert_eq!(next_moment_due(0, 0), None, "the nulmeting is the dashboard's own call");
        assert_eq!(next_moment_due(1, 0), None);
        assert_eq!(next_moment_due(1, 1), Some(1), "module 1 done, only the nulmeting");
        assert_eq!(next_moment_due(2, 1), None, "rated after module 1 already");
        assert_eq!(next_moment_due(2, 3), Some(3));
    }

    #[test]
    fn changes_count_rises_and_falls_and_name_the_largest_rises() {
        let a = moment(
            "a",
            "2026-09-01",
            &[("blg.m1.g1", 1), ("blg.m1.g2", 3), ("blg.m1.g3", 4), ("blg.m2.g1", 2)],
        );
        let b = moment(
            "b",
            "2026-11-01",
            &[("blg.m1.g1", 4), ("blg.m1.g2", 3), ("blg.m1.g3", 2), ("blg.m2.g1", 3)],
        );
        let c = changes(blg(), &a, &b);
        assert_eq!((c.up, c.same, c.down), (2, 1, 1));
        let largest: Vec<(&str, u8, u8)> =
            c.largest.iter().map(|(_, n, f, t)| (n.as_str(), *f, *t)).collect();
        assert_eq!(largest, [("1.1", 1, 4), ("2.1", 2, 3)]);
    }

    #[test]
    fn a_row_keeps_the_latest_explanation() {
        let mut a = moment("a", "2026-09-01", &[("blg.m1.g1", 2), ("blg.m1.g2", 2)]);
        let mut b = moment("b", "2026-11-01", &[("blg.m1.g1", 3), ("blg.m1.g2", 3)]);
        a.ratings.get_mut("blg.m1.g1").unwrap().note = "eerst".into();
        b.ratings.get_mut("blg.m1.g1").unwrap().note = " later ".into();
        a.ratings.get_mut("blg.m1.g2").unwrap().note = "alleen de eerste keer".into();
        let rows = goal_rows(blg(), &[&a, &b]);
        assert_eq!(rows[0].note, "later");
        assert_eq!(
            rows[1].note, "alleen de eerste keer",
            "an empty later note does not hide the earlier one"
        );
    }
}
