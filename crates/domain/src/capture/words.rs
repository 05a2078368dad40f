//! The word lists the capture readers match, as data in one place, each
//! with why it is there. Lower case unless said; a phrase is words
//! separated by one space, matched on token boundaries with an optional
//! hyphen between words ("on site" matches "on-site").

// The writer and the signature (`people.rs`, `signature.rs`).

/// Lines (or line starts) that close a message before the signature.
pub(super) const CLOSINGS: &[&str] = &[
    "kind regards",
    "best regards",
    "warm regards",
    "regards",
    "best wishes",
    "with best wishes",
    "best",
    "thanks",
    "thank you",
    "many thanks",
    "thanks & regards",
    "thanks and regards",
    "cheers",
    "yours sincerely",
    "sincerely",
    "yours faithfully",
    "looking forward to it",
    "all the best",
    "ngā mihi",
    "good luck",
    "speak soon",
    "thx",
];

/// Capitalised words that are never part of a person's name.
pub(super) const NOT_NAMES: &[&str] = &[
    "team",
    "hr",
    "talent",
    "acquisition",
    "recruiting",
    "recruitment",
    "careers",
    "people",
    "the",
    "thanks",
    "regards",
    "best",
    "interview",
    "invitation",
    "phone",
    "screen",
    "video",
    "meeting",
    "microsoft",
    "sent",
    "subject",
    "hi",
    "hello",
    "dear",
    "our",
    "we",
    "i",
    "date",
    "human",
    "resources",
    "time",
    "from",
    "great",
    "good",
    "looking",
    "please",
];

/// Words that make a signature line a job title rather than a company.
pub(super) const TITLE_WORDS: &[&str] = &[
    "recruiter",
    "manager",
    "partner",
    "coordinator",
    "co-ordinator",
    "advisor",
    "adviser",
    "officer",
    "director",
    "lead",
    "head",
    "consultant",
    "executive",
    "assistant",
    "producer",
    "specialist",
    "ceo",
    "cto",
    "founder",
    "vp",
    "president",
    "pharmacist",
    "engineer",
    "generalist",
    "sourcer",
    "associate",
    "team",
    "administrator",
    "business",
    "owner",
    "principal",
];

/// Words of a team's name ("Early Careers Team", "Talent Acquisition").
pub(super) const TEAM_WORDS: &[&str] = &[
    "team",
    "recruiting",
    "recruitment",
    "talent",
    "acquisition",
    "careers",
    "early",
    "hr",
    "people",
    "hiring",
];

/// Lower-case words inside names.
pub(super) const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "da", "di", "du", "le", "la", "bin", "al",
];

pub(super) const HONORIFICS: &[&str] = &["dr", "mr", "mrs", "ms", "miss", "prof"];

/// Labelled lines whose value is not the writer's email (the candidate's
/// own address appears on them).
pub(super) const OTHER_PEOPLES_LINES: &[&str] = &["to", "cc", "bcc", "guests", "who", "attendees"];

// The employer, the agency and the role (`company.rs`, `role.rs`).

/// Nouns after a role's name ("the Junior Accountant role").
pub(super) const ROLE_NOUNS: &[&str] = &["role", "position", "post", "opening", "vacancy", "job"];

/// Nouns that are part of the role's name ("Graduate Analyst Programme").
pub(super) const ROLE_NAMES: &[&str] = &["programme", "program", "internship", "apprenticeship"];

/// Words before a role's name.
pub(super) const DETERMINERS: &[&str] = &["the", "our", "a", "an", "this", "your", "their"];

/// Capitalised words that do not start an employer's name.
pub(super) const NOT_COMPANIES: &[&str] = &[
    "i",
    "we",
    "our",
    "you",
    "your",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "microsoft",
    "zoom",
    "teams",
    "google",
    "linkedin",
    "indeed",
    "hi",
    "hello",
    "dear",
    "thanks",
    "interview",
    "please",
    "series",
];

/// Legal forms that end a company's name.
pub(super) const SUFFIXES: &[&str] = &[
    "ltd", "llp", "llc", "inc", "gmbh", "plc", "pvt", "co", "corp", "limited", "ag", "sa", "bv",
];

/// Words that make an organisation an agency ("Redpath Recruitment",
/// "Northstar Search").
pub(super) const AGENCY_WORDS: &[&str] = &[
    "recruitment",
    "search",
    "staffing",
    "resourcing",
    "personnel",
    "headhunters",
];

/// Words that make it an agency only in a text about a client ("Summit
/// Talent Partners"; an employer's "Talent" team is not one).
pub(super) const AGENCY_WORDS_WITH_CLIENT: &[&str] = &["talent", "recruiting", "partners"];

