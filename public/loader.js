// Starts the app without any inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'). Trunk writes
// the hashed file names into the data attributes (Trunk.toml, pattern_script).
const tag = document.querySelector('script[data-cruscotto-js]');
const { default: init } = await import(tag.dataset.cruscottoJs);
await init({ module_or_path: tag.dataset.cruscottoWasm });
