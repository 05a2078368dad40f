//! Word lists about how a message sounds: what turns a phrase around, what
//! the writer says about themselves, and the phrases that make a reader
//! wince (form letters, passive aggression, demands, apologies piled up,
//! offers a no does not mean). Same shape as the lists in `words.rs`.

use crate::messages::scan::{phrases, Phrases};

/// Words that turn the phrase after them around: "I don't think I'm the
/// perfect fit" is modest, not enthusiastic, and "I won't change my mind"
/// is no promise. Any token ending in "n't" counts too (see
/// `detect::context`), so "don't", "won't" and "can't" need no entry.
pub(in crate::messages) const NEGATORS: &[&str] = &[
    "not", "no", "never", "cannot", "unable", "nor", "neither", "hardly", "without",
];

/// How many tokens before a phrase a negator may stand, within its clause
/// ("I don't think this is the perfect fit": five).
pub(in crate::messages) const NEGATION_WINDOW: usize = 5;

/// Strong words that, said of oneself, are guilt rather than criticism:
/// "I feel awful about the short notice" is the sincere apology the seed
/// asks for ("offer a sincere apology"), not a complaint.
pub(in crate::messages) const GUILT_WORDS: &[&str] = &["awful", "terrible", "dreadful", "horrible"];

/// Words just before a guilt word that make it about the writer.
/// ("The process was awful" has no such word and stays criticism.)
pub(in crate::messages) const FEELING_WORDS: &[&str] =
    &["feel", "feels", "felt", "feeling", "i'm", "am"];

/// "Hate" said of an act of one's own is an idiom of regret, not a
/// complaint: "I hate to cancel", "I hate having to say no".
pub(in crate::messages) const HATE_WORDS: &[&str] = &["hate", "hated"];

/// Words right after a `HATE_WORDS` word that make it that idiom.
pub(in crate::messages) const SELF_AFTER: &[&str] = &["to", "having"];

/// Any strong word aimed at oneself is not criticism of them ("annoyed
/// with myself").
pub(in crate::messages) const REFLEXIVE: &[&str] = &["myself"];

/// Statements of continuing interest. Whether they contradict a no depends
/// on their object: the seed recommends "expressing your continued interest
/// in the company" (in a LinkedIn note, and so in a decline), so interest
/// in the company, the team or future roles is fine; interest in the very
/// role or interview being turned down is not.
pub(in crate::messages) const INTEREST: Phrases = phrases![
    "still interested",
    "still very interested",
    "still keen",
    "still very keen",
    "remain interested",
    "remain very interested",
    "remain keen",
    "very much interested",
];

/// Objects that make continuing interest about what is being turned down
/// ("still interested in the role", "... in it"). Plural "roles" and
/// "opportunities" are the future, not this one, and stay allowed.
pub(in crate::messages) const DECLINED_OBJECTS: &[&str] = &[
    "role",
    "position",
    "job",
    "interview",
    "opportunity",
    "vacancy",
    "opening",
    "offer",
    "it",
];

/// Excitement about the future that contradicts a no. The seed: "not
/// creating a false impression of continued interest." Negated ("I won't
/// change my mind") they are no promise.
pub(in crate::messages) const FUTURE_PROMISES: Phrases = phrases![
    "definitely reconsider",
    "will reconsider",
    "might reconsider",
    "may reconsider",
    "change my mind",
    "can't wait",
    "cannot wait",
    "look forward to interviewing",
    "look forward to the interview",
    "looking forward to interviewing",
    "looking forward to the interview",
    "look forward to meeting",
    "looking forward to meeting",
    "hope to interview",
    "keep my application open",
];

/// Offers a decline does not mean. REVIEW.md: "an offer not meant ...
/// 'happy to reschedule' inside a decline: they will take you up on it."
/// A late cancellation may offer a new time; a decline may not.
pub(in crate::messages) const OFFERS: Phrases = phrases![
    "reschedul*",
    "rearrang*",
    "postpone*",
    "another time",
    "another date",
    "another day",
    "a new time",
    "a new date",
    "a later date",
    "still available",
    "still meet",
    "still chat",
    "still talk",
    "free for a call",
    "free to talk",
    "free to chat",
    "happy to interview",
    "glad to interview",
    "move the interview",
];

/// Form-letter phrases. REVIEW.md: "stock or form phrases ('after careful
/// consideration', 'at this time', 'In brief:') sound like a rejection
/// letter or a form." The seed asks for "a simple, direct, and honest
/// approach".
pub(in crate::messages) const STOCK_PHRASES: Phrases = phrases![
    "after careful consideration",
    "after careful reflection",
    "after careful thought",
    "after much consideration",
    "after much deliberation",
    "at this time",
    "at this point in time",
    "in brief",
    "regret to inform",
    "please be advised",
    "please be informed",
    "to whom it may concern",
    "writing to inform you",
    "like to inform you",
    "should you have any questions",
    "feel free to reach out",
    "please accept this",
    "formal notice",
    "the above position",
    "the above role",
    "aforementioned",
    "do not hesitate",
    "don't hesitate",
];

/// Passive-aggressive phrases that point out the reader missed something.
/// They cost the goodwill a decline exists to keep (the seed: "maintaining
/// a professional and positive relationship").
pub(in crate::messages) const PASSIVE_AGGRESSIVE: Phrases = phrases![
    "per my last",
    "per my previous",
    "as per my",
    "as previously stated",
    "as previously mentioned",
    "as stated previously",
    "as already stated",
    "as already mentioned",
    "as i've already said",
    "as i have already said",
    "as i already said",
    "as i already mentioned",
    "as i already explained",
    "i already told you",
    "to reiterate",
    "as noted",
    "friendly reminder",
    "gentle reminder",
    "in case you missed",
    "not sure if you saw",
    "since my last",
];

/// Recaps that are passive-aggressive in a fresh message but honest in
/// one that confirms a call ("As I said on the phone, ...").
pub(in crate::messages) const RECAPS: Phrases = phrases![
    "as i mentioned",
    "as i said",
    "as i explained",
    "as i stated",
    "as i have said",
    "as i've said",
];

/// Demands for feedback or an explanation. A candidate may ask kindly for
/// feedback, but a demand turns a courtesy into a grievance (REVIEW.md:
/// "blame or criticism burns the bridge").
pub(in crate::messages) const FEEDBACK_DEMANDS: Phrases = phrases![
    "please tell me why",
    "please explain why",
    "let me know why",
    "tell me why i",
    "tell me why you",
    "explain why i",
    "explain why you",
    "know why i",
    "know why you",
    "why wasn't i",
    "why was i",
    "what went wrong",
    "want to know why",
    "want an explanation",
    "want feedback",
    "i expect feedback",
    "i expect an explanation",
    "i expect a response",
    "i expect a reply",
    "i demand",
    "i deserve",
    "you owe me",
    "i insist",
];

/// Apology words, counted for over-apology. REVIEW.md: "over-apology:
/// three 'sorry's makes a small thing big."
pub(in crate::messages) const APOLOGY_WORDS: Phrases = phrases!["sorry", "apolog*"];

/// Apologies a message may hold before the third reads as too many.
pub(in crate::messages) const MAX_APOLOGIES: usize = 2;

/// Intensifiers: two in a row before an apology ("so so sorry", "really
/// really sorry") make it gush.
pub(in crate::messages) const INTENSIFIERS: &[&str] = &[
    "so",
    "very",
    "really",
    "truly",
    "terribly",
    "deeply",
    "extremely",
    "incredibly",
    "awfully",
    "sincerely",
];
