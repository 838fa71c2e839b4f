//! "Zelfbeeld vs. beeld leidinggevende" (issue 16): where the participant's latest rating of a
//! goal and the manager's rating of it differ most, either way. Goals that either of the two did
//! not rate (or marked n.v.t.) have no gap; equal ratings are no gap either.

/// One goal rated differently by the participant and the manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub goal: String,
    /// The participant's own rating, 1–5.
    pub own: u8,
    /// The manager's rating, 1–5.
    pub manager: u8,
}

impl Gap {
    /// How far apart the two are: positive when the manager rates higher.
    pub fn difference(&self) -> i8 {
        self.manager as i8 - self.own as i8
    }
}

/// The gaps both ways, largest first; equal gaps keep the goals' order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    /// The manager sees more than the participant does: strengths to own.
    pub manager_higher: Vec<Gap>,
    /// The participant sees more than the manager does: to talk about.
    pub own_higher: Vec<Gap>,
}

/// The gaps between `own` and `manager` ratings, each `(goal ID, level)` in the programme's goal
/// order; at most `most` each way.
pub fn gaps(own: &[(&str, Option<u8>)], manager: &[(&str, Option<u8>)], most: usize) -> Gaps {
    let valid = |l: Option<u8>| l.filter(|l| (1..=5).contains(l));
    let mut all: Vec<Gap> = own
        .iter()
        .filter_map(|(goal, level)| {
            let own = valid(*level)?;
            let manager = valid(manager.iter().find(|(g, _)| g == goal)?.1)?;
            (own != manager).then(|| Gap { goal: (*goal).to_owned(), own, manager })
        })
        .collect();
    // Stable: equal gaps stay in goal order.
    super::sorting::sort_by(&mut all, |a, b| b.difference().abs().cmp(&a.difference().abs()));
    let (mut manager_higher, mut own_higher): (Vec<Gap>, Vec<Gap>) =
        all.into_iter().partition(|g| g.difference() > 0);
    manager_higher.truncate(most);
    own_higher.truncate(most);
    Gaps { manager_higher, own_higher }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_gaps_come_first_either_way() {
        let own = [
            ("g1", Some(2)),
            ("g2", Some(4)),
            ("g3", Some(3)),
            ("g4", Some(5)),
            ("g5", None),
            ("g6", Some(1)),
        ];
        let manager = [
            ("g1", Some(4)),
            ("g2", Some(4)),
            ("g3", Some(4)),
            ("g4", Some(2)),
            ("g5", Some(3)),
            ("g6", Some(2)),
        ];
        let g = gaps(&own, &manager, 5);
        let ids = |list: &[Gap]| list.iter().map(|g| g.goal.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&g.manager_higher), ["g1", "g3", "g6"], "2 before 1; equal gaps in goal order");
        assert_eq!(ids(&g.own_higher), ["g4"]);
        assert_eq!(g.own_higher[0].difference(), -3);
        assert_eq!(gaps(&own, &manager, 1).manager_higher.len(), 1);
    }

    #[test]
    fn unrated_unknown_and_out_of_scale_goals_have_no_gap() {
        let own = [("g1", Some(3)), ("g2", Some(9)), ("g3", Some(2))];
        let manager = [("g1", None), ("g2", Some(1)), ("g4", Some(5))];
        assert_eq!(gaps(&own, &manager, 5), Gaps::default());
    }
}