/// Words in a text that say an agency is writing for a client.
pub(super) const CLIENT_CUES: &[&str] = &["client", "behalf", "agency", "recruiter"];

// Stage, format, service and address (`stage.rs`).

/// Phrases that make the round a final one. "panel" alone is not enough:
/// "once the panel's diaries are settled" is about scheduling.
pub(super) const FINAL: &[&str] = &[
    "final round",
    "final interview",
    "final stage",
    "final step",
    "final-round",
    "last round",
    "panel interview",
    "interview panel",
    "onsite panel",
    "final panel",
];

/// Screening calls (stage `phone_screen`, whatever the medium).
pub(super) const SCREENING: &[&str] = &[
    "phone screen",
    "phone screening",
    "telephone screen",
    "screening call",
    "phone interview",
    "telephone interview",
    "phone call",
    "intro call",
    "introductory call",
    "initial call",
    "initial phone",
    "quick call",
];

/// The person goes somewhere.
pub(super) const IN_PERSON: &[&str] = &[
    "in person",
    "onsite",
    "on site",
    "come in",
    "come into",
    "have you in",
    "our office",
    "our offices",
    "their office",
    "our studio",
    "our site",
    "our branch",
    "leasing office",
    "head office",
    "our premises",
    "at reception",
    "face to face",
];

pub(super) const VIDEO: &[&str] = &["video", "virtual", "videocall"];

pub(super) const PHONE: &[&str] = &["phone", "telephone", "call you", "ring you", "call", "dial"];

/// Meeting services and the name to show for each (first spelling wins;
/// one-word names count only capitalised, "Teams" not "teams").
pub(super) const SERVICES: &[(&str, &str)] = &[
    ("microsoft teams", "Microsoft Teams"),
    ("ms teams", "Microsoft Teams"),
    ("teams", "Microsoft Teams"),
    ("google meet", "Google Meet"),
    ("meet.google", "Google Meet"),
    ("zoom", "Zoom"),
    ("webex", "Webex"),
    ("skype", "Skype"),
    ("whereby", "Whereby"),
    ("hirevue", "HireVue"),
    ("bluejeans", "BlueJeans"),
    ("goto meeting", "GoTo Meeting"),
    ("gotomeeting", "GoTo Meeting"),
    ("jitsi", "Jitsi"),
    ("chime", "Amazon Chime"),
];

/// Service names that are also ordinary words ("our teams", "chime in").
pub(super) const CAPITALISED_ONLY: &[&str] = &["teams", "chime"];

/// Words that end a street name ("Quay Street", "Larimer St").
pub(super) const STREETS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "way",
    "square",
    "place",
    "parade",
    "quay",
    "row",
    "court",
    "boulevard",
    "blvd",
    "crescent",
    "terrace",
    "wharf",
    "plaza",
    "parkway",
    "park",
    "estate",
    "strasse",
    "straße",
    "close",
    "gardens",
    "hill",
    "mews",
];

/// Words that may sit inside an address in lower case.
pub(super) const ADDRESS_WORDS: &[&str] =
    &["floor", "suite", "level", "unit", "st", "nd", "rd", "th"];

/// Line labels whose value is the place.
pub(super) const LABELS: &[&str] = &["location", "address", "where", "venue", "place"];

/// Words after which an address follows ("Our office is located at").
pub(super) const ADDRESS_CUES: &[&str] = &["located at", "our address is", "find us at", "held at"];

// Reply-by dates and forwarded headers (`read.rs`).

/// Words that ask for an answer by a date.
pub(super) const REPLY_CUES: &[&str] = &["by", "until", "before", "than", "deadline"];

/// Words allowed between a reply cue and its date ("by close of play on
/// Friday", "by end of day tomorrow", "by 11:59 PM GMT on Sunday").
pub(super) const REPLY_BRIDGE: &[&str] = &[
    "on",
    "close",
    "of",
    "play",
    "end",
    "the",
    "day",
    "eod",
    "cob",
    "business",
    ",",
    "lunchtime",
    "noon",
    "midday",
    "this",
    "next",
    "at",
];

/// Header lines of a forwarded mail.
pub(super) const HEADER_LABELS: &[&str] = &["from", "to", "sent", "cc", "subject"];

// Lengths (`lengths.rs`).

/// Lengths of time. Words after a length that make it something else
/// than the interview's ("a 10-minute presentation", "10 minutes early").
pub(super) const NOT_THE_LENGTH: &[&str] = &[
    "presentation",
    "early",
    "before",
    "break",
    "drive",
    "walk",
    "prior",
    "ago",
    "late",
    "task",
    "exercise",
    "test",
    "assessment",
    "to",
    "of",
];
