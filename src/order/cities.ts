import { foldText } from "./fold.ts";
import { CITY_TABLE, PROVINCE_TABLE } from "./data/cities.ts";

/**
 * A city recognised at the head of an address: the province and prefecture-level city (or
 * province-governed county-level unit) in their full official names, with the city's
 * division code. `city` is `null` when only the province could be told.
 *
 * @example
 * ```ts
 * import { recognizeCity, type RecognizedCity } from "kuaidi-kefu/order";
 * const c: RecognizedCity | undefined = recognizeCity("杭州");
 * c?.city; // => "杭州市"
 * ```
 */
export interface RecognizedCity {
  readonly province: string;
  readonly provinceCode: string;
  readonly city: string | null;
  readonly cityCode: string | null;
  /** The rest of the address after the province and city (normalised, spaces removed). */
  readonly detail: string;
}

interface Node {
  readonly province?: number;
  readonly city?: number;
}

interface Trie {
  readonly next: Map<number, Trie>;
  // Below the first character most nodes have one to three children: their codes and nodes
  // in two short arrays, scanned instead of hashed (filled once the trie is built).
  codes: number[];
  kids: Trie[];
  // Always present (undefined when no name ends here), so every node has one shape.
  value: Node | undefined;
}

interface Index {
  readonly trie: Trie;
  readonly provinceCity: Map<string, number>;
  /** Province table row by province code. */
  readonly provinceByCode: Map<string, (typeof PROVINCE_TABLE)[number]>;
}

let index: Index | undefined;

function getIndex(): Index {
  if (index) return index;
  const names = new Map<string, Node>();
  const put = (key: string, node: Node): void => {
    names.set(key, { ...names.get(key), ...node });
  };
  PROVINCE_TABLE.forEach(([, name, short], i) => {
    put(name, { province: i });
    put(short, { province: i });
  });
  const provinceCity = new Map<string, number>();
  CITY_TABLE.forEach(([code, name, province, aliases], i) => {
    put(name, { city: i });
    for (const a of aliases) put(a, { city: i });
    // Municipalities and the special administrative regions are their own city.
    if (code.endsWith("00")) provinceCity.set(province, i);
  });
  // A character trie: the longest name at a position is found in one walk.
  const trie: Trie = { next: new Map(), codes: [], kids: [], value: undefined };
  for (const [key, node] of names) {
    let t = trie;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let n = t.next.get(c);
      if (!n) t.next.set(c, (n = { next: new Map(), codes: [], kids: [], value: undefined }));
      t = n;
    }
    t.value = node;
  }
  const fill = (t: Trie): void => {
    for (const [c, n] of t.next) {
      t.codes.push(c);
      t.kids.push(n);
      fill(n);
    }
  };
  fill(trie);
  const provinceByCode = new Map(PROVINCE_TABLE.map((p) => [p[0], p] as const));
  index = { trie, provinceCity, provinceByCode };
  return index;
}

// A city name directly followed by one of these is a district, road or village of the same
// name (北京市朝阳区, 中山路), not the city.
const NOT_CITY_AFTER = "区县旗路街道巷号村镇乡里弄";

function longestAt(text: string, at: number, idx: Index): [Node, number] | undefined {
  let t: Trie | undefined = idx.trie;
  let best: Node | undefined;
  let end = 0;
  for (let i = at; i < text.length && t; i++) {
    const c = text.charCodeAt(i);
    if (t.codes.length > 8) t = t.next.get(c);
    else {
      const k: number = t.codes.indexOf(c);
      t = k < 0 ? undefined : t.kids[k];
    }
    if (t?.value) {
      best = t.value;
      end = i + 1;
    }
  }
  return best ? [best, end] : undefined;
}

/** `text.slice(at, end) === name`, without the slice. */
function writtenAs(text: string, at: number, end: number, name: string): boolean {
  return end - at === name.length && text.startsWith(name, at);
}

