// Keyboard-only helpers: which element has the focus (through shadow roots),
// which elements a Tab can reach, and a tour of the page with Tab.

/** What every tab stop must be: a control a person can reach with Tab. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), ' +
  'select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Marks every tabbable, rendered element under `scope` (a CSS selector of
 * the page; for a shadow host its shadow root is searched, for a same-origin
 * iframe its document) with a number and returns how many there are.
 * Elements inside shadow roots are found too.
 */
export async function markTabbable(page, scope = 'body') {
  return page.evaluate(
    ({ scope, TABBABLE }) => {
      const start = document.querySelector(scope);
      const roots = [start.shadowRoot ?? start.contentDocument?.body ?? start];
      const found = [];
      while (roots.length) {
        const root = roots.shift();
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if (!el.matches(TABBABLE)) continue;
          if (!el.checkVisibility({ visibilityProperty: true })) continue;
          if (el.closest('[inert]')) continue;
          // A group of radio buttons is one stop (arrows move inside it):
          // the checked one, or the first if none is.
          if (el.type === 'radio' && el.name) {
            const group = [...root.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
            const stop = group.find((r) => r.checked) ?? group[0];
            if (stop !== el) continue;
          }
          found.push(el);
        }
      }
      found.forEach((el, i) => {
        el.__tabStop = i;
      });
      window.__tabStops = found.length;
      return found.length;
    },
    { scope, TABBABLE },
  );
}

/**
 * The element that has the focus, through shadow roots and same-origin
 * frames: its mark (from
 * `markTabbable`, or null), a short description, and whether its focus is
 * visible (an outline or a box shadow drawn by `:focus-visible`).
 */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    for (;;) {
      const inner = el?.shadowRoot?.activeElement ?? el?.contentDocument?.activeElement;
      if (!inner || inner === el.contentDocument?.body) break;
      el = inner;
    }
    if (!el) return null;
    const css = getComputedStyle(el);
    const outline = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0;
    const shadow = css.boxShadow && css.boxShadow !== 'none';
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
    return {
      mark: el.__tabStop ?? null,
      id: el.id,
      tag: el.tagName.toLowerCase(),
      what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} «${text}»`,
      visible: outline || shadow,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `stop(focus)` says so or `max` presses;
 * returns the focus after each press.
 */
export async function tabAlong(page, { stop, max = 1000, back = false }) {
  const stops = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (!f || stop(f, stops)) {
      stops.push(f);
      return stops;
    }
    stops.push(f);
  }
  throw new Error(`no end after ${max} presses of Tab`);
}
