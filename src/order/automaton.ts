/**
 * A minimal Aho-Corasick automaton over UTF-16 code units. One pass over the text finds every
 * occurrence of every pattern, so the cost is linear in the text length plus the number of
 * matches, however many patterns there are (a loop of `includes` costs text × patterns).
 */
export interface Automaton {
  /** Feeds one code unit and returns the new state; start from state 0. */
  step(state: number, c: number): number;
  /** The patterns ending in `state` (shared array: do not modify). */
  outputs(state: number): readonly number[];
  /** Length of the longest pattern. */
  readonly longest: number;
  /** The patterns, by index. */
  readonly patterns: readonly string[];
  /** Scans a whole string: `onMatch(pattern, end)` with `end` exclusive. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void;
}

/** Builds the automaton. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // The root's transitions in a dense table (most characters of a text leave the automaton at
  // the root, so that lookup must be one array read); while building, deeper ones in a map
  // keyed by state * 65536 + code unit, flattened below for scanning.
  const root = new Int32Array(65536);
  const goto = new Map<number, number>();
  const fail: number[] = [0];
  const out: number[][] = [[]];
  const childCodes: number[][] = [[]];
  const childStates: number[][] = [[]];
  let longest = 0;
  const next = (s: number, c: number): number | undefined => {
    if (s === 0) {
      const t = root[c]!;
      return t === 0 ? undefined : t;
    }
    return goto.get(s * 65536 + c);
  };
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    longest = Math.max(longest, p.length);
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let t = next(s, c);
      if (t === undefined) {
        t = fail.length;
        fail.push(0);
        out.push([]);
        childCodes.push([]);
        childStates.push([]);
        if (s === 0) root[c] = t;
        else goto.set(s * 65536 + c, t);
        childCodes[s]!.push(c);
        childStates[s]!.push(t);
      }
      s = t;
    }
    out[s]!.push(index);
  });
  // Breadth-first: children of the root fail to the root; deeper states follow their parent's
  // failure chain. Outputs are merged along the failure link so a step needs no inner walk.
  const queue: number[] = [...childStates[0]!];
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    const cs = childCodes[s]!;
    const ts = childStates[s]!;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k]!;
      const c = cs[k]!;
      let f = fail[s]!;
      let n = next(f, c);
      while (n === undefined && f !== 0) {
        f = fail[f]!;
        n = next(f, c);
      }
      fail[t] = n ?? 0;
      const inherited = out[fail[t]!]!;
      if (inherited.length > 0) out[t] = out[t]!.concat(inherited);
      queue.push(t);
    }
  }
  // Deeper transitions flattened (CSR): the children of state s are codes[first[s] ..
  // first[s + 1]), sorted, with their targets alongside. Most states have one to three
  // children, so a short scan beats hashing; larger fan-outs use binary search.
  const n = fail.length;
  const first = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) first[s + 1] = first[s]! + (s === 0 ? 0 : childCodes[s]!.length);
  const codes = new Int32Array(first[n]!);
  const targets = new Int32Array(first[n]!);
  for (let s = 1; s < n; s++) {
    const order = childCodes[s]!.map((c, k) => [c, childStates[s]![k]!] as const).sort(
      (x, y) => x[0] - y[0],
    );
    order.forEach(([c, t], k) => {
      codes[first[s]! + k] = c;
      targets[first[s]! + k] = t;
    });
  }
  const failArr = Int32Array.from(fail);
  const child = (s: number, c: number): number => {
    let lo = first[s]!;
    let hi = first[s + 1]!;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (codes[lo] === c) return targets[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = codes[mid]!;
      if (v === c) return targets[mid]!;
      if (v < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };
  goto.clear();
  const step = (state: number, c: number): number => {
    let s = state;
    while (s !== 0) {
      const t = child(s, c);
      if (t >= 0) return t;
      s = failArr[s]!;
    }
    return root[c]!;
  };
  const outputs = (state: number): readonly number[] => out[state]!;
  return {
    patterns,
    longest,
    step,
    outputs,
    scan(text, onMatch) {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        s = step(s, text.charCodeAt(i));
        const o = out[s]!;
        for (let k = 0; k < o.length; k++) onMatch(o[k]!, i + 1);
      }
    },
  };
}
