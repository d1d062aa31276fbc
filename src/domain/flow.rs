//! Minimum-cost maximum flow by successive shortest paths.
//!
//! Small and self-contained because the graphs the assignment builds are
//! small (a few dozen nodes after grouping) and an exact answer matters more
//! than asymptotic speed. Costs must be non-negative: with that, Dijkstra
//! with Johnson potentials is valid from the very first path and no
//! Bellman-Ford pass is needed. Callers with "bonus" arcs shift every
//! alternative by the same constant instead.
//!
//! Besides plain arcs there are *rising* arcs, whose k-th unit costs
//! `first + (k - 1) * step`. One rising arc behaves exactly like `cap`
//! parallel unit arcs of costs `first, first + step, …`, but is one arc to
//! scan instead of hundreds, which is what keeps a large room without a
//! capacity cheap.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Handle of an arc, to read its flow after [`MinCostFlow::run`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArcId(usize);

#[derive(Debug, Clone)]
struct Arc {
    to: usize,
    /// Residual capacity.
    cap: i64,
    /// Cost of sending the next unit through this residual arc.
    cost: i64,
    /// How much dearer each further unit gets; shared by both halves of a pair.
    step: i64,
}

/// Total flow pushed from source to sink and what it cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub flow: i64,
    pub cost: i64,
}

#[derive(Debug, Clone)]
pub struct MinCostFlow {
    /// Arcs in pairs: `2k` is the forward arc, `2k + 1` its residual twin,
    /// so the twin of `e` is `e ^ 1`.
    arcs: Vec<Arc>,
    out: Vec<Vec<usize>>,
    /// Capacity each forward arc was created with, to report flow as
    /// "what was used" rather than making callers remember it.
    initial: Vec<i64>,
}

impl MinCostFlow {
    pub fn new(nodes: usize) -> Self {
        MinCostFlow { arcs: Vec::new(), out: vec![Vec::new(); nodes], initial: Vec::new() }
    }

    pub fn node_count(&self) -> usize {
        self.out.len()
    }

    /// Adds an arc whose every unit costs `cost`.
    pub fn add_arc(&mut self, from: usize, to: usize, cap: i64, cost: i64) -> ArcId {
        self.add_rising_arc(from, to, cap, cost, 0)
    }

    /// Adds an arc whose k-th unit costs `first + (k - 1) * step`.
    ///
    /// Panics on a negative capacity, cost or step, which would be a bug in
    /// the caller: the algorithm below would silently be wrong.
    pub fn add_rising_arc(&mut self, from: usize, to: usize, cap: i64, first: i64, step: i64) -> ArcId {
        assert!(cap >= 0, "negative capacity");
        assert!(first >= 0, "negative cost: shift the costs of all alternatives instead");
        assert!(step >= 0, "negative step: only rising costs keep the potentials valid");
        let id = self.arcs.len();
        self.arcs.push(Arc { to, cap, cost: first, step });
        // Never read before a unit has gone forward, which sets it.
        self.arcs.push(Arc { to: from, cap: 0, cost: -first, step });
        self.out[from].push(id);
        self.out[to].push(id + 1);
        self.initial.push(cap);
        ArcId(id)
    }

    /// Flow carried by an arc after [`run`](Self::run).
    pub fn flow(&self, arc: ArcId) -> i64 {
        self.initial[arc.0 / 2] - self.arcs[arc.0].cap
    }

