//! Cruscotto web app: mounts [`app::App`] on the page. Nothing else lives here.

mod app;
mod components;
mod load;
mod pages;
mod route;
mod state;
mod text;

fn main() {
    // Debug builds say why they panicked; release builds stay small.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
