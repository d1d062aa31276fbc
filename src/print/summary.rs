//! What the observations and the feedback of an event add up to, for the
//! report and the filled observation sheet.
//!
//! This is the one place the print layer computes results; when the domain
//! gains its own results (mean level per criterion, rating means, coins per
//! session), [`summarize`] is the function to replace by them.

use crate::domain::{Event, FeedbackTarget, Project, SessionId, TrafficLight};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CriterionMean {
    pub title: String,
    pub mean: f64,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LessonFindings {
    pub session: Option<SessionId>,
    pub observations: usize,
    pub criteria: Vec<CriterionMean>,
    pub strengths: Vec<String>,
    pub improvements: Vec<String>,
    pub recommendations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventSummary {
    /// One entry per observed session, in the programme's order.
    pub lessons: Vec<LessonFindings>,
    /// Coins given to each session («Теңге алу»), most first.
    pub coins: Vec<(SessionId, u32)>,
    /// Mean of each rated question (its text, mean, number of answers).
    pub ratings: Vec<CriterionMean>,
    /// Green, yellow and red cards.
    pub lights: [usize; 3],
    pub stars: Vec<String>,
    pub wishes: Vec<String>,
    pub comments: Vec<String>,
    pub responses: usize,
}

pub fn summarize(project: &Project, event: &Event) -> EventSummary {
    let mut sessions: Vec<_> = event.sessions.iter().collect();
    sessions.sort_by_key(|s| (s.day, s.start));
    let mut lessons = Vec::new();
    for session in sessions {
        let observations: Vec<_> = event.observations.iter().filter(|o| o.session == session.id).collect();
        if observations.is_empty() {
            continue;
        }
        let mut sums: BTreeMap<&str, (u32, usize)> = BTreeMap::new();
        for observation in &observations {
            for (key, level) in &observation.ratings {
                let entry = sums.entry(key.as_str()).or_default();
                entry.0 += u32::from(*level);
                entry.1 += 1;
            }
        }
        // Criteria in the sheet's order, with their titles; keys no sheet
        // knows keep their key as a title rather than vanish.
        let template = observations
            .first()
            .and_then(|o| project.observation_templates.iter().find(|t| t.id == o.template));
        let mut criteria = Vec::new();
        if let Some(template) = template {
            for criterion in &template.criteria {
                if let Some((sum, count)) = sums.remove(criterion.key.as_str()) {
                    criteria.push(CriterionMean {
                        title: criterion.title.clone(),
                        mean: mean(sum, count),
                        count,
                    });
                }
            }
        }
        for (key, (sum, count)) in sums {
            criteria.push(CriterionMean { title: key.to_owned(), mean: mean(sum, count), count });
        }
        let texts = |pick: fn(&crate::domain::Observation) -> &str| -> Vec<String> {
            observations.iter().map(|o| pick(o).trim().to_owned()).filter(|t| !t.is_empty()).collect()
        };
        lessons.push(LessonFindings {
            session: Some(session.id),
            observations: observations.len(),
            criteria,
            strengths: texts(|o| &o.strengths),
            improvements: texts(|o| &o.improvements),
            recommendations: texts(|o| &o.recommendation),
        });
    }

    let mut coins: BTreeMap<SessionId, u32> = BTreeMap::new();
    let mut ratings: BTreeMap<&str, (u32, usize)> = BTreeMap::new();
    let mut summary = EventSummary { responses: event.feedback.len(), ..EventSummary::default() };
    for feedback in &event.feedback {
        if let (FeedbackTarget::Session(session), Some(count)) = (feedback.target, feedback.coins) {
            *coins.entry(session).or_default() += count;
        }
        for (key, value) in &feedback.ratings {
            let entry = ratings.entry(key.as_str()).or_default();
            entry.0 += u32::from(*value);
            entry.1 += 1;
        }
        match feedback.light {
            Some(TrafficLight::Green) => summary.lights[0] += 1,
            Some(TrafficLight::Yellow) => summary.lights[1] += 1,
            Some(TrafficLight::Red) => summary.lights[2] += 1,
            None => {}
        }
        summary.stars.extend(feedback.stars.iter().filter(|s| !s.trim().is_empty()).cloned());
        for (text, list) in
            [(&feedback.wish, &mut summary.wishes), (&feedback.comment, &mut summary.comments)]
        {
            if !text.trim().is_empty() {
                list.push(text.trim().to_owned());
            }
        }
    }
    let mut coins: Vec<_> = coins.into_iter().collect();
    coins.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    summary.coins = coins;
    summary.ratings = event
        .feedback_questions
        .iter()
        .filter_map(|q| {
            let (sum, count) = ratings.get(q.key.as_str())?;
            Some(CriterionMean { title: q.text.clone(), mean: mean(*sum, *count), count: *count })
        })
        .collect();
    summary.lessons = lessons;
    summary
}

fn mean(sum: u32, count: usize) -> f64 {
    if count == 0 { 0.0 } else { f64::from(sum) / count as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn the_small_sample_adds_up_its_observations_and_coins() {
        let project = sample::small(sample::REFERENCE_TIME.parse().unwrap());
        let event = &project.events[0];
        let summary = summarize(&project, event);
        let observed: std::collections::HashSet<_> = event.observations.iter().map(|o| o.session).collect();
        assert_eq!(summary.lessons.len(), observed.len());
        for lesson in &summary.lessons {
            let session = lesson.session.unwrap();
            let ratings: Vec<u8> = event
                .observations
                .iter()
                .filter(|o| o.session == session)
                .flat_map(|o| o.ratings.values().copied())
                .collect();
            let total: f64 = lesson.criteria.iter().map(|c| c.mean * c.count as f64).sum();
            let expected: u32 = ratings.iter().map(|r| u32::from(*r)).sum();
            assert!((total - f64::from(expected)).abs() < 1e-6);
            assert!(lesson.criteria.iter().all(|c| (1.0..=4.0).contains(&c.mean)));
        }
        let given: u32 = event.feedback.iter().filter_map(|f| f.coins).sum();
        assert_eq!(summary.coins.iter().map(|(_, c)| c).sum::<u32>(), given);
        assert!(summary.coins.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}
