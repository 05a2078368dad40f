//! Word lists for the slips of a filled-in message: another company's name
//! pasted from an earlier draft, and field values that do not fit their
//! sentence. REVIEW.md: "wrong names: another company's name pasted in:
//! the worst possible mistake"; "slips from filled fields ('at Thursday',
//! 'on tomorrow', 'Ltd..', a lowercase start) show the message was
//! generated." Same shape as the lists in `words.rs`.

use crate::messages::scan::{phrases, Phrases};

/// Words after a capitalised name that make it a company ("Globex Ltd").
pub(in crate::messages) const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "gmbh",
    "limited",
    "group",
    "labs",
    "holdings",
    "technologies",
];

/// Nouns that, before "at", make the capitalised name after it the
/// employer ("the role at Globex", "everyone at Globex"). "with Globex" is
/// left out: "my interview with Jordan" names a person.
pub(in crate::messages) const AT_COMPANY: &[&str] = &[
    "role",
    "roles",
    "position",
    "job",
    "interview",
    "interviews",
    "opportunity",
    "opening",
    "vacancy",
    "team",
    "everyone",
    "people",
    "colleagues",
    "process",
    "application",
    "career",
];

/// Words before such a name that make it the writer's own employer, past
/// or next ("I've accepted a role at Hooli", "staying in my current role
/// at Umbrella"): naming it is no slip, so the name is left alone.
pub(in crate::messages) const OWN_EMPLOYER: &[&str] = &[
    "accept*",
    "join*",
    "current*",
    "stay*",
    "remain*",
    "another",
    "other",
    "elsewhere",
    "new",
    "previous",
    "former",
];

/// Possessives right before the noun that make it the writer's own job
/// ("happy in my role at Umbrella"), unlike "my interview at Globex".
pub(in crate::messages) const OWN_POSSESSIVES: &[&str] = &["my", "our"];

/// How far back in its clause an `OWN_EMPLOYER` word counts.
pub(in crate::messages) const OWN_EMPLOYER_WINDOW: usize = 8;

/// Company words that do not tell one company from another.
pub(in crate::messages) const NAME_FILLERS: &[&str] = &["the", "and", "of", "co"];

/// The word between a company noun and the name: "the role at Globex".
pub(in crate::messages) const AT: &[&str] = &["at"];

/// "the Globex team": the words around a name that make it a company.
pub(in crate::messages) const THE: &[&str] = &["the"];
pub(in crate::messages) const TEAM: &[&str] = &["team", "teams"];

/// Capitalised words in "the X team" that are a department, not a company.
pub(in crate::messages) const DEPARTMENTS: &[&str] = &[
    "data",
    "analytics",
    "engineering",
    "product",
    "design",
    "marketing",
    "sales",
    "finance",
    "people",
    "talent",
    "hr",
    "recruiting",
    "recruitment",
    "hiring",
    "operations",
    "legal",
    "it",
    "customer",
    "success",
    "support",
    "platform",
    "growth",
    "research",
    "security",
    "infrastructure",
    "leadership",
    "tech",
    "technology",
    "digital",
    "content",
    "risk",
    "compliance",
    "strategy",
    "ux",
    "qa",
    "devops",
    "mobile",
    "web",
    "ai",
    "ml",
    "science",
    "accounting",
    "business",
    "development",
    "partnerships",
    "communications",
    "editorial",
    "creative",
    "brand",
    "policy",
    "senior",
    "interview",
];

/// Calendar words: never a company (and after "at" a slip, see
/// `DAY_SLIPS`).
pub(in crate::messages) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tomorrow",
    "today",
    "tonight",
];

/// Months, never a company either ("the interview at May" is not one).
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A day after a preposition it cannot follow ("at Thursday", "on
/// tomorrow": a time field typed as a word into "on {interview_when}").
pub(in crate::messages) const DAY_SLIPS: Phrases = phrases![
    "at monday",
    "at tuesday",
    "at wednesday",
    "at thursday",
    "at friday",
    "at saturday",
    "at sunday",
    "at tomorrow",
    "at today",
    "at tonight",
    "on tomorrow",
    "on today",
    "on tonight",
    "on yesterday",
];

/// Abbreviations after which a full stop does not end a sentence, so a
/// lowercase word may follow ("e.g. the", "etc. and").
pub(in crate::messages) const ABBREVIATIONS: &[&str] = &[
    "etc", "vs", "approx", "incl", "cf", "ca", "esp", "dept", "min", "mins", "am", "pm", "ltd",
    "inc", "co", "corp", "llc", "llp", "bros", "jr", "sr", "st", "dr", "mr", "mrs", "ms", "prof",
];
