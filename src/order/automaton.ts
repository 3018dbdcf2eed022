/**
 * A minimal Aho-Corasick automaton over UTF-16 code units. One pass over the text finds every
 * occurrence of every pattern, so the cost is linear in the text length plus the number of
 * matches, however many patterns there are (a loop of `includes` costs text × patterns).
 */
export interface Automaton {
  /** Calls `onMatch(pattern, end)` for every occurrence, `end` exclusive, in order of `end`. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void;
  /** The patterns, by index. */
  readonly patterns: readonly string[];
}

/** Builds the automaton. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Transitions in one map keyed by state * 65536 + code unit: compact and fast enough for
  // a few thousand states, without a per-state object.
  const goto = new Map<number, number>();
  const fail: number[] = [0];
  const out: number[][] = [[]];
  const depth: number[] = [0];
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const key = s * 65536 + p.charCodeAt(i);
      let t = goto.get(key);
      if (t === undefined) {
        t = fail.length;
        fail.push(0);
        out.push([]);
        depth.push(depth[s]! + 1);
        goto.set(key, t);
      }
      s = t;
    }
    out[s]!.push(index);
  });
  // Breadth-first: children of the root fail to the root; deeper states follow their parent's
  // failure chain. Outputs are merged along the failure link so a scan needs no inner walk.
  const children: number[][] = fail.map(() => []);
  const codes: number[][] = fail.map(() => []);
  for (const [key, t] of goto) {
    const s = Math.floor(key / 65536);
    children[s]!.push(t);
    codes[s]!.push(key % 65536);
  }
  const queue: number[] = [];
  for (const t of children[0]!) queue.push(t);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    const kids = children[s]!;
    const cs = codes[s]!;
    for (let k = 0; k < kids.length; k++) {
      const t = kids[k]!;
      const c = cs[k]!;
      let f = fail[s]!;
      let next = goto.get(f * 65536 + c);
      while (next === undefined && f !== 0) {
        f = fail[f]!;
        next = goto.get(f * 65536 + c);
      }
      fail[t] = next !== undefined && next !== t ? next : 0;
      const inherited = out[fail[t]!]!;
      if (inherited.length > 0) out[t] = out[t]!.concat(inherited);
      queue.push(t);
    }
  }
  return {
    patterns,
    scan(text, onMatch) {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = goto.get(s * 65536 + c);
        while (next === undefined && s !== 0) {
          s = fail[s]!;
          next = goto.get(s * 65536 + c);
        }
        s = next ?? 0;
        const o = out[s]!;
        for (let k = 0; k < o.length; k++) onMatch(o[k]!, i + 1);
      }
    },
  };
}
