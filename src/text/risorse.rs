//! Texts of the risorse page (filled in with the page).
