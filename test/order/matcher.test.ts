import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  createGoodsMatcher,
  findProhibitedGoods,
  PROHIBITED_CATEGORIES,
  RESTRICTED_ITEMS,
  type ProhibitedGoodsMatch,
} from "kuaidi-kefu/order";

const hits = (text: string): [string, string, number | string | undefined][] => {
  const r = findProhibitedGoods(text);
  if (!r.ok) throw new Error("not ok");
  return r.value.map((m) => [m.kind, m.term, m.category?.no ?? m.restricted?.id]);
};

describe("findProhibitedGoods", () => {
  test("official keywords name their category", () => {
    expect(hits("打火机")).toEqual([["prohibited", "打火机", 4]]);
    expect(hits("汽油两桶")).toEqual([["prohibited", "汽油", 5]]);
    expect(hits("鞭炮烟花")).toEqual([
      ["prohibited", "鞭炮", 3],
      ["prohibited", "烟花", 3],
    ]);
    expect(hits("象牙制品")).toEqual([["prohibited", "象牙制品", 17]]);
    expect(hits("管制刀具：匕首")).toEqual([
      ["prohibited", "管制刀具", 2],
      ["prohibited", "匕首", 2],
    ]);
  });

  test("a term in two categories is reported in both", () => {
    expect(hits("丙酮")).toEqual([
      ["prohibited", "丙酮", 5],
      ["prohibited", "丙酮", 12],
    ]);
  });

  test("the longest term wins over terms inside it", () => {
    expect(hits("过氧化氢")).toEqual([["prohibited", "过氧化氢", 7]]);
    expect(hits("蓄电池")).toEqual([["prohibited", "蓄电池", 11]]);
    expect(hits("甲基苯丙胺")).toEqual([["prohibited", "甲基苯丙胺", 12]]);
    expect(hits("固体酒精")).toEqual([["prohibited", "固体酒精", 6]]);
  });

  test("look-alikes do not fire", () => {
    expect(hits("打火机壳 100个")).toEqual([]);
    expect(hits("火药味的香水")).toEqual([["restricted", "香水", "liquids"]]);
    expect(hits("硫磺皂")).toEqual([]);
    expect(hits("汽油滤芯")).toEqual([]);
    expect(hits("子弹杯")).toEqual([]);
    expect(hits("大麻哈鱼")).toEqual([]);
    expect(hits("苯甲酸钠")).toEqual([]);
  });

  test("negations do not fire", () => {
    expect(hits("非易燃品")).toEqual([]);
    expect(hits("不含酒精")).toEqual([]);
    expect(hits("无酒精饮料")).toEqual([]);
    // The negated longer term leaves the restricted word after it.
    expect(hits("非易燃液体")).toEqual([["restricted", "液体", "liquids"]]);
    expect(hits("无汞电池")).toEqual([["restricted", "电池", "lithium_batteries_power_banks"]]);
  });

  test("one-character terms only count standing alone", () => {
    expect(hits("苯")).toEqual([["prohibited", "苯", 5]]);
    expect(hits("苯 5桶")).toEqual([["prohibited", "苯", 5]]);
    expect(hits("汞灯")).toEqual([]);
    expect(hits("钴蓝颜料")).toEqual([]);
    expect(hits("弓弩")).toEqual([["prohibited", "弓弩", 2]]);
  });

  test("restricted items are reported as restricted", () => {
    expect(hits("香烟两条")).toEqual([["restricted", "香烟", "cigarettes_cigars"]]);
    expect(hits("充电宝")).toEqual([["restricted", "充电宝", "lithium_batteries_power_banks"]]);
    expect(hits("电子烟")).toEqual([["restricted", "电子烟", "e_cigarettes"]]);
    expect(hits("宠物粮")).toEqual([]);
  });

  test("categories whose keywords cannot decide go to review", () => {
    expect(hits("高仿手表")).toEqual([["review", "高仿", 16]]);
    expect(hits("假币")).toEqual([["review", "假币", 15]]);
    expect(hits("盗版光盘")).toEqual([["review", "盗版", 13]]);
  });

  test("spans point into the original text, full-width folded first", () => {
    const r = findProhibitedGoods("货物：ＡＢ汽油");
    expect(r.ok && r.value.map((m) => [m.text, m.start, m.end])).toEqual([["汽油", 5, 7]]);
    const t = "一箱配件和两个打火机";
    const m = findProhibitedGoods(t);
    expect(m.ok && m.value.map((x) => t.slice(x.start, x.end))).toEqual(["打火机"]);
  });

  test("zero-width characters and compatibility forms do not hide a term", () => {
    const r = findProhibitedGoods("打\u200b火机");
    expect(r.ok && r.value.map((m) => [m.term, m.start, m.end])).toEqual([["打火机", 0, 4]]);
    expect(hits("⼀氧化碳")).toEqual([["prohibited", "一氧化碳", 4]]);
  });

  test("ordinary goods give nothing", () => {
    for (const t of ["配件", "衣服", "机床配件", "文件", "手机壳", "茶叶", "书籍"])
      expect(hits(t)).toEqual([]);
  });

  test("not text or too long is an issue, not a throw", () => {
    const a = findProhibitedGoods(42);
    expect(a.ok ? "" : a.error.code).toBe("input/not-text");
    const b = findProhibitedGoods("汽油".repeat(10), { maxLength: 5, locale: "en" });
    expect(b.ok ? "" : b.error.code).toBe("input/too-long");
    const c = findProhibitedGoods("配件汽油".repeat(25_000));
    expect(c.ok && c.value.length).toBe(25_000);
  });
});

