//! Texts of the glossario page (filled in with the page).
