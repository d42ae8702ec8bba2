//! Texts of the uffici page (filled in with the page).
