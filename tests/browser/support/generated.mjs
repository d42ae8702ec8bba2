// The large plan of the scale test and the calculator's measure: the shape
// of the core's bench generator (`crates/core/examples/bench.rs`), generated
// in JavaScript so the browser tests need no Rust build for it.

/** The bench's plan: LINES lines × 20 operational × 24 management objectives, 4–5 indicators each. */
export function generated(lines) {
  let ind = 0;
  let leaf = 0;
  const indicator = () => {
    ind += 1;
    const [kind, comparator, value, final] = [
      ['attivita', '>=', '5', `${ind % 6}`],
      ['efficienza', '>=', '24', `${10 + (ind % 30)}.5`],
      ['efficienza', '<=', '-1', `${(ind % 7) - 4}`],
      ['efficacia', '>=', '100', `${50 + (ind % 60)}.25`],
    ][(ind - 1) % 4];
    return { id: `i${ind}`, name: `Indicatore ${ind}`, kind, target: { comparator, value }, deadline: '2024-12-31', actual: { final } };
  };
  const objectives = [];
  for (let a = 0; a < lines; a++) {
    const strategic = [];
    for (let b = 0; b < 20; b++) {
      const operational = [];
      for (let c = 0; c < 24; c++) {
        const n = leaf < 1600 ? 5 : 4;
        leaf += 1;
        operational.push({
          id: `o${a}-${b}-${c}`,
          code: `S${a}-${b}_${c}`,
          level: 'gestionale',
          title: `Obiettivo gestionale ${a}.${b}.${c} per la città`,
          weight: c < 20 ? '4' : '5',
          units: [`u${(a * 20 + b) % 100}`],
          indicators: Array.from({ length: n }, indicator),
        });
      }
      strategic.push({ id: `s${a}-${b}`, level: 'operativo', title: `Obiettivo operativo ${a}.${b}`, weight: '5', children: operational });
    }
    objectives.push({ id: `l${a}`, level: 'linea', title: `Linea ${a}`, weight: '5', children: strategic });
  }
  return {
    format: 'cruscotto/1',
    document: { title: 'Piano generato', kind: 'relazione', municipality: { name: 'Grande' }, period: { start: 2024, end: 2024 } },
    levels: [
      { id: 'linea', name: 'Linea' },
      { id: 'operativo', name: 'Operativo' },
      { id: 'gestionale', name: 'Gestionale' },
    ],
    units: Array.from({ length: 100 }, (_, u) => ({ id: `u${u}`, name: `Ufficio ${u}`, kind: 'ufficio' })),
    scoring: { cap: '100', children: 'weighted' },
    objectives,
  };
}
