import {
  findPhoneNumbersInText,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import { findPhones, isPhone, parsePhone } from "../src/phone/index.ts";
import { buildCorpus, FORMATTED } from "../test/phone/corpus.ts";
import type { BenchCase } from "./harness.ts";

/** Why a disagreement happens (the same reasons test/phone/libphonenumber.test.ts documents). */
function reason(input: string, ours: boolean): string {
  if (/^14[57]\d{8}$/.test(input)) return "data-only 145/147 (we reject, libphonenumber: mobile)";
  if (/转|-\d{1,6}$/.test(input)) return "extension 转802 / -802 (libphonenumber rejects)";
  if (/^9[56]\d{3,4}$/.test(input)) return "short number (libphonenumber-js has no short numbers)";
  if (/^0(?:10|2\d|[3-9]\d\d)[01]/.test(input)) return "local number starting with 0/1 (we reject)";
  return ours ? "other: we accept" : "other: we reject";
}

function smsTexts(): string[] {
  const base = [
    "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
    "[110310284]单号7551234567890,货物已超过配送时效2小时,请速处理。[8011]",
    "客户致电95338反馈快件问题，回电0755-83123456转802或13912345678，工单号20110310001",
    "收件人：李小姐 电话：（021）6123 4567 地址：上海市浦东新区 备注：到付，请先联系400-811-1111",
    "您好，您的快递已到达菜鸟驿站，取件码12-3-4567，如有疑问请联系+86 138 2303 3212。",
  ];
  const out: string[] = [];
  for (let i = 0; i < 40; i++) out.push(base[i % base.length] as string);
  return out;
}

export default function phoneBench(): BenchCase[] {
  const corpus = [...buildCorpus(), ...FORMATTED].map((e) => e.input);
  let same = 0;
  const disagreements: Record<string, number> = {};
  for (const input of corpus) {
    const ours = isPhone(input);
    if (ours === isValidPhoneNumber(input, "CN")) same++;
    else {
      const r = reason(input, ours);
      disagreements[r] = (disagreements[r] ?? 0) + 1;
    }
  }
  const valid = corpus.filter((x) => isPhone(x)).length;

  const texts = smsTexts();
  const ourFound = texts.reduce((n, t) => n + findPhones(t).length, 0);
  const theirFound = texts.reduce((n, t) => n + findPhoneNumbersInText(t, "CN").length, 0);

  return [
    {
      task: "validate CN numbers (corpus of valid and invalid)",
      subject: "isPhone",
      run: () => {
        let n = 0;
        for (const x of corpus) if (isPhone(x)) n++;
        return n;
      },
      baseline: "libphonenumber-js/max isValidPhoneNumber(x, 'CN')",
      runBaseline: () => {
        let n = 0;
        for (const x of corpus) if (isValidPhoneNumber(x, "CN")) n++;
        return n;
      },
      itemsPerIteration: corpus.length,
      targetRatio: 1,
      extra: { corpus: corpus.length, validHere: valid, sameVerdict: same, disagreements },
    },
    {
      task: "parse CN numbers into parts (corpus)",
      subject: "parsePhone",
      run: () => {
        let n = 0;
        for (const x of corpus) if (parsePhone(x).ok) n++;
        return n;
      },
      baseline: "libphonenumber-js/max parsePhoneNumberFromString + isValid",
      runBaseline: () => {
        let n = 0;
        for (const x of corpus) if (parsePhoneNumberFromString(x, "CN")?.isValid()) n++;
        return n;
      },
      itemsPerIteration: corpus.length,
    },
    {
      task: "find numbers in SMS-like texts (40 texts)",
      subject: "findPhones",
      run: () => {
        let n = 0;
        for (const t of texts) n += findPhones(t).length;
        return n;
      },
      baseline: "libphonenumber-js/max findPhoneNumbersInText(t, 'CN')",
      runBaseline: () => {
        let n = 0;
        for (const t of texts) n += findPhoneNumbersInText(t, "CN").length;
        return n;
      },
      itemsPerIteration: texts.length,
      extra: { foundHere: ourFound, foundByLibphonenumber: theirFound },
    },
  ];
}
