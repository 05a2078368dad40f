use super::*;

fn who(text: &str) -> [Option<String>; 3] {
    let found = sender(&Text::new(text));
    [found.name, found.title, found.email].map(|h| h.map(|h| h.value))
}

fn some(values: [&str; 3]) -> [Option<String>; 3] {
    values.map(|v| (!v.is_empty()).then(|| v.to_string()))
}

#[test]
fn signatures_after_a_closing() {
    assert_eq!(
        who("Hi,\n\nSee you then.\n\nKind regards,\n\nDr. Ana da Silva\nHead of People, Acme\nana@acme.io"),
        some(["Ana da Silva", "Head of People", "ana@acme.io"])
    );
    assert_eq!(
        who("Details below.\n\nBest,\nImogen Clarke | Talent Partner | Tidewater"),
        some(["Imogen Clarke", "Talent Partner", ""])
    );
    assert_eq!(
        who("Sounds good? — Theo Barnes, Co-founder & CEO")[1].as_deref(),
        Some("Co-founder & CEO")
    );
}

#[test]
fn teams_are_organisations_not_people() {
    let found = sender(&Text::new(
        "Book a slot.\n\nNorthfield Mutual Insurance | Talent Acquisition",
    ));
    assert_eq!(found.name, None);
    assert_eq!(
        found.orgs.first().map(|o| o.value.as_str()),
        Some("Northfield Mutual Insurance")
    );
    let found = sender(&Text::new("Good luck!\nMarlowe Capital Early Careers Team"));
    assert_eq!(found.name, None);
    assert_eq!(
        found.orgs.first().map(|o| o.value.as_str()),
        Some("Marlowe Capital")
    );
}

#[test]
fn names_from_introductions_and_labels() {
    assert_eq!(
        who("Hi Elena, this is Jake Moreno, a recruiter with Lattice Point."),
        some(["Jake Moreno", "Recruiter", ""])
    );
    assert_eq!(
        who("Organizer: lena.brandt@fernhill.de\nGuests: maya@example.com"),
        some(["Lena Brandt", "", "lena.brandt@fernhill.de"])
    );
    assert_eq!(
        who("To: me@example.com\nFrom a no-reply: no-reply@ats.com")[2],
        None
    );
}
