//! Cruscotto web app: mounts [`app::App`] on the page. Nothing else lives here.

mod app;
mod components;
mod load;
mod text;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
