import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  CATEGORIES,
  classifyComplaint,
  FRONT_LINE_CLASSES,
  TEAMS,
  type ComplaintRouting,
} from "kuaidi-kefu/routing";

const CUE_CHARS =
  "没有不是但虽然快递慢丢少破损碎签收驿站取件收费货款赔偿12305律师第三次香港水果，。！？ ＡＢＣ１２３".split(
    "",
  );

function checkInvariants(text: string, r: ComplaintRouting): void {
  expect(CATEGORIES.some((c) => c.id === r.categoryId && c.label === r.category)).toBe(true);
  expect(TEAMS.some((t) => t.id === r.teamId && t.label === r.team)).toBe(true);
  expect(
    FRONT_LINE_CLASSES.some((f) => f.id === r.frontLineClassId && f.label === r.frontLineClass),
  ).toBe(true);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(r.escalate).toBe(r.team === "升级小组");
  expect(r.response.hours).toBe(r.response.class === "simple" ? 2 : 24);
  expect(r.secondaryCategories).not.toContain(r.category);
  if (!r.isComplaint) expect(r.secondaryCategories).toEqual([]);
  expect(r.nextSteps.length).toBeGreaterThan(0);
  for (const c of r.explanation.cues) {
    expect(c.start).toBeLessThan(c.end);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  }
  if (r.explanation.amount) expect(r.explanation.amount.end).toBeLessThanOrEqual(text.length);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe("classifyComplaint is total", () => {
  test("any string, lone surrogates and control characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        checkInvariants(text, classifyComplaint(text));
      }),
      { numRuns: 300 },
    );
  });

  test("strings built from cue characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CUE_CHARS), { maxLength: 80 }), (chars) => {
        const text = chars.join("");
        checkInvariants(text, classifyComplaint(text));
      }),
      { numRuns: 500 },
    );
  });

  test("any facts object", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.object(), (text, facts) => {
        const r = classifyComplaint({ text, ...facts } as never);
        checkInvariants(text, r);
      }),
      { numRuns: 200 },
    );
  });

  test("any input value at all", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const r = classifyComplaint(input as never, options as never);
        expect(TEAMS.some((t) => t.label === r.team)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("a 100 KB input is refused in constant time; a 10,000-character one is classified", () => {
    const huge = "快递丢了，".repeat(20_000);
    const r = classifyComplaint(huge);
    expect(r.kind).toBe("invalid");
    expect(r.issues[0]?.code).toBe("routing/too-long");
    const big = "快递压坏了，".repeat(1_666);
    const b = classifyComplaint(big);
    expect(b.category).toBe("损毁");
    checkInvariants(big, b);
    const allowed = classifyComplaint(huge, { maxLength: 200_000 });
    expect(allowed.category).toBe("丢失短少");
  });
});

describe("normalisation invariance", () => {
  test("full-width digits and Latin letters give the same routing as ASCII", () => {
    const toFull = (s: string) =>
      s.replace(/[0-9a-z]/gi, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        fc.constantFrom(
          "我要打12305投诉",
          "价值3000元的手机丢了",
          "COD货款没到账",
          "打了5次电话快递还没到",
        ),
        (text) => {
          const a = classifyComplaint(text);
          const b = classifyComplaint(toFull(text));
          expect(b.team).toBe(a.team);
          expect(b.category).toBe(a.category);
          expect(b.escalationSignals).toEqual(a.escalationSignals);
        },
      ),
    );
  });

  test("adding a praise clause before a contrast never removes the complaint", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("杯子碎了", "少了一件", "晚到了三天", "不送货上门"),
        fc.constantFrom("物流很快", "包装完好", "快递小哥很好"),
        (complaint, praise) => {
          const r = classifyComplaint(`${praise}，但是${complaint}`);
          expect(r.isComplaint).toBe(true);
          expect(r.category).toBe(classifyComplaint(complaint).category);
        },
      ),
    );
  });
});
