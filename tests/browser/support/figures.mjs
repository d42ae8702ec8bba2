// Exact decimal strings (as `cruscotto … --json` prints them) written as the
// page shows them: `it::number` with two decimals, half away from zero,
// Italian separators.

/** `1234.565` → `1.234,57`. */
export function italian(s) {
  const neg = s.startsWith('-');
  const [int, frac = ''] = s.replace('-', '').split('.');
  let cents = BigInt(int + (frac + '00').slice(0, 2));
  if ((frac[2] ?? '0') >= '5') cents += 1n;
  const t = cents.toString().padStart(3, '0');
  const grouped = t.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg && cents !== 0n ? '-' : ''}${grouped},${t.slice(-2)}`;
}

/** A score as the page prints it (`it::percent`); null → `—`. */
export const pct = (s) => (s === null || s === undefined ? '—' : `${italian(s)} %`);
