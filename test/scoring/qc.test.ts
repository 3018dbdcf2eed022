import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { qcDailyReport, type QcDayInput } from "kuaidi-kefu/scoring";

const row = (agentId: string, o: Partial<QcDayInput> = {}): QcDayInput => ({
  agentId,
  enquiries: 100,
  orders: 20,
  paidOrders: 18,
  salesFen: 270_000,
  outOfStock: 1,
  refunds: 0,
  complaints: 0,
  sampledChats: 12,
  ...o,
});

describe("qcDailyReport", () => {
  test("per agent and team, with exact rates", () => {
    const r = qcDailyReport([
      row("a"),
      row("b", {
        enquiries: 50,
        orders: 5,
        paidOrders: 3,
        salesFen: 10_000,
        refunds: 2,
        complaints: 1,
        sampledChats: 20,
      }),
    ]);
    expect(r.agents[0]).toEqual({
      agentId: "a",
      enquiries: 100,
      orders: 20,
      paidOrders: 18,
      salesFen: 270_000,
      outOfStock: 1,
      refunds: 0,
      complaints: 0,
      sampledChats: 12,
      conversionRate: { numerator: 20, denominator: 100, value: 0.2 },
      paymentRate: { numerator: 18, denominator: 20, value: 0.9 },
      averageOrderValueFen: 15_000,
    });
    // 10000 / 3 = 3333.33… fen → 3333; rounding half up in integers.
    expect(r.agents[1]?.averageOrderValueFen).toBe(3333);
    expect(
      qcDailyReport([row("c", { paidOrders: 2, orders: 2, salesFen: 3 })]).agents[0]
        ?.averageOrderValueFen,
    ).toBe(2);
    expect(r.team).toMatchObject({
      agentId: null,
      enquiries: 150,
      orders: 25,
      paidOrders: 21,
      salesFen: 280_000,
      refunds: 2,
      complaints: 1,
      sampledChats: 32,
    });
    expect(r.team.conversionRate).toEqual({ numerator: 25, denominator: 150, value: 25 / 150 });
    expect(r.team.averageOrderValueFen).toBe(13_333);
    expect(r.issues).toEqual([]);
  });

  test("zero denominators give null, never NaN or Infinity", () => {
    const r = qcDailyReport([row("z", { enquiries: 0, orders: 0, paidOrders: 0, salesFen: 0 })]);
    expect(r.agents[0]?.conversionRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(r.agents[0]?.paymentRate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(r.agents[0]?.averageOrderValueFen).toBeNull();
    expect(qcDailyReport([]).team.paymentRate.value).toBeNull();
  });

  test("bad rows are reported; inconsistent or thinly sampled ones kept with a warning", () => {
    const r = qcDailyReport(
      [
        row("a", { paidOrders: 30 }),
        row("a"),
        row("b", { orders: -1 }),
        row("c", { refunds: 1.5 }),
        { ...row("d"), agentId: "" },
        null as never,
        row("e", { sampledChats: 5 }),
      ],
      { locale: "en" },
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["scoring/qc-inconsistent", ["rows", 0, "paidOrders"]],
      ["scoring/duplicate-agent", ["rows", 1, "agentId"]],
      ["scoring/invalid-count", ["rows", 2, "orders"]],
      ["scoring/invalid-count", ["rows", 3, "refunds"]],
      ["scoring/invalid-option", ["rows", 4, "agentId"]],
      ["scoring/invalid-option", ["rows", 5, "agentId"]],
      ["scoring/qc-sample-too-small", ["rows", 6, "sampledChats"]],
    ]);
    expect(r.issues[6]?.message).toBe("only 5 chats of agent e were sampled, fewer than 10");
    expect(r.agents.map((a) => a.agentId)).toEqual(["a", "e"]);
    expect(
      qcDailyReport([row("a", { sampledChats: 15 })], { minSampledChats: 20 }).issues.map(
        (i) => i.code,
      ),
    ).toEqual(["scoring/qc-sample-too-small"]);
    expect(qcDailyReport([], { minSampledChats: -2 }).issues.map((i) => i.code)).toEqual([
      "scoring/invalid-option",
    ]);
    expect(qcDailyReport("x" as never).agents).toEqual([]);
  });

  test("never throws; rates stay in [0, 1] when counts are consistent", () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 10 }), (rows) => {
        qcDailyReport(rows as QcDayInput[]);
      }),
    );
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1000),
        fc.nat(1000),
        fc.nat(10_000_000),
        (a, b, c, sales) => {
          const [paid, orders, enquiries] = [a, b, c].sort((x, y) => x - y) as [
            number,
            number,
            number,
          ];
          const r = qcDailyReport([
            row("x", { enquiries, orders, paidOrders: paid, salesFen: sales }),
          ]);
          const line = r.agents[0]!;
          for (const rate of [line.conversionRate, line.paymentRate]) {
            if (rate.denominator === 0) expect(rate.value).toBeNull();
            else {
              expect(rate.value).toBeGreaterThanOrEqual(0);
              expect(rate.value).toBeLessThanOrEqual(1);
            }
          }
          if (paid > 0)
            expect(
              Math.abs((line.averageOrderValueFen as number) - sales / paid),
            ).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});
