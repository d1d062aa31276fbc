//! Typed identifiers. A person id can never be passed where a school id is
//! expected, yet each is written to the file as a plain UUID string.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn new() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    )*};
}

id_type!(
    ProjectId,
    SchoolId,
    PersonId,
    EventId,
    RoomId,
    SessionId,
    ObservationId,
    FeedbackId,
    MentorshipId,
    AwardId,
    TemplateId,
    SignatoryId,
    ProgrammeId,
    DirectionId,
    PairId,
    PlanTaskId,
    ActivityId,
    NetworkId,
    YearPlanId,
    PlanRowId,
    CourseId,
);
