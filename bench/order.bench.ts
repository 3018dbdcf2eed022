import * as z from "zod";
import {
  createGoodsMatcher,
  findProhibitedGoods,
  validateOrder,
  type GoodsTerm,
} from "../src/order/index.ts";
import { TERM_TABLE } from "../src/order/data/goods-lexicon.ts";
import { parsePhone } from "../src/phone/index.ts";
import type { BenchCase } from "./harness.ts";

/** A realistic phone order: the seed's dispatch example with every element filled in. */
const ORDER = {
  shipper: { name: "王先生", phone: "13823033212" },
  consignee: { name: "马先生", phone: "0571-25852654" },
  goods: { name: "汽车配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
  pickupAddress: "深圳市宝安区福永街道凤凰路1号",
  destination: "浙江杭州",
  payment: "现付",
  pickupFee: "100元",
  orderedAt: "2011-03-10 10:21",
};

/** The same shape as a plain zod schema: types and lengths only, no normalisation, no rules. */
const NumOrText = z.union([z.number(), z.string().max(64)]);
const Contact = z.object({
  name: z.string().max(50).nullish(),
  phone: z.union([z.string().max(64), z.number()]),
});
const PlainOrder = z.object({
  channel: z.literal("phone").optional(),
  shipper: Contact,
  consignee: Contact.nullish(),
  goods: z.object({
    name: z.string().max(200),
    description: z.string().max(1000).nullish(),
    pieces: NumOrText.optional(),
    weight: NumOrText,
    volume: NumOrText.nullish(),
  }),
  pickupAddress: z.union([
    z.string().max(256),
    z.object({ detail: z.string().max(200).nullish() }),
  ]),
  destination: z.union([z.string().max(256), z.object({ detail: z.string().max(200).nullish() })]),
  payment: z.union([z.string().max(64), z.object({ method: z.string().max(32) })]),
  pickupFee: z.union([z.number(), z.string().max(32)]).nullish(),
  deliveryFee: z.union([z.number(), z.string().max(32)]).nullish(),
  orderedAt: z.union([z.date(), z.number(), z.string().max(40)]).nullish(),
  remarks: z.string().max(500).nullish(),
});

const SHORT = ["汽车配件", "打火机壳 100个", "两箱打火机", "衣服鞋子", "非易燃液体", "充电宝"];

/** About 2 KB of a customer's goods description: ordinary words with a few lexicon hits. */
function longText(): string {
  const words = [
    "机床配件",
    "纸箱包装",
    "五金工具",
    "螺丝",
    "轴承",
    "衣服",
    "茶叶",
    "书籍",
    "打火机壳",
    "不含酒精",
    "电池",
    "手机壳",
  ];
  let s = "";
  let i = 0;
  while (s.length < 2048) s += `${words[(i++ * 7) % words.length]}，`;
  return s.slice(0, 2048);
}
const LONG = longText();

const BASE_TERMS = TERM_TABLE.filter(([, kind]) => kind !== 3 && kind !== 4).map(([t]) => t);

/** Deterministic synthetic terms of 2-4 Han characters, so the lexicon can be grown 10x. */
function syntheticTerms(n: number): GoodsTerm[] {
  const out: GoodsTerm[] = [];
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  for (let i = 0; i < n; i++) {
    const len = 2 + (next() % 3);
    let t = "";
    for (let k = 0; k < len; k++) t += String.fromCharCode(0x4e00 + (next() % 20000));
    out.push({ term: t, kind: "review", category: 19 });
  }
  return out;
}

function naive(terms: readonly string[], text: string): number {
  let n = 0;
  for (const t of terms) if (text.includes(t)) n++;
  return n;
}

export default function orderBench(): BenchCase[] {
  const grownExtra = syntheticTerms(BASE_TERMS.length * 9);
  const grown = createGoodsMatcher(grownExtra);
  const grownTerms = [...BASE_TERMS, ...grownExtra.map((t) => t.term)];
  const base = createGoodsMatcher();
  // Warm both automata so the build is not measured.
  base.find("x");
  grown.find("x");
  const check = validateOrder(ORDER);
  if (!check.ok || !PlainOrder.safeParse(ORDER).success)
    throw new Error("bench order must be valid");
  return [
    {
      task: "validate a realistic phone order (full rules, ≤3x plain zod)",
      subject: "validateOrder",
      run: () => validateOrder(ORDER),
      baseline: "plain zod schema, same shape",
      runBaseline: () => PlainOrder.safeParse(ORDER),
      targetRatio: 1 / 3,
      extra: { lexiconTerms: base.size },
    },
    {
      // How much of the order's budget the phone module alone takes (both contacts' numbers).
      task: "the order's two phone numbers alone (parsePhone x2)",
      subject: "parsePhone x2",
      run: () => {
        parsePhone(ORDER.shipper.phone);
        parsePhone(ORDER.consignee.phone);
      },
      baseline: "plain zod schema, same shape",
      runBaseline: () => PlainOrder.safeParse(ORDER),
    },
    {
      task: "prohibited goods, short goods names (6 texts)",
      subject: "findProhibitedGoods",
      run: () => {
        for (const t of SHORT) findProhibitedGoods(t);
      },
      baseline: "includes loop over the same lexicon",
      runBaseline: () => {
        for (const t of SHORT) naive(BASE_TERMS, t);
      },
      itemsPerIteration: SHORT.length,
      targetRatio: 1,
    },
    {
      task: "prohibited goods, 2 KB description",
      subject: "findProhibitedGoods",
      run: () => findProhibitedGoods(LONG),
      baseline: "includes loop over the same lexicon",
      runBaseline: () => naive(BASE_TERMS, LONG),
      targetRatio: 1,
    },
    {
      task: "prohibited goods, 2 KB, lexicon grown 10x",
      subject: "GoodsMatcher.find (10x lexicon)",
      run: () => grown.find(LONG),
      baseline: "includes loop over the 10x lexicon",
      runBaseline: () => naive(grownTerms, LONG),
      targetRatio: 1,
      extra: { terms: grown.size },
    },
    {
      task: "prohibited goods, 2 KB: 10x lexicon vs 1x (flat ≈ 1)",
      subject: "GoodsMatcher.find (10x lexicon)",
      run: () => grown.find(LONG),
      baseline: "GoodsMatcher.find (1x lexicon)",
      runBaseline: () => base.find(LONG),
      targetRatio: 0.7,
    },
  ];
}
