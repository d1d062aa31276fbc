//! Feedback's words: methods, lights, means written the local way, and the
//! problems of an imported file.

use super::Language;
use crate::domain::feedback::LightCounts;
use crate::domain::{Event, FeedbackMethod, FeedbackTarget, TrafficLight};
use crate::fl;

pub fn feedback_method_name(method: FeedbackMethod) -> String {
    match method {
        FeedbackMethod::Rating => fl!("feedback-method-rating"),
        FeedbackMethod::TwoStarsAndAWish => fl!("feedback-method-two-stars"),
        FeedbackMethod::Coins => fl!("feedback-method-coins"),
        FeedbackMethod::TrafficLight => fl!("feedback-method-traffic-light"),
        FeedbackMethod::Free => fl!("feedback-method-free"),
    }
}

pub fn light_name(light: TrafficLight) -> String {
    match light {
        TrafficLight::Green => fl!("feedback-light-green"),
        TrafficLight::Yellow => fl!("feedback-light-yellow"),
        TrafficLight::Red => fl!("feedback-light-red"),
    }
}

/// A mean rating with two decimals; Kazakh, Russian and Kyrgyz write a
/// decimal comma («4,25»).
pub fn format_mean(mean: f64) -> String {
    let text = format!("{mean:.2}");
    if super::current_language() == Language::En { text } else { text.replace('.', ",") }
}

/// The event as a whole, or a session by its number and title as the
/// programme shows it.
pub fn target_name(event: &Event, target: FeedbackTarget) -> String {
    match target {
        FeedbackTarget::Event => fl!("feedback-whole-event"),
        FeedbackTarget::Session(id) => match event.sessions.iter().position(|s| s.id == id) {
            Some(i) => format!("{}. {}", i + 1, event.sessions[i].title),
            None => id.to_string(),
        },
    }
}

pub fn describe_lights(lights: &LightCounts) -> String {
    fl!("summary-lights", green = lights.green, yellow = lights.yellow, red = lights.red)
}
