import type { SlaPolicyDefinition, SlaTargetDefinition } from "./policy.ts";
import type { CheckpointRule, DaysRule, DurationRule, InShiftRule, PromisedRule } from "./rules.ts";
import type { CutoffRule } from "./cutoff-rule.ts";

/**
 * Every time limit of the customer-service manuals as a named rule (DOMAIN.md §3). All are
 * plain data: copy one and change any number.
 *
 * | name | rule | source |
 * | --- | --- | --- |
 * | `pickup` | before 11:00 → 15:00 same day; 11:00-16:00 → 20:00 same day; from 16:00 → 10:00 next day (calendar days) | seed 000 §1.2 |
 * | `sameDayShipping` | paid before 16:30 → shipped by 17:00 that working day, else by 17:00 the next working day | seed 002 |
 * | `promotionShipping` | during promotions: at worst within 24 h | seed 002 |
 * | `webOrderReview` | in shift: 30 business minutes; outside: at the next opening | seed 000 §3.2.1 |
 * | `dispatchSms` | 3 minutes after confirmation | seed 000 §2.2.1 |
 * | `pickupFollowUp` | 1 hour after the dispatch SMS | seed 000 §1.6.1 |
 * | `complaintSimple` | 2 business hours | seed 003 一.5 |
 * | `complaintComplex` | 24 hours | seed 003 一.5 |
 * | `complaintStatutory` | end of the 7th day after receipt (快递暂行条例 Art. 28) | regulation |
 * | `promisedAnswer` | the answer time promised to the customer (`due` on the `promised` event) | seed 003 一.2 |
 * | `customerReply` | 24 hours | seed 001 |
 * | `unpaidOrderFollowUp` | 12 hours after the order is placed | seed 002 |
 * | `negativeReview` | one week | seed 002 |
 * | `reworkPhotos` | the same day (by 24:00) | seed 003 四.2 |
 * | `reworkAlbum` | 24 hours | seed 003 四.2 |
 * | `reworkCrystalFrame` | 48 hours | seed 003 四.2 |
 * | `overdueDelivery` | a follow-up every morning (08:30-12:00) and afternoon (12:00-17:00) of each working day | seed 000 §1.6.2 |
 *
 * @example
 * ```ts
 * import { PRESET_RULES } from "kuaidi-kefu/sla";
 * PRESET_RULES.complaintSimple; // => { kind: "duration", duration: { hours: 2 }, clock: "business" }
 * PRESET_RULES.pickup.bands[0]; // => { before: "11:00", due: "15:00" }
 * ```
 */
export const PRESET_RULES = {
  pickup: {
    kind: "cutoff",
    bands: [
      { before: "11:00", due: "15:00" },
      { before: "16:00", due: "20:00" },
      { due: "10:00", dayOffset: 1 },
    ],
    days: "calendar",
  } satisfies CutoffRule,
  sameDayShipping: {
    kind: "cutoff",
    bands: [
      { before: "16:30", due: "17:00" },
      { due: "17:00", dayOffset: 1 },
    ],
    days: "working",
  } satisfies CutoffRule,
  promotionShipping: {
    kind: "duration",
    duration: { hours: 24 },
    clock: "calendar",
  } satisfies DurationRule,
  webOrderReview: {
    kind: "in-shift",
    within: { minutes: 30 },
    clock: "business",
  } satisfies InShiftRule,
  dispatchSms: {
    kind: "duration",
    duration: { minutes: 3 },
    clock: "calendar",
  } satisfies DurationRule,
  pickupFollowUp: {
    kind: "duration",
    duration: { hours: 1 },
    clock: "calendar",
  } satisfies DurationRule,
  complaintSimple: {
    kind: "duration",
    duration: { hours: 2 },
    clock: "business",
  } satisfies DurationRule,
  complaintComplex: {
    kind: "duration",
    duration: { hours: 24 },
    clock: "calendar",
  } satisfies DurationRule,
  complaintStatutory: { kind: "days", days: 7, count: "calendar" } satisfies DaysRule,
  promisedAnswer: { kind: "promised", update: ["promised"] } satisfies PromisedRule,
  customerReply: {
    kind: "duration",
    duration: { hours: 24 },
    clock: "calendar",
  } satisfies DurationRule,
  unpaidOrderFollowUp: {
    kind: "duration",
    duration: { hours: 12 },
    clock: "calendar",
  } satisfies DurationRule,
  negativeReview: {
    kind: "duration",
    duration: { days: 7 },
    clock: "calendar",
  } satisfies DurationRule,
  reworkPhotos: {
    kind: "cutoff",
    bands: [{ due: "24:00" }],
    days: "calendar",
  } satisfies CutoffRule,
  reworkAlbum: {
    kind: "duration",
    duration: { hours: 24 },
    clock: "calendar",
  } satisfies DurationRule,
  reworkCrystalFrame: {
    kind: "duration",
    duration: { hours: 48 },
    clock: "calendar",
  } satisfies DurationRule,
  overdueDelivery: {
    kind: "checkpoints",
    slots: [
      { from: "08:30", to: "12:00" },
      { from: "12:00", to: "17:00" },
    ],
    days: "working",
    followUp: ["followed-up"],
  } satisfies CheckpointRule,
} as const;

