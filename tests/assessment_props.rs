//! Property tests for the self-assessment summaries: whatever the participant rated, the
//! figures stay consistent.
#![cfg(not(target_arch = "wasm32"))]

use leerpad::domain::{
    Catalog, Programme,
    assessment::{HIGHLIGHT_COUNT, goal_rows, highlights, module_average},
    chart::{Series, SeriesStyle, radar_svg},
    html::escape,
    portfolio::{Moment, Rating},
};
use proptest::prelude::*;

fn blg() -> &'static Programme {
    Catalog::embedded().programme("blg").unwrap()
}

fn goal_ids() -> Vec<String> {
    let mut ids: Vec<String> =
        blg().modules.iter().flat_map(|m| m.goals.iter().map(|g| g.id.to_string())).collect();
    ids.push("blg.m9.g1".into()); // a goal no longer in the programme
    ids
}

/// Per goal: nothing, a level, or n.v.t.; plus an optional target.
fn rating() -> impl Strategy<Value = Option<Rating>> {
    prop_oneof![
        Just(None),
        (1u8..=5, proptest::option::of(1u8..=5)).prop_map(|(l, t)| Some(Rating {
            level: Some(l),
            target: t,
            ..Default::default()
        })),
        Just(Some(Rating { not_applicable: true, ..Default::default() })),
    ]
}

fn moments() -> impl Strategy<Value = Vec<Moment>> {
    let ids = goal_ids();
    proptest::collection::vec(proptest::collection::vec(rating(), ids.len()), 0..5).prop_map(move |all| {
        all.into_iter()
            .enumerate()
            .map(|(i, ratings)| Moment {
                id: format!("m{i}"),
                date: format!("2026-0{}-01", i + 1),
                programme: "blg".into(),
                ratings: ids.iter().cloned().zip(ratings).filter_map(|(g, r)| Some((g, r?))).collect(),
                ..Default::default()
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn rows_are_consistent(ms in moments()) {
        let refs: Vec<&Moment> = ms.iter().collect();
        let rows = goal_rows(blg(), &refs);
        prop_assert!(rows.len() >= 28);
        for row in &rows {
            if let (Some(first), Some(latest), Some(change)) = (row.first, row.latest, row.change) {
                prop_assert_eq!(i16::from(change), i16::from(latest) - i16::from(first));
            }
            prop_assert_eq!(row.first.is_some(), row.latest.is_some());
            for level in [row.first, row.latest, row.target].into_iter().flatten() {
                prop_assert!((1..=5).contains(&level));
            }
        }
        for module in blg().modules.iter() {
            if let Some(avg) = module_average(&rows, module) {
                prop_assert!((1.0..=5.0).contains(&avg));
            }
        }
    }

    #[test]
    fn highlights_are_ordered_applicable_and_distinct(ms in moments()) {
        let refs: Vec<&Moment> = ms.iter().collect();
        let rows = goal_rows(blg(), &refs);
        let h = highlights(&rows);
        for list in [&h.strongest, &h.growth, &h.development] {
            prop_assert!(list.len() <= HIGHLIGHT_COUNT);
            for r in list.iter() {
                prop_assert!(!r.removed() && !r.not_applicable && r.latest.is_some());
            }
        }
        prop_assert!(h.strongest.windows(2).all(|w| w[0].latest >= w[1].latest));
        // Development points: below the own ambition, largest gap first, then goals without one.
        prop_assert!(h.development.iter().all(|r| r.gap().is_none_or(|gap| gap > 0)));
        let gaps: Vec<Option<i8>> = h.development.iter().map(|r| r.gap()).collect();
        let ranked = gaps.windows(2).all(|w| match (w[0], w[1]) {
            (Some(a), Some(b)) => a >= b,
            (None, Some(_)) => false,
            _ => true,
        });
        prop_assert!(ranked, "largest gap first, goals without an ambition last: {:?}", gaps);
        prop_assert!(h.growth.iter().all(|r| r.change.unwrap_or(0) > 0));
        prop_assert!(h.growth.windows(2).all(|w| w[0].change >= w[1].change));
        prop_assert!(h.development.iter().all(|d| !h.strongest.iter().any(|s| s.goal_id == d.goal_id)));
        // Nothing lower than a listed strongest goal is left out in favour of it.
        if let Some(weakest_strong) = h.strongest.last() {
            let counted = rows.iter().filter(|r| !r.removed() && !r.not_applicable && r.latest.is_some());
            let higher = counted.filter(|r| r.latest > weakest_strong.latest).count();
            prop_assert!(higher < HIGHLIGHT_COUNT);
        }
    }

    #[test]
    fn escaped_text_has_no_markup(text in ".*") {
        let escaped = escape(&text);
        prop_assert!(!escaped.contains('<') && !escaped.contains('>') && !escaped.contains('"') && !escaped.contains('\''));
        let svg = radar_svg(&text, &["1".into(), "2".into(), "3".into()], &[Series { label: &text, style: SeriesStyle::First, values: vec![Some(1), None, Some(5)] }]);
        prop_assert_eq!(svg.matches("<text").count(), 5 + 3 + 1, "no element came in through the text");
    }
}
