//! Mentoring, year plan and course views and reports on the large network
//! sample.

use criterion::{Criterion, criterion_group, criterion_main};

fn network(_c: &mut Criterion) {}

criterion_group!(benches, network);
criterion_main!(benches);
