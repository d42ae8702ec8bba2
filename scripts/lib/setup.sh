# shellcheck shell=bash
# Set-up shared by scripts/serve and scripts/test. Sourced, not run.
#
# Every step checks first and installs only what is missing or at the wrong
# version, so running it again costs a few seconds. Nothing is downloaded
# outside the package registries (crates.io, npm, Debian): Trunk runs with
# `offline = true` and finds wasm-bindgen and wasm-opt on PATH.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NPM_DIR="$ROOT/tests/browser"
TRUNK_REQ="~0.21"           # 0.22 needs a newer rustc than 1.95
TRUNK_RE='^trunk 0\.21\.'
WASM_TARGET="wasm32-unknown-unknown"
CHROMIUM="/usr/bin/chromium"

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$NPM_DIR/node_modules/.bin:$PATH"
# Trunk: never check crates.io for a newer Trunk, never download tools.
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

say() { printf '==> [%4d s] %s\n' "$SECONDS" "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The exact wasm-bindgen version in Cargo.lock: the CLI must match it.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
        "$ROOT/Cargo.lock"
}

ensure_rust() {
    command -v cargo >/dev/null || { say "cargo not found: install Rust with rustup first"; exit 1; }
    local installed
    installed="$(rustup target list --installed)"
    if grep -qx "$WASM_TARGET" <<<"$installed"; then
        say "rust target $WASM_TARGET: present"
    else
        say "rust target $WASM_TARGET: installing"
        rustup target add "$WASM_TARGET"
    fi
    installed="$(rustup component list --installed)"
    local c
    for c in clippy rustfmt; do
        if grep -q "^$c" <<<"$installed"; then
            say "rust component $c: present"
        else
            say "rust component $c: installing"
            rustup component add "$c"
        fi
    done
}

ensure_trunk() {
    local have
    have="$(trunk --version 2>/dev/null || true)"
    if [[ "$have" =~ $TRUNK_RE ]]; then
        say "trunk: $have"
    else
        say "trunk: installing $TRUNK_REQ (about 7 minutes the first time)"
        cargo install trunk --version "$TRUNK_REQ" --locked
    fi
}

ensure_wasm_bindgen() {
    local want have
    want="$(wasm_bindgen_version)"
    [ -n "$want" ] || { say "wasm-bindgen not found in Cargo.lock"; exit 1; }
    have="$(wasm-bindgen --version 2>/dev/null || true)"
    if [ "$have" = "wasm-bindgen $want" ]; then
        say "wasm-bindgen-cli: $want"
    else
        say "wasm-bindgen-cli: installing $want (Cargo.lock; found: ${have:-none})"
        # Not --locked: the CLI's own lock file pins crates that no longer build.
        cargo install wasm-bindgen-cli --version "=$want"
    fi
}

# npm packages of tests/browser: playwright-core, axe-core and binaryen
# (whose wasm-opt Trunk uses for release builds). `npm ci` is skipped when
# node_modules was installed from the same package-lock.json.
ensure_npm() {
    command -v npm >/dev/null || { say "npm not found: install Node.js 20 or newer"; exit 1; }
    local stamp="$NPM_DIR/node_modules/.cruscotto-lock.sha256" want
    want="$(sha256sum "$NPM_DIR/package-lock.json" | cut -d' ' -f1) node-$(node --version)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        say "npm packages: up to date"
    else
        say "npm packages: npm ci"
        (cd "$NPM_DIR" && npm ci --no-audit --no-fund --loglevel=error)
        printf '%s\n' "$want" >"$stamp"
    fi
}

ensure_chromium() {
    if [ -x "$CHROMIUM" ]; then
        say "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present)"
    else
        say "chromium: installing Debian's chromium"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
    fi
}

# Crates for every target (the wasm ones too): Trunk builds with --offline.
fetch_crates() {
    say "crates: cargo fetch"
    (cd "$ROOT" && cargo fetch --quiet)
}

