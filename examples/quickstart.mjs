// The main example: one pass through every module of kuaidi-kefu, imported by package name
// from the built package (npm run quickstart builds it first). Every result is checked: the
// program exits non-zero if anything is wrong.
import assert from "node:assert/strict";
import { normalizeText, ok, unwrap } from "kuaidi-kefu";
import { findPhones, formatPhone, isMobile, parsePhone } from "kuaidi-kefu/phone";
import {
  findProhibitedGoods,
  renderConfirmationCall,
  reviewWebOrder,
  validateOrder,
} from "kuaidi-kefu/order";
import {
  countSmsSegments,
  encodeDispatchSms,
  parseDispatchSms,
  formatSerial,
} from "kuaidi-kefu/sms";
import {
  addWorkdays,
  addWorkingTime,
  createWorkCalendar,
  getDayInfo,
  isWorkday,
  nextWorkingTime,
  toWallTime,
} from "kuaidi-kefu/calendar";
import {
  evaluateSla,
  pickupDeadline,
  PRESET_POLICIES,
  webOrderReviewDeadline,
} from "kuaidi-kefu/sla";
import {
  classifyComplaint,
  createComplaintClassifier,
  trainComplaintModel,
} from "kuaidi-kefu/routing";
import {
  defineScorecard,
  KEFU_ASSESSMENT_CONFIG,
  rankTeam,
  scoreMonth,
  SEED_SCORECARD,
} from "kuaidi-kefu/scoring";

console.log("kuaidi-kefu quickstart\n");

// ── root: Result and text normalisation
assert.equal(unwrap(ok(1)), 1);
assert.equal(normalizeText("【１１０３１０２２１】").text, "[110310221]");
console.log("root:     Result helpers and normalisation ok");

// ── phone
const phone = parsePhone("（0571）25852654转802");
assert.ok(phone.ok);
assert.equal(phone.value.display, "0571-25852654转802");
assert.equal(phone.value.city, "杭州");
assert.equal(formatPhone(phone.value, "e164"), "+8657125852654");
assert.equal(isMobile("+86 138 2303 3212"), true);
const bad = parsePhone("14512345678", { locale: "en" });
assert.equal(!bad.ok && bad.error.code, "phone/data-only-number");
const seedSms =
  "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";
const found = findPhones(seedSms);
assert.deepEqual(
  found.map((m) => m.number.national),
  ["13823033212", "057125852654"],
);
assert.equal(seedSms.slice(found[0].start, found[0].end), "13823033212");
console.log("phone:    ", found.map((m) => `${m.number.kind} ${m.number.display}`).join(", "));