/**
 * The preset rules as targets, with the event types that start and stop them. `pause` /
 * `resume` default to `paused` / `resumed`; the statutory complaint limit never pauses.
 *
 * | target id | start | stop |
 * | --- | --- | --- |
 * | `dispatch-sms` | `confirmed` | `dispatched` |
 * | `pickup-follow-up` | `dispatched` | `followed-up`, `picked-up` |
 * | `pickup` | `dispatched` (the SMS time is the order time of record) | `picked-up` |
 * | `web-order-review` | `created` | `reviewed` |
 * | `complaint-answer-simple` / `-complex` | `created` | `answered`, `resolved` |
 * | `complaint-statutory` | `created` | `resolved` |
 * | `promised-answer` | `promised` (with `due`; a later `promised` moves it; never pauses) | `answered`, `resolved` |
 * | `customer-reply` | `asked` | `replied` |
 * | `unpaid-follow-up` | `placed` | `paid`, `followed-up`, `cancelled` |
 * | `same-day-shipping` / `promotion-shipping` | `paid` | `shipped` |
 * | `negative-review` | `review-received` | `review-handled` |
 * | `rework-photos` / `-album` / `-crystal-frame` | `rework-received` | `rework-done` |
 * | `overdue-delivery-follow-up` | `overdue` | `delivered`, `resolved` (follow-ups: `followed-up`) |
 *
 * @example
 * ```ts
 * import { PRESET_TARGETS } from "kuaidi-kefu/sla";
 * PRESET_TARGETS.dispatchSms.stop; // => ["dispatched"]
 * PRESET_TARGETS.complaintStatutory.pause; // => []
 * ```
 */
export const PRESET_TARGETS = {
  dispatchSms: {
    id: "dispatch-sms",
    name: "派单短信 3 分钟",
    start: ["confirmed"],
    stop: ["dispatched"],
    rule: PRESET_RULES.dispatchSms,
  },
  pickupFollowUp: {
    id: "pickup-follow-up",
    name: "派单 1 小时后跟踪提货",
    start: ["dispatched"],
    stop: ["followed-up", "picked-up"],
    rule: PRESET_RULES.pickupFollowUp,
  },
  pickup: {
    id: "pickup",
    name: "提货时效",
    start: ["dispatched"],
    stop: ["picked-up"],
    rule: PRESET_RULES.pickup,
  },
  webOrderReview: {
    id: "web-order-review",
    name: "网上下单核单",
    start: ["created"],
    stop: ["reviewed"],
    rule: PRESET_RULES.webOrderReview,
  },
  complaintAnswerSimple: {
    id: "complaint-answer-simple",
    name: "一般投诉 2 小时答复",
    start: ["created"],
    stop: ["answered", "resolved"],
    rule: PRESET_RULES.complaintSimple,
  },
  complaintAnswerComplex: {
    id: "complaint-answer-complex",
    name: "复杂投诉 24 小时答复",
    start: ["created"],
    stop: ["answered", "resolved"],
    rule: PRESET_RULES.complaintComplex,
  },
  complaintStatutory: {
    id: "complaint-statutory",
    name: "投诉 7 日内处理并告知（快递暂行条例）",
    start: ["created"],
    stop: ["resolved"],
    pause: [],
    resume: [],
    rule: PRESET_RULES.complaintStatutory,
  },
  promisedAnswer: {
    id: "promised-answer",
    name: "在承诺时间内答复",
    start: ["promised"],
    stop: ["answered", "resolved"],
    pause: [],
    resume: [],
    rule: PRESET_RULES.promisedAnswer,
  },
  customerReply: {
    id: "customer-reply",
    name: "24 小时内回复",
    start: ["asked"],
    stop: ["replied"],
    rule: PRESET_RULES.customerReply,
  },
  unpaidOrderFollowUp: {
    id: "unpaid-follow-up",
    name: "拍下 12 小时未付款跟进",
    start: ["placed"],
    stop: ["paid", "followed-up", "cancelled"],
    rule: PRESET_RULES.unpaidOrderFollowUp,
  },
  sameDayShipping: {
    id: "same-day-shipping",
    name: "16:30 前订单当日发货",
    start: ["paid"],
    stop: ["shipped"],
    rule: PRESET_RULES.sameDayShipping,
  },
  promotionShipping: {
    id: "promotion-shipping",
    name: "活动期间 24 小时内发货",
    start: ["paid"],
    stop: ["shipped"],
    rule: PRESET_RULES.promotionShipping,
  },
  negativeReview: {
    id: "negative-review",
    name: "中差评一周内处理",
    start: ["review-received"],
    stop: ["review-handled"],
    rule: PRESET_RULES.negativeReview,
  },
  reworkPhotos: {
    id: "rework-photos",
    name: "相片返工当天完成",
    start: ["rework-received"],
    stop: ["rework-done"],
    rule: PRESET_RULES.reworkPhotos,
  },
  reworkAlbum: {
    id: "rework-album",
    name: "相册返工 24 小时",
    start: ["rework-received"],
    stop: ["rework-done"],
    rule: PRESET_RULES.reworkAlbum,
  },
  reworkCrystalFrame: {
    id: "rework-crystal-frame",
    name: "水晶、相框返工 48 小时",
    start: ["rework-received"],
    stop: ["rework-done"],
    rule: PRESET_RULES.reworkCrystalFrame,
  },
  overdueDelivery: {
    id: "overdue-delivery-follow-up",
    name: "超时效配送每天上午、下午各跟踪一次",
    start: ["overdue"],
    stop: ["delivered", "resolved"],
    rule: PRESET_RULES.overdueDelivery,
  },
} as const satisfies Record<string, SlaTargetDefinition>;