    /// Pushes as much flow as possible from `source` to `sink` at the least
    /// total cost among all maximum flows.
    pub fn run(&mut self, source: usize, sink: usize) -> Outcome {
        let n = self.out.len();
        let mut outcome = Outcome { flow: 0, cost: 0 };
        if source == sink {
            return outcome;
        }
        let mut potential = vec![0i64; n];
        let mut dist = vec![i64::MAX; n];
        let mut via = vec![usize::MAX; n];
        let mut heap = BinaryHeap::new();
        loop {
            dist.fill(i64::MAX);
            via.fill(usize::MAX);
            dist[source] = 0;
            heap.push(Reverse((0i64, source)));
            while let Some(Reverse((d, u))) = heap.pop() {
                if d > dist[u] {
                    continue;
                }
                for &e in &self.out[u] {
                    let arc = &self.arcs[e];
                    if arc.cap == 0 {
                        continue;
                    }
                    // Reduced costs stay non-negative by the potential update below.
                    let next = d + arc.cost + potential[u] - potential[arc.to];
                    if next < dist[arc.to] {
                        dist[arc.to] = next;
                        via[arc.to] = e;
                        heap.push(Reverse((next, arc.to)));
                    }
                }
            }
            let reach = dist[sink];
            if reach == i64::MAX {
                return outcome;
            }
            // Capping at the sink's distance keeps reduced costs non-negative
            // for nodes this round did not reach, or reached only beyond the sink.
            for (p, &d) in potential.iter_mut().zip(&dist) {
                *p += d.min(reach);
            }
            let mut push = i64::MAX;
            let mut v = sink;
            while v != source {
                let arc = &self.arcs[via[v]];
                // A rising arc changes price after every unit.
                push = push.min(if arc.step > 0 { 1 } else { arc.cap });
                v = self.arcs[via[v] ^ 1].to;
            }
            let mut v = sink;
            while v != source {
                let e = via[v];
                let paid = self.arcs[e].cost;
                outcome.cost += push * paid;
                let step = self.arcs[e].step;
                let arc = &mut self.arcs[e];
                arc.cap -= push;
                // Going on costs one step more; undoing refunds what was
                // paid. Both stay at reduced cost ≥ 0, as the path was tight.
                arc.cost = paid + step;
                let twin = &mut self.arcs[e ^ 1];
                twin.cap += push;
                twin.cost = -paid;
                v = twin.to;
            }
            outcome.flow += push;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn empty_graph_carries_nothing() {
        let mut g = MinCostFlow::new(2);
        assert_eq!(g.run(0, 1), Outcome { flow: 0, cost: 0 });
    }

    #[test]
    fn cheapest_of_parallel_arcs_is_used_first() {
        let mut g = MinCostFlow::new(2);
        let dear = g.add_arc(0, 1, 1, 5);
        let cheap = g.add_arc(0, 1, 1, 2);
        let mid = g.add_arc(0, 1, 1, 3);
        assert_eq!(g.run(0, 1), Outcome { flow: 3, cost: 10 });
        assert_eq!((g.flow(dear), g.flow(cheap), g.flow(mid)), (1, 1, 1));
    }

    #[test]
    fn maximum_flow_wins_over_cost() {
        // The cheap path alone would carry one unit; the maximum is two.
        let mut g = MinCostFlow::new(4);
        g.add_arc(0, 1, 1, 0);
        g.add_arc(0, 2, 1, 100);
        g.add_arc(1, 3, 1, 0);
        g.add_arc(2, 3, 1, 0);
        assert_eq!(g.run(0, 3), Outcome { flow: 2, cost: 100 });
    }

    #[test]
    fn a_first_choice_is_undone_through_the_residual_arc() {
        // Person a likes seat x most, person b can only take x: the second
        // path must reroute a to y through the reverse arc of a→x.
        let (s, a, b, x, y, t) = (0, 1, 2, 3, 4, 5);
        let mut g = MinCostFlow::new(6);
        g.add_arc(s, a, 1, 0);
        g.add_arc(s, b, 1, 0);
        let ax = g.add_arc(a, x, 1, 0);
        let ay = g.add_arc(a, y, 1, 1);
        let bx = g.add_arc(b, x, 1, 5);
        g.add_arc(x, t, 1, 0);
        g.add_arc(y, t, 1, 0);
        assert_eq!(g.run(s, t), Outcome { flow: 2, cost: 6 });
        assert_eq!((g.flow(ax), g.flow(ay), g.flow(bx)), (0, 1, 1));
    }

    #[test]
    fn capacities_above_one_are_pushed_in_bulk() {
        let mut g = MinCostFlow::new(3);
        let first = g.add_arc(0, 1, 7, 1);
        g.add_arc(1, 2, 4, 1);
        g.add_arc(0, 2, 2, 10);
        assert_eq!(g.run(0, 2), Outcome { flow: 6, cost: 4 * 2 + 2 * 10 });
        assert_eq!(g.flow(first), 4);
    }

    #[test]
    #[should_panic(expected = "negative cost")]
    fn negative_costs_are_refused() {
        MinCostFlow::new(2).add_arc(0, 1, 1, -1);
    }

    #[test]
    fn a_rising_arc_charges_more_for_each_unit() {
        let mut g = MinCostFlow::new(2);
        let rising = g.add_rising_arc(0, 1, 3, 2, 5);
        assert_eq!(g.run(0, 1), Outcome { flow: 3, cost: 2 + 7 + 12 });
        assert_eq!(g.flow(rising), 3);
    }

    #[test]
    fn rising_arcs_share_load_as_parallel_unit_arcs_would() {
        // Seven units into two rooms whose k-th seat costs k: 4 + 3 is cheapest.
        let mut g = MinCostFlow::new(4);
        g.add_arc(0, 1, 7, 0);
        let a = g.add_rising_arc(1, 2, 10, 1, 1);
        let b = g.add_rising_arc(1, 3, 10, 1, 1);
        g.add_arc(2, 3, 10, 0);
        let sink = 3;
        assert_eq!(g.run(0, sink).flow, 7);
        let (fa, fb) = (g.flow(a), g.flow(b));
        assert_eq!(fa + fb, 7);
        assert!((fa - fb).abs() == 1);
    }

    #[test]
    #[should_panic(expected = "negative step")]
    fn falling_arcs_are_refused() {
        MinCostFlow::new(2).add_rising_arc(0, 1, 2, 5, -1);
    }

    /// Least cost of a perfect assignment, by trying every permutation.
    fn brute_assignment(cost: &[Vec<i64>]) -> i64 {
        fn go(row: usize, used: &mut Vec<bool>, cost: &[Vec<i64>]) -> i64 {
            if row == cost.len() {
                return 0;
            }
            let mut best = i64::MAX;
            for col in 0..cost.len() {
                if !used[col] {
                    used[col] = true;
                    best = best.min(cost[row][col] + go(row + 1, used, cost));
                    used[col] = false;
                }
            }
            best
        }
        go(0, &mut vec![false; cost.len()], cost)
    }

    proptest! {
        #[test]
        fn assignment_problems_match_brute_force(
            cost in (1usize..=5).prop_flat_map(|n| {
                prop::collection::vec(prop::collection::vec(0i64..50, n), n)
            })
        ) {
            let n = cost.len();
            let (s, t) = (2 * n, 2 * n + 1);
            let mut g = MinCostFlow::new(2 * n + 2);
            for (i, row) in cost.iter().enumerate() {
                g.add_arc(s, i, 1, 0);
                g.add_arc(n + i, t, 1, 0);
                for (j, &c) in row.iter().enumerate() {
                    g.add_arc(i, n + j, 1, c);
                }
            }
            let outcome = g.run(s, t);
            prop_assert_eq!(outcome.flow, n as i64);
            prop_assert_eq!(outcome.cost, brute_assignment(&cost));
        }

        #[test]
        fn a_rising_arc_equals_its_unit_arcs(
            arcs in prop::collection::vec((0usize..5, 0usize..5, 0i64..4, 0i64..20, 0i64..6), 1..12)
        ) {
            // Node 0 is the source, 4 the sink; both graphs get the same arcs,
            // once as rising arcs and once spelled out unit by unit.
            let mut rising = MinCostFlow::new(5);
            let mut units = MinCostFlow::new(5);
            for &(from, to, cap, first, step) in &arcs {
                rising.add_rising_arc(from, to, cap, first, step);
                for k in 0..cap {
                    units.add_arc(from, to, 1, first + k * step);
                }
            }
            prop_assert_eq!(rising.run(0, 4), units.run(0, 4));
        }
    }
}
