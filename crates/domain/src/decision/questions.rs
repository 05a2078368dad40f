//! The wizard's questions as data: id, wording, why it matters, the
//! options, and what to look up when the answer is "don't know".
//!
//! The ids are the field names of `Situation` in JSON, so a generic UI can
//! ask any question and store the answer with `Situation::set_answer`.

use super::answers::*;
use crate::domain::InterviewStage;

id_enum! {
    /// Which question; the same name as the `Situation` field it fills.
    QuestionId {
        OtherOffer = "other_offer",
        RoleFit = "role_fit",
        OtherRole = "other_role",
        Pay = "pay",
        Culture = "culture",
        Balance = "balance",
        Location = "location",
        Timeline = "timeline",
        Worry = "worry",
        WantJob = "want_job",
        InterviewValue = "interview_value",
        Experience = "experience",
        Schedule = "schedule",
        InterviewTravel = "interview_travel",
        Stage = "stage",
        HiringManager = "hiring_manager",
        Notice = "notice",
        Growth = "growth",
        WouldWait = "would_wait",
        Interviewed = "interviewed",
    }
}

/// One answer a question offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AnswerOption {
    /// The stable name stored in a `Situation` (as in JSON).
    pub id: &'static str,
    /// The answer in plain words.
    pub label: &'static str,
}

/// One question of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Question {
    /// Which question (and which `Situation` field it fills).
    pub id: QuestionId,
    /// The question as the wizard asks it.
    pub text: &'static str,
    /// One sentence on why the answer matters.
    pub why: &'static str,
    /// The answers to choose from, "don't know" included where sensible.
    pub options: &'static [AnswerOption],
    /// What to look up or ask when the answer is not known yet.
    pub research: Option<&'static str>,
}

impl QuestionId {
    /// The question with this id.
    pub fn question(self) -> &'static Question {
        // QUESTIONS is kept in the order of QuestionId::ALL (tested below).
        &QUESTIONS[self as usize]
    }
}

/// The options of the stage question: the shared stages plus "don't know".
pub const STAGE_OPTIONS: &[AnswerOption] = &[
    AnswerOption {
        id: InterviewStage::PhoneScreen.as_str(),
        label: InterviewStage::PhoneScreen.label(),
    },
    AnswerOption {
        id: InterviewStage::Video.as_str(),
        label: InterviewStage::Video.label(),
    },
    AnswerOption {
        id: InterviewStage::InPerson.as_str(),
        label: InterviewStage::InPerson.label(),
    },
    AnswerOption {
        id: InterviewStage::Final.as_str(),
        label: InterviewStage::Final.label(),
    },
    AnswerOption {
        id: UNKNOWN_STAGE,
        label: "Don't know yet",
    },
];

/// The stable name for "stage not known yet" (JSON `"unknown"`).
pub const UNKNOWN_STAGE: &str = "unknown";