function cityAt(text: string, at: number, idx: Index): [number, number] | undefined {
  const m = longestAt(text, at, idx);
  if (!m || m[0].city === undefined) return undefined;
  let end = m[1];
  const name = CITY_TABLE[m[0].city]![1];
  const written = writtenAs(text, at, end, name);
  if (!written) {
    // A short name may carry its suffix: 杭州市, 恩施州 (already a key), 阿克苏地区.
    if (text.startsWith("市", end)) end += 1;
    else if (text.startsWith("地区", end)) end += 2;
  }
  if (written || end > m[1]) return [m[0].city, end];
  const next = text.charAt(end);
  if (next !== "" && NOT_CITY_AFTER.includes(next)) return undefined;
  return [m[0].city, end];
}

/**
 * Recognises the province and city an address starts with, so that "杭州", "杭州市", "浙江杭州"
 * and "浙江省杭州市西湖区…" agree. Addresses are read the Chinese way, largest unit first: the
 * city must open the address or directly follow its province; a name followed by 区/县/路…
 * (北京朝阳区, 中山路) is not taken as a city. Municipalities are their own city. Uses a compact
 * table of the 333 prefecture-level divisions, the 4 municipalities, the province-governed
 * county-level units, Hong Kong, Macao and Taiwan, with their common short names.
 *
 * @example
 * ```ts
 * import { recognizeCity } from "kuaidi-kefu/order";
 * recognizeCity("浙江杭州")?.city; // => "杭州市"
 * recognizeCity("杭州市西湖区文三路1号")?.province; // => "浙江省"
 * recognizeCity("北京市朝阳区建国路88号")?.city; // => "北京市"
 * recognizeCity("恩施州")?.city; // => "恩施土家族苗族自治州"
 * recognizeCity("西湖区文三路1号"); // => undefined
 * ```
 */
export function recognizeCity(address: unknown): RecognizedCity | undefined {
  if (typeof address !== "string" || address.length === 0) return undefined;
  const idx = getIndex();
  // Spaces between the units are dropped; addresses are capped long before 512 characters.
  const folded = foldText(address.slice(0, 512));
  const head = folded.includes(" ") ? folded.replace(/ /g, "") : folded;
  let at = 0;
  if (head.startsWith("中华人民共和国")) at = 7;
  else if (head.startsWith("中国")) at = 2;
  const first = longestAt(head, at, idx);
  if (!first) return undefined;
  const [node, afterFirst] = first;
  // Longest key wins; a key that is both a province and a city (北京) is the province.
  if (node.province !== undefined) {
    const [pcode, pname] = PROVINCE_TABLE[node.province]!;
    let end = afterFirst;
    const after = head.charAt(end);
    if (!writtenAs(head, at, afterFirst, pname) && (after === "省" || after === "市")) end += 1;
    const own = idx.provinceCity.get(pcode);
    if (own !== undefined) {
      const [code, name] = CITY_TABLE[own]!;
      return {
        province: pname,
        provinceCode: pcode,
        city: name,
        cityCode: code,
        detail: head.slice(end),
      };
    }
    const c = cityAt(head, end, idx);
    if (c && CITY_TABLE[c[0]]![2] === pcode) {
      const [code, name] = CITY_TABLE[c[0]]!;
      return {
        province: pname,
        provinceCode: pcode,
        city: name,
        cityCode: code,
        detail: head.slice(c[1]),
      };
    }
    return {
      province: pname,
      provinceCode: pcode,
      city: null,
      cityCode: null,
      detail: head.slice(end),
    };
  }
  const c = cityAt(head, at, idx);
  if (!c) return undefined;
  const [code, name, pcode] = CITY_TABLE[c[0]]!;
  const province = idx.provinceByCode.get(pcode)!;
  return {
    province: province[1],
    provinceCode: pcode,
    city: name,
    cityCode: code,
    detail: head.slice(c[1]),
  };
}
