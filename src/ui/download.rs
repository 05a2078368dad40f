//! Saving text as a file from the browser, with no server: a Blob, an
//! object URL and a temporary `<a download>`.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Offers `contents` for download as `file_name` with the given MIME type.
/// Returns a message a user can act on when the browser refuses.
pub fn download_text(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "This browser could not prepare the file.".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "This browser could not prepare the download.".to_string())?;
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| "Could not start the download.".to_string())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_attribute("hidden", "").ok();
    if let Some(body) = document().body() {
        body.append_child(&anchor).ok();
        anchor.click();
        body.remove_child(&anchor).ok();
    }
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}