describe("createGoodsMatcher", () => {
  test("extra terms of every kind", () => {
    const m = createGoodsMatcher([
      { term: "防狼喷雾", kind: "prohibited", category: 2 },
      { term: "古董", kind: "review", category: 19 },
      { term: "茅台", kind: "restricted", restrictedId: "liquids" },
      { term: "汽油味", kind: "look-alike" },
      { term: "不要", kind: "negator" },
    ]);
    const r = m.find("防狼喷雾 古董 茅台 汽油味 不要汽油");
    expect(r.ok && r.value.map((x) => [x.kind, x.term])).toEqual([
      ["prohibited", "防狼喷雾"],
      ["review", "古董"],
      ["restricted", "茅台"],
    ]);
    expect(m.size).toBeGreaterThan(createGoodsMatcher().size);
  });

  test("a broken term is a configuration error", () => {
    expect(() => createGoodsMatcher([{ term: "x", kind: "prohibited", category: 99 }])).toThrow(
      /\[kuaidi-kefu\]/,
    );
    expect(() =>
      createGoodsMatcher([{ term: "x", kind: "restricted", restrictedId: "nope" }]),
    ).toThrow(/\[kuaidi-kefu\]/);
  });

  test("the default matcher is shared", () => {
    expect(createGoodsMatcher()).toBe(createGoodsMatcher());
  });
});

describe("catalogue data", () => {
  test("19 categories, numbered in order; 8 restricted items", () => {
    expect(PROHIBITED_CATEGORIES.map((c) => c.no)).toEqual(
      Array.from({ length: 19 }, (_, i) => i + 1),
    );
    expect(PROHIBITED_CATEGORIES.filter((c) => c.review).map((c) => c.no)).toEqual([
      13, 15, 16, 18, 19,
    ]);
    expect(RESTRICTED_ITEMS).toHaveLength(8);
  });
});

describe("properties", () => {
  test("never throws; spans are inside the text and hold the term's characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (a, b) => {
        for (const t of [a, b, `${a}汽油${b}`, `${b}打火机${a}`]) {
          const r = findProhibitedGoods(t);
          expect(r.ok).toBe(true);
          for (const m of (r.ok ? r.value : []) as ProhibitedGoodsMatch[]) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(t.length);
            expect(m.text).toBe(t.slice(m.start, m.end));
          }
        }
      }),
    );
  });

  test("every hit is a term that occurs in the (folded) text", () => {
    const words = [
      "汽油",
      "打火机",
      "壳",
      "非",
      "无",
      "配件",
      "酒精",
      "固体",
      "苯",
      "甲",
      "电池",
      "蓄",
      " ",
      "，",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        const t = parts.join("");
        const r = findProhibitedGoods(t);
        for (const m of r.ok ? r.value : []) expect(t.includes(m.term)).toBe(true);
      }),
    );
  });
});