// ── order
const phoneOrder = {
  shipper: { name: "王先生", phone: "13823033212" },
  consignee: { name: "马先生", phone: "0571-25852654" },
  goods: { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
  pickupAddress: "深圳市宝安区福永街道凤凰路1号",
  destination: "杭州",
  payment: "现付",
};
const order = validateOrder(phoneOrder);
assert.equal(order.ok, true);
assert.deepEqual([order.value.goods.weightKg, order.value.destination.city], [200, "杭州市"]);
const hits = findProhibitedGoods("两箱打火机，打火机壳不算");
assert.deepEqual(hits.ok && hits.value.map((m) => [m.term, m.category?.no, m.start]), [
  ["打火机", 4, 2],
]);
const review = reviewWebOrder({
  ...phoneOrder,
  goods: { name: "汽油", weight: 5 },
  destination: "浙江省杭州市西湖区文三路1号",
});
assert.equal(review.outcome, "void");
assert.match(renderConfirmationCall(review, { id: "8011", company: "中铁" }).text, /工号是8011/);
console.log("order:     phone order valid; 打火机 found (category 4); web order with 汽油 voided");

// ── sms
assert.deepEqual(
  [
    countSmsSegments(seedSms).encoding,
    countSmsSegments(seedSms).segments,
    countSmsSegments(seedSms).units,
  ],
  ["UCS-2", 2, 82],
);
const parsed = parseDispatchSms(seedSms);
assert.ok(parsed.ok);
assert.equal(parsed.value.dispatch.consigneePhone, "0571-25852654");
const fitted = encodeDispatchSms(parsed.value.dispatch);
assert.ok(fitted.ok && fitted.value.length <= 70 && fitted.value.segments === 1);
const back = parseDispatchSms(fitted.value.text);
assert.ok(back.ok && back.value.dispatch.shipperPhone === "13823033212");
assert.equal(unwrap(formatSerial(new Date("2011-03-10T02:00:00Z"), 221)), "110310221");
console.log(
  `sms:       the seed's 82-character SMS fitted to ${fitted.value.length}: ${fitted.value.text}`,
);

// ── calendar: 2026 Spring Festival, Friday 17:30 → next opening is the make-up Saturday 08:30
const opening = nextWorkingTime(new Date("2026-02-13T17:30:00+08:00"));
const wall = toWallTime(opening.value).value;
assert.equal(`${wall.date} ${wall.time}`, "2026-02-14 08:30");
assert.equal(getDayInfo("2026-02-14").value.kind, "makeup");
const due = addWorkingTime(new Date("2026-02-13T15:00:00+08:00"), { hours: 24 });
assert.equal(due.value.toISOString(), "2026-02-25T05:30:00.000Z");
assert.equal(addWorkdays("2026-09-30", 1).value, "2026-10-08");
const next = createWorkCalendar({
  strict: true,
  holidayYears: [{ year: 2027, days: [{ name: "元旦", date: "2027-01-01", isOffDay: true }] }],
});
assert.equal(isWorkday("2027-01-01", next).value, false);
assert.equal(isWorkday("2028-01-03", next).error.code, "calendar/out-of-range");
console.log(
  "calendar:  next opening",
  `${wall.date} ${wall.time}`,
  "(make-up day); 24 business hours later:",
  due.value.toISOString(),
);

// ── sla
const pickup = pickupDeadline("2026-03-02T11:00+08:00");
assert.ok(pickup.ok && pickup.value.band === "afternoon");
assert.equal(pickup.value.due.toISOString(), "2026-03-02T12:00:00.000Z");
const reviewDue = webOrderReviewDeadline("2026-02-13T17:30+08:00");
assert.ok(reviewDue.ok && reviewDue.value.due.toISOString() === "2026-02-14T00:30:00.000Z");
const sla = evaluateSla(
  PRESET_POLICIES.complaintSimple,
  [
    { type: "created", at: "2026-03-02T09:00+08:00" },
    { type: "paused", at: "2026-03-02T10:00+08:00" },
    { type: "resumed", at: "2026-03-02T11:00+08:00" },
  ],
  "2026-03-02T11:30+08:00",
);
assert.ok(sla.ok);
const [answer, statutory] = sla.value.targets;
assert.equal(answer.state, "active");
assert.equal(answer.due.toISOString(), "2026-03-02T04:00:00.000Z");
assert.equal(answer.warning, true);
assert.equal(statutory.due.toISOString(), "2026-03-09T16:00:00.000Z");
console.log(
  "sla:       pickup due 20:00; a 2-hour complaint paused 1 h is due 12:00 (warning); statutory limit 7 days",
);

// ── routing
const routed = classifyComplaint({
  text: "显示已签收，但我根本没收到，再不处理我就打12305投诉",
  contactCount: 1,
});
assert.equal(routed.category, "投递服务");
assert.equal(routed.team, "升级小组");
assert.equal(routed.escalate, true);
assert.equal(classifyComplaint("物流很快，包装完好，没有破损").isComplaint, false);
assert.equal(
  classifyComplaint({ text: "荔枝一半都烂了", goodsCategory: "fresh" }).team,
  "时令小组",
);
assert.equal(classifyComplaint({ text: "相机丢了", declaredValue: 5000 }).team, "理赔组");
assert.equal(classifyComplaint("").team, "个案组");
const model = trainComplaintModel([
  { text: "件在站点躺了五天没人管", label: "延误" },
  { text: "小哥人很好", label: "none" },
]);
const classifier = createComplaintClassifier({ model: model.ok ? model.value : undefined });
assert.ok(classifier.ok && classifier.value.hasModel);
console.log(
  "routing:  ",
  routed.category,
  "→",
  routed.team,
  `(${routed.priority}):`,
  routed.explanation.summary,
);

// ── scoring: seed 003's scheme (the listed work items add up to 43, not the declared 50)
const card = defineScorecard(KEFU_ASSESSMENT_CONFIG);
assert.ok(card.ok && card.value.warnings.length === 2);
const month = scoreMonth(
  SEED_SCORECARD,
  [
    {
      id: "chk-1",
      at: "2011-03-05T10:00:00+08:00",
      type: "check-failed",
      criterion: "complaints.record",
      count: 2,
    },
    { id: "v-1", at: "2011-03-08T10:00:00+08:00", type: "rule-violation", criterion: "etiquette" },
    { id: "att-1", at: "2011-03-07T08:45:00+08:00", type: "attendance", points: 0.5 },
  ],
  { agentId: "8011", month: "2011-03", pay: { baseFen: 150_000, allowanceFen: 20_000 } },
);
assert.deepEqual(
  month.sections.map((s) => s.points),
  [47, 4.5, 0],
);
assert.equal(month.pay.totalFen, 150_000 + 20_000 + 47 * 2_000 + 4.5 * 2_000);
const clean = scoreMonth(SEED_SCORECARD, [], { agentId: "8012", month: "2011-03" });
assert.deepEqual(
  clean.consequences.map((c) => c.id),
  ["praise"],
);
assert.deepEqual(
  rankTeam([month, clean], { bottom: 1 }).ranking.map((r) => [r.agentId, r.bottom]),
  [
    ["8012", false],
    ["8011", true],
  ],
);
console.log(
  "scoring:  ",
  month.total,
  "points,",
  month.pay.totalFen / 100,
  "yuan; ranking 8012, 8011 (bottom)",
);

console.log("\nquickstart: every module ok");
