// kuaidi-kefu/sms: encode the manual's dispatch order, fit it to one 70-character SMS, read a
// wrapped full-width copy back, and count segments the way a Chinese gateway bills them.
import assert from "node:assert/strict";
import {
  countSmsSegments,
  encodeDispatchSms,
  formatSerial,
  parseDispatchSms,
  parseSms,
  planDispatch,
  splitSms,
} from "kuaidi-kefu/sms";

console.log("kuaidi-kefu/sms example");

// 1. The order of the manual (seed 000, 2.2.3.3), with its serial built from the China date.
const serial = formatSerial(new Date("2011-03-10T02:00:00Z"), 221);
assert.deepEqual(serial, { ok: true, value: "110310221" });
const order = {
  serial: serial.value,
  shipperName: "王先生",
  shipperPhone: "13823033212",
  goods: "配件",
  pieces: 15,
  weightKg: 200,
  volumeM3: 2.2,
  destination: "杭州",
  consigneeName: "马先生",
  consigneePhone: "0571-25852654",
  payment: "现付",
  extraCharges: [{ name: "提货费", amount: 100 }],
  note: "15点前提",
  staffNo: "8011",
};

// 2. Written in full it is the manual's own text: 82 characters, two segments (67 + 15).
const full = encodeDispatchSms(order, { fit: false, maxSegments: 2 });
assert.equal(full.ok, true);
console.log(`full   (${full.value.length}, ${full.value.segments} segments): ${full.value.text}`);
assert.equal(
  full.value.text,
  "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]",
);
assert.deepEqual(
  splitSms(full.value.text, { gateway: "cn" }).parts.map((p) => p.units),
  [67, 15],
);

// 3. Fitted to the manual's 70-character limit: lossless compact forms first, then the note.
const fitted = encodeDispatchSms(order);
assert.equal(fitted.ok, true);
console.log(
  `fitted (${fitted.value.length}, ${fitted.value.segments} segment):  ${fitted.value.text}`,
);
console.log(
  "  compact forms:",
  fitted.value.compactForms.join(", "),
  "| dropped:",
  fitted.value.dropped.join(", "),
);
assert.ok(fitted.value.countedLength <= 70);
assert.equal(fitted.value.segments, 1);
assert.deepEqual(fitted.value.dropped, ["note"]);
const { note: _note, ...mandatoryAndCharges } = order;
assert.deepEqual(fitted.value.sent, mandatoryAndCharges);

// 4. With a 6-character gateway signature the body has 64 characters left.
const signed = encodeDispatchSms(order, { signature: "某某物流" });
assert.equal(signed.ok, true);
assert.equal(signed.value.countedLength, 70);
console.log(
  `signed (${signed.value.length} + 6 for 【某某物流】): dropped ${signed.value.dropped.join(", ")}`,
);

// 5. A copy as a driver's phone shows it: wrapped, full-width digits and brackets, 【】, KG.
const received =
  "【１１０３１０２２１】客王先\n生１３８２３０３３２１２配\n件１５件２００KG２．２\n方往杭州马先生\n０５７１－２５８５２６５４现\n付。加提货费１００，\n１５点前提。【８０１１】";
const parsed = parseDispatchSms(received);
assert.equal(parsed.ok, true);
assert.deepEqual(parsed.value.dispatch, order);
const [start, end] = parsed.value.spans.consigneePhone;
console.log("parsed back; consignee phone written as", JSON.stringify(received.slice(start, end)));
assert.equal(received.slice(start, end), "０５７１－２５８５２６５４");
assert.deepEqual([parsed.value.deadline.hour, parsed.value.deadline.minute], [15, 0]);

// 6. The fitted text reads back too, and parseSms tells a dispatch from the overdue chaser.
assert.deepEqual(parseDispatchSms(fitted.value.text).value.dispatch, fitted.value.sent);
const chaser = parseSms("[110310284]单号7551234567,货物已超过配送时效2小时,请速处理。[8011]");
assert.equal(chaser.value.kind, "overdue");
assert.equal(chaser.value.overdue.overdue.overdueHours, 2);

// 7. Recipients: the branch driver, with the distribution-centre dispatcher in copy.
const plan = planDispatch(
  order,
  {
    recipients: "driver-and-dispatcher",
    driver: { phone: "13900001111" },
    dispatcher: { phone: "13700002222" },
  },
  { confirmedAt: new Date("2011-03-10T02:00:00Z") },
);
assert.equal(plan.ok, true);
assert.deepEqual(
  plan.value.messages.map((m) => [m.role, m.cc]),
  [
    ["driver", false],
    ["dispatcher", true],
  ],
);
assert.equal(plan.value.sendBy, "2011-03-10T02:03:00.000Z");

// 8. Segment counting per 3GPP: GSM-7 160/153 with 2-septet escapes, UCS-2 70/67.
assert.deepEqual(
  [
    countSmsSegments("a".repeat(160)).segments,
    countSmsSegments("]".repeat(153)).segments,
    countSmsSegments("中".repeat(71)).segments,
  ],
  [1, 3, 2],
);
console.log("all checks passed");
