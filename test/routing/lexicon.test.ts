import { describe, expect, test } from "vitest";
import {
  compileLexicon,
  createComplaintClassifier,
  ROUTING_LEXICON,
  ROUTING_PROCEDURES,
  TEAMS,
  CATEGORIES,
  type LexiconSource,
} from "kuaidi-kefu/routing";

describe("the shipped lexicon", () => {
  test("compiles, and every category and signal has cues", () => {
    const r = compileLexicon(ROUTING_LEXICON);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.size).toBeGreaterThan(400);
    for (const c of CATEGORIES) expect(ROUTING_LEXICON.categories[c.id].length).toBeGreaterThan(3);
    for (const list of Object.values(ROUTING_LEXICON.escalation))
      expect(list.length).toBeGreaterThan(3);
  });

  test("the issue's non-complaints are in it", () => {
    const words = ROUTING_LEXICON.praise.map((c) => (typeof c === "string" ? c : c[0]));
    expect(words).toEqual(expect.arrayContaining(["包装完好", "物流很快", "不是快递的问题"]));
  });

  test("procedures cover every group", () => {
    for (const t of TEAMS) expect(ROUTING_PROCEDURES.teams[t.id].default.length).toBeGreaterThan(0);
  });
});

describe("compileLexicon", () => {
  const minimal: LexiconSource = {
    format: "kuaidi-kefu/routing-lexicon",
    version: 1,
    categories: {
      delay: [["拖拖拉拉", 2]],
      loss: ["丢"],
      damage: [],
      "delivery-service": [],
      "pickup-service": [],
      "improper-charge": [],
      cod: [],
      other: [],
    },
    generic: [],
    request: [],
    escalation: {
      regulator: [["ＡＢＣ", 3]],
      media: [],
      lawyer: [],
      insult: [],
      repeat: [],
      compensation: [],
    },
    claimDispute: [],
    perishable: [],
    customs: [],
    praise: ["挺好"],
    neutral: [],
    negators: { adjacent: ["没"], scoped: ["没有"] },
    contrast: ["但是"],
    contrastInitial: [],
    concession: ["虽然"],
    inquiry: ["吗"],
  };

  test("a host's own lexicon", () => {
    const r = createComplaintClassifier({ lexicon: minimal });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.classify("网点拖拖拉拉").category).toBe("延误");
    expect(r.value.classify("没拖拖拉拉").isComplaint).toBe(false);
    // Cue words are folded like texts: full-width ＡＢＣ matches abc.
    expect(r.value.classify("我要找abc").team).toBe("升级小组");
    const compiled = compileLexicon(minimal);
    if (!compiled.ok) throw new Error("compile");
    const again = createComplaintClassifier({ lexicon: compiled.value });
    expect(again.ok && again.value.classify("丢了").category).toBe("丢失短少");
  });

  test("optional lists may be left out", () => {
    expect(compileLexicon({ categories: {} }).ok).toBe(true);
  });

  test.each([
    ["not an object", 5, "the lexicon must be an object"],
    ["array", [], "the lexicon must be an object"],
    ["no categories", {}, "categories must be an object with a list per category id"],
    ["unknown category", { categories: { slow: [] } }, 'unknown category "slow"'],
    ["list not array", { categories: { delay: "慢" } }, "categories.delay must be a list"],
    [
      "bad pair",
      { categories: { delay: [["慢"]] } },
      'categories.delay[0]: a cue must be "words" or ["words", weight]',
    ],
    [
      "weight",
      { categories: { delay: [["慢", 11]] } },
      "categories.delay[0]: weight must be a number from 0 to 10",
    ],
    [
      "empty cue",
      { categories: { delay: ["  "] } },
      "categories.delay[0]: cue words must have 1 to 32 characters",
    ],
    [
      "escalation",
      { categories: {}, escalation: [] },
      "escalation must be an object with a list per signal",
    ],
    [
      "adjacent negator",
      { categories: {}, negators: { adjacent: ["没有"] } },
      "negators.adjacent holds one-character words only",
    ],
    ["too many", { categories: { delay: new Array(20_001).fill("慢") } }, "more than 20000 cues"],
  ])("%s", (_name, source, reason) => {
    const r = compileLexicon(source, { locale: "en" });
    expect(r.ok ? "" : r.error.message).toBe(`invalid lexicon: ${reason}`);
  });

  test("crafted keys do not pollute", () => {
    const r = compileLexicon(
      JSON.parse('{"categories":{},"__proto__":{"polluted":1},"praise":["好"]}'),
    );
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
