//! Thin entry point: install the panic hook and mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    graceful_decline::ui::mount();
}

/// The app only runs in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "graceful-decline is a browser app: run `make serve` and open http://127.0.0.1:8080/"
    );
}