/// Every question, in the order of `QuestionId::ALL`. The wording is ours;
/// the factors and numbers come from the seed's "Recognizing When to
/// Decline", "Making The Call", "The Hidden Value of Interviews" and
/// "Creative Alternatives" sections.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::OtherOffer,
        text: "Are you already committed, or far along, somewhere else?",
        why: "If you have said yes elsewhere, the kind thing is to free this slot quickly for someone else.",
        options: OtherOffer::OPTIONS,
        research: None,
    },
    Question {
        id: QuestionId::RoleFit,
        text: "How well does the role fit where you want your career to go?",
        why: "A role that does not use your core skills or the work you enjoy takes time away from roles that do.",
        options: RoleFit::OPTIONS,
        research: Some("Read the job description closely and ask what a typical week in the role looks like."),
    },
    Question {
        id: QuestionId::OtherRole,
        text: "Is there another open role at this company that suits you better?",
        why: "Asking about a better-suited role shows real interest in the company and can turn a no into a better yes.",
        options: OtherRole::OPTIONS,
        research: Some("Look through the company's open roles for one that matches your skills better."),
    },
    Question {
        id: QuestionId::Pay,
        text: "Does the pay meet your needs?",
        why: "If the salary cannot cover what you need, a good interview will not change that.",
        options: Pay::OPTIONS,
        research: Some("Check salary benchmarks for similar roles, or ask the recruiter for the pay range."),
    },
    Question {
        id: QuestionId::Culture,
        text: "How do the company's culture and values sit with you?",
        why: "A clash with how you like to work tends to turn into unhappiness later on.",
        options: Culture::OPTIONS,
        research: Some("Read employee reviews and the company's own pages, and ask someone who works there how the team works together."),
    },
    Question {
        id: QuestionId::Balance,
        text: "Do the travel and hours fit your personal and family commitments?",
        why: "A prestigious role with constant travel can cost more than it gives when people at home need you.",
        options: Balance::OPTIONS,
        research: Some("Ask how much travel the role involves and what the hours really look like."),
    },
    Question {
        id: QuestionId::Location,
        text: "Does the location work for you, including any move it would need?",
        why: "A role in a place you cannot live or reach will not work, however good it is.",
        options: Location::OPTIONS,
        research: Some("Ask where the team is based and whether remote or hybrid work is possible."),
    },
    Question {
        id: QuestionId::Timeline,
        text: "Can you wait for their process to run its course?",
        // Seed: "the average interview process takes 27.5 days, with
        // feedback often taking another 12 days". An average across
        // employers, so it is said as one, never as this company's figure.
        why: "As a general figure, a hiring process takes about four weeks, and feedback often another week or two; this company's may be shorter or longer.",
        options: Timeline::OPTIONS,
        research: Some("Ask the recruiter how many rounds there are and when they expect to decide."),
    },
    Question {
        id: QuestionId::Worry,
        text: "When you picture going to this interview, what weighs on you most?",
        why: "Nerves about the interview itself are normal and pass; a doubt about the job deserves a closer look.",
        options: Worry::OPTIONS,
        research: None,
    },
    Question {
        id: QuestionId::WantJob,
        text: "Picture the interview behind you, and it went well. Would you want this job?",
        why: "This separates fear of the interview from a real mismatch: nerves fade once it is over, a mismatch does not.",
        options: WantJob::OPTIONS,
        research: Some("Write down what makes you unsure, then check each point against what you know about the job."),
    },
    Question {
        id: QuestionId::InterviewValue,
        text: "How much would the interview itself give you, even without the job?",
        why: "An interview can bring industry insight, a salary benchmark, new contacts and practice, whatever the result.",
        options: InterviewValue::OPTIONS,
        research: Some("Think about what you could learn: current pay ranges, where the industry is heading, people worth knowing."),
    },
    Question {
        id: QuestionId::Experience,
        text: "Are you early in your career, or have you had few interviews lately?",
        why: "Practice and new contacts count for more while interviews are still new to you.",
        options: Experience::OPTIONS,
        research: None,
    },
    Question {
        id: QuestionId::Schedule,
        text: "Does the proposed time work for you?",
        why: "A clash with the time is a reason to move the interview, not to drop a job that fits.",
        options: Schedule::OPTIONS,
        research: Some("Ask for the date and time in writing so you can check your calendar."),
    },
    Question {
        id: QuestionId::InterviewTravel,
        text: "How far would you have to travel for the interview itself?",
        why: "When the trip is long or costly, a first talk by video lets both sides check the fit before anyone pays for travel.",
        options: InterviewTravel::OPTIONS,
        research: Some("Ask whether the interview is on site, and where."),
    },
    Question {
        id: QuestionId::Stage,
        text: "Which stage of the process is this interview?",
        why: "Later rounds take more preparation from the team, which changes how and how early you should reply.",
        options: STAGE_OPTIONS,
        research: None,
    },
    Question {
        id: QuestionId::HiringManager,
        text: "Have you already spoken with the hiring manager yourself?",
        why: "Once you have a personal connection, a call shows more care than an email.",
        options: HiringManager::OPTIONS,
        research: None,
    },
    Question {
        id: QuestionId::Notice,
        text: "How soon is the interview?",
        why: "The less notice you can give, the more a personal call and a quick reply matter.",
        options: Notice::OPTIONS,
        research: None,
    },
    Question {
        id: QuestionId::Growth,
        text: "Would the role help you grow the way you want?",
        // Seed: savvy job seekers weigh "career growth" as much as pay.
        why: "Growth counts as much as pay: a role that holds you in place costs you the years you spend in it.",
        options: Growth::OPTIONS,
        research: Some("Ask where people in this role usually go next, and what the first year's goals would be."),
    },
    Question {
        id: QuestionId::WouldWait,
        text: "If they cannot move faster, would you hold off the other offer for this one?",
        why: "Telling them about the other offer often speeds things up; if you would not wait anyway, a clear no now is kinder.",
        options: WouldWait::OPTIONS,
        research: Some("Think about which of the two you would pick if both offered the same."),
    },
    Question {
        id: QuestionId::Interviewed,
        text: "Have you already had an interview with them for this role?",
        why: "After an interview you are withdrawing from a process people have invested in, which calls for a more personal word.",
        options: Interviewed::OPTIONS,
        research: None,
    },
];

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn questions_follow_the_id_order_and_have_distinct_options() {
        assert_eq!(QUESTIONS.len(), QuestionId::ALL.len());
        for (index, id) in QuestionId::ALL.iter().enumerate() {
            let q = id.question();
            assert_eq!(q.id, *id);
            assert_eq!(QUESTIONS[index].id, *id);
            assert!(q.options.len() >= 2, "{id}");
            for (i, a) in q.options.iter().enumerate() {
                assert!(!a.label.is_empty());
                assert!(q.options[..i].iter().all(|b| b.id != a.id), "{id}");
            }
            assert!(q.why.ends_with('.') && q.text.ends_with('?'), "{id}");
            assert_eq!(QuestionId::from_id(id.as_str()), Some(*id));
        }
    }
}
