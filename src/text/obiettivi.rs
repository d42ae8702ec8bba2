//! Texts of the obiettivi page (filled in with the page).
