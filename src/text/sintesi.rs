//! Texts of the sintesi page (filled in with the page).