/**
 * Ready-made policies over the preset targets (built-in China calendar, 08:30-17:00, warning
 * at 75 %).
 *
 * | policy | targets |
 * | --- | --- |
 * | `phoneOrder` | dispatch-sms, pickup-follow-up, pickup |
 * | `webOrder` | web-order-review, dispatch-sms, pickup-follow-up, pickup |
 * | `complaintSimple` | complaint-answer-simple, complaint-statutory |
 * | `complaintComplex` | complaint-answer-complex, complaint-statutory |
 * | `complaintPromised` | promised-answer, complaint-statutory |
 * | `customerReply` | customer-reply |
 * | `shopOrder` | unpaid-follow-up, same-day-shipping |
 * | `promotionOrder` | unpaid-follow-up, promotion-shipping |
 * | `negativeReview` | negative-review |
 * | `reworkPhotos` / `reworkAlbum` / `reworkCrystalFrame` | the matching rework target |
 * | `overdueDelivery` | overdue-delivery-follow-up |
 *
 * @example
 * ```ts
 * import { PRESET_POLICIES } from "kuaidi-kefu/sla";
 * PRESET_POLICIES.phoneOrder.targets.map((t) => t.id); // => ["dispatch-sms", "pickup-follow-up", "pickup"]
 * ```
 */
export const PRESET_POLICIES = {
  phoneOrder: {
    name: "phone-order",
    targets: [PRESET_TARGETS.dispatchSms, PRESET_TARGETS.pickupFollowUp, PRESET_TARGETS.pickup],
  },
  webOrder: {
    name: "web-order",
    targets: [
      PRESET_TARGETS.webOrderReview,
      PRESET_TARGETS.dispatchSms,
      PRESET_TARGETS.pickupFollowUp,
      PRESET_TARGETS.pickup,
    ],
  },
  complaintSimple: {
    name: "complaint-simple",
    targets: [PRESET_TARGETS.complaintAnswerSimple, PRESET_TARGETS.complaintStatutory],
  },
  complaintComplex: {
    name: "complaint-complex",
    targets: [PRESET_TARGETS.complaintAnswerComplex, PRESET_TARGETS.complaintStatutory],
  },
  complaintPromised: {
    name: "complaint-promised",
    targets: [PRESET_TARGETS.promisedAnswer, PRESET_TARGETS.complaintStatutory],
  },
  customerReply: { name: "customer-reply", targets: [PRESET_TARGETS.customerReply] },
  shopOrder: {
    name: "shop-order",
    targets: [PRESET_TARGETS.unpaidOrderFollowUp, PRESET_TARGETS.sameDayShipping],
  },
  promotionOrder: {
    name: "promotion-order",
    targets: [PRESET_TARGETS.unpaidOrderFollowUp, PRESET_TARGETS.promotionShipping],
  },
  negativeReview: { name: "negative-review", targets: [PRESET_TARGETS.negativeReview] },
  reworkPhotos: { name: "rework-photos", targets: [PRESET_TARGETS.reworkPhotos] },
  reworkAlbum: { name: "rework-album", targets: [PRESET_TARGETS.reworkAlbum] },
  reworkCrystalFrame: {
    name: "rework-crystal-frame",
    targets: [PRESET_TARGETS.reworkCrystalFrame],
  },
  overdueDelivery: { name: "overdue-delivery", targets: [PRESET_TARGETS.overdueDelivery] },
} as const satisfies Record<string, SlaPolicyDefinition>;
