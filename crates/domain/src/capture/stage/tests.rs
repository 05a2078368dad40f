use super::*;

fn read(
    text: &str,
) -> (
    Option<InterviewStage>,
    Option<InterviewFormat>,
    Option<String>,
) {
    let parsed = Text::new(text);
    let place = location(&parsed);
    let service = meeting_service(&parsed);
    (
        stage(&parsed, place, service).map(|c| c.0),
        format(&parsed, place, service).map(|c| c.0),
        place.map(|(s, e)| parsed.span_text(s, e)),
    )
}

#[test]
fn a_video_final_is_final_on_video() {
    let (stage, format, _) = read("the final round will be on Zoom");
    assert_eq!(stage, Some(InterviewStage::Final));
    assert_eq!(format, Some(InterviewFormat::Video));
}

#[test]
fn screens_and_places() {
    assert_eq!(
        read("a quick phone screen; I'll call you").0,
        Some(InterviewStage::PhoneScreen)
    );
    let (stage, format, place) = read("We're at 3 Hardman Street, Manchester M3 3HF. Thanks");
    assert_eq!(
        (stage, format),
        (
            Some(InterviewStage::InPerson),
            Some(InterviewFormat::InPerson)
        )
    );
    assert_eq!(
        place.as_deref(),
        Some("3 Hardman Street, Manchester M3 3HF")
    );
    let (_, _, place) = read("our leasing office: 1550 N. Central Ave, Phoenix, AZ 85004.");
    assert_eq!(
        place.as_deref(),
        Some("1550 N. Central Ave, Phoenix, AZ 85004")
    );
    assert_eq!(read("Location: Microsoft Teams").2, None);
    assert_eq!(read("once the panel's diaries are settled").0, None);
}

#[test]
fn services_by_name_or_link() {
    let name = |t: &str| meeting_service(&Text::new(t)).map(|c| c.0);
    assert_eq!(
        name("join at https://meet.google.com/abc"),
        Some("Google Meet")
    );
    assert_eq!(name("via Teams"), Some("Microsoft Teams"));
    assert_eq!(name("our teams are"), None);
    assert_eq!(name("a zoom link"), Some("Zoom"));
}
