import { SegmentedMessage } from "sms-segments-calculator";
import { createRequire } from "node:module";
import { count as smsLengthCount } from "sms-length";
import type { BenchCase } from "./harness.ts";
import {
  countSmsSegments,
  encodeDispatchSms,
  parseDispatchSms,
  type Dispatch,
} from "../src/sms/index.ts";

// split-sms ships no type declarations.
const { split: splitSmsPeer } = createRequire(import.meta.url)("split-sms") as {
  split: (text: string) => { characterSet: string; parts: unknown[] };
};

const SEED =
  "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";
const CHASER = "[110310284]单号755xxxxxxx,货物已超过配送时效2小时,请速处理。[8011]";

const SURNAMES = [..."王李张刘陈杨黄赵周吴"];
const GOODS = ["配件", "服装", "电器", "五金", "家具", "茶叶", "图书"];
const CITIES = ["杭州", "上海", "北京市", "广州市天河区", "义乌", "成都"];
const PAY = ["现付", "到付", "月结"] as const;

/** Deterministic pseudo-random numbers so every run measures the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function dispatchCorpus(n: number): string[] {
  const r = rng(42);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const d: Dispatch = {
      serial: `1103${String(10 + (i % 18)).padStart(2, "0")}${String(1 + (i % 999)).padStart(3, "0")}`,
      shipperName: `${pick(SURNAMES)}先生`,
      shipperPhone: `138${String(Math.floor(r() * 1e8)).padStart(8, "0")}`,
      goods: pick(GOODS),
      pieces: 1 + Math.floor(r() * 50),
      weightKg: 10 * (1 + Math.floor(r() * 100)),
      volumeM3: (1 + Math.floor(r() * 100)) / 10,
      destination: pick(CITIES),
      consigneeName: `${pick(SURNAMES)}小姐`,
      consigneePhone: `0571-${20000000 + Math.floor(r() * 6e7)}`,
      payment: pick(PAY),
      ...(r() < 0.6
        ? { extraCharges: [{ name: "提货费", amount: 50 + Math.floor(r() * 100) }] }
        : {}),
      ...(r() < 0.6 ? { note: pick(["15点前提", "下午3点前提", "易碎轻放"]) } : {}),
      staffNo: String(8000 + (i % 100)),
    };
    const e = encodeDispatchSms(d, {
      maxSegments: 3,
      ...(r() < 0.5 ? { compact: ["landline-without-dash"] as const } : {}),
    });
    if (e.ok) out.push(e.value.text);
  }
  return out;
}

/** The seed and its variants as people receive them: wrapped, full-width, 【】, kg, signature. */
function parseCorpus(dispatches: readonly string[]): string[] {
  const fullWidth = (t: string): string =>
    t.replace(/[0-9,[\]]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const wrap = (t: string): string => t.replace(/(.{7})/g, "$1\n");
  const base = [
    SEED,
    wrap(SEED),
    fullWidth(SEED),
    `【某某物流】${SEED.replace("公斤", "kg")}`,
    ...dispatches.slice(0, 96),
  ];
  return base.flatMap((t, i) => (i % 3 === 0 ? [t, wrap(fullWidth(t))] : [t]));
}

const MIXED = [
  "",
  "Your parcel 7551234567 is out for delivery today.",
  "Hello [world] {ok} ~ | € ^ \\",
  "]".repeat(153),
  "a".repeat(161),
  "Café à la carte: ÄÖÜ ñ ß £ ¥ § ¿¡",
  "Delivery delayed 😀 sorry!",
  "Ce weekend c'est Big Kiff !\r\nDécouvrez vite 4 nouveaux menus",
  `${"a".repeat(64)}😀${"a".repeat(62)}`,
  "快递已到，请凭取件码 1234 到驿站取件。",
  "您的快件已签收，如有疑问请致电 95338。",
  "𠮷野家 order #42 ready",
  "x".repeat(400),
  "中".repeat(160),
  "English text with one Chinese 字 at the end",
];

interface Answer {
  readonly encoding: "GSM-7" | "UCS-2";
  readonly segments: number;
}

function twilio(t: string): Answer {
  const m = new SegmentedMessage(t, "auto");
  return { encoding: m.encodingName === "GSM-7" ? "GSM-7" : "UCS-2", segments: m.segmentsCount };
}
function splitSmsAnswer(t: string): Answer {
  const r = splitSmsPeer(t);
  return { encoding: r.characterSet === "GSM" ? "GSM-7" : "UCS-2", segments: r.parts.length };
}
function smsLength(t: string): Answer {
  const r = smsLengthCount(t);
  return { encoding: r.encoding === "UTF16" ? "UCS-2" : "GSM-7", segments: r.messages };
}

function agreement(corpus: readonly string[], peer: (t: string) => Answer): string {
  let same = 0;
  for (const t of corpus) {
    const a = peer(t);
    const o = countSmsSegments(t);
    if (a.encoding === o.encoding && a.segments === o.segments) same++;
  }
  return `${same}/${corpus.length}`;
}

function countCases(label: string, corpus: readonly string[]): BenchCase[] {
  const runOurs = (): number => {
    let s = 0;
    for (const t of corpus) s += countSmsSegments(t).segments;
    return s;
  };
  const runPeer = (peer: (t: string) => Answer) => (): number => {
    let s = 0;
    for (const t of corpus) s += peer(t).segments;
    return s;
  };
  const peers: [string, (t: string) => Answer][] = [
    ["sms-segments-calculator", twilio],
    ["split-sms", splitSmsAnswer],
    ["sms-length", smsLength],
  ];
  return peers.map(([name, peer]) => ({
    task: `count segments: ${label} (${corpus.length} texts)`,
    subject: "countSmsSegments",
    run: runOurs,
    baseline: name,
    runBaseline: runPeer(peer),
    itemsPerIteration: corpus.length,
    targetRatio: 20,
    extra: { sameAnswers: agreement(corpus, peer) },
  }));
}

export default function smsBench(): BenchCase[] {
  const dispatches = dispatchCorpus(200);
  // Texts a gateway counts arrive flat (from a socket or a queue); the encoder's output and the
  // template literals here are V8 rope strings, so both corpora are flattened the same way.
  const flat = (texts: string[]): string[] => JSON.parse(JSON.stringify(texts)) as string[];
  const chinese = flat([...dispatches, SEED, CHASER]);
  const mixed = flat([...MIXED, ...MIXED.map((m) => `${m} ${SEED}`)]);
  const parseTexts = flat(parseCorpus(dispatches));
  let parsedOk = 0;
  for (const t of parseTexts) if (parseDispatchSms(t).ok) parsedOk++;
  return [
    ...countCases("Chinese dispatch SMS", chinese),
    ...countCases("mixed GSM / UCS-2 texts", mixed),
    {
      task: "parse dispatch SMS (seed + variants), SMS/s vs charCode floor",
      subject: "parseDispatchSms",
      run: () => {
        let n = 0;
        for (const t of parseTexts) if (parseDispatchSms(t).ok) n++;
        return n;
      },
      baseline: "for loop reading every charCodeAt",
      runBaseline: () => {
        let h = 0;
        for (const t of parseTexts)
          for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
        return h;
      },
      itemsPerIteration: parseTexts.length,
      extra: { texts: parseTexts.length, parsedOk },
    },
  ];
}
