//! Texts of the verifiche page (filled in with the page).
