// kuaidi-kefu/order: a phone order, a web order with a prohibited item, an over-weight parcel.
// Prints the messages in Chinese and English and checks the results.
import assert from "node:assert/strict";
import {
  createFreightProfile,
  orderMessage,
  renderConfirmationCall,
  reviewWebOrder,
  validateOrder,
} from "kuaidi-kefu/order";

const show = (title, issues) => {
  console.log(title);
  for (const i of issues)
    console.log(`  ${i.code}  ${orderMessage(i, "zh-CN")}  |  ${orderMessage(i, "en")}`);
};

// 1. The manual's phone order: [110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100
const phone = validateOrder({
  shipper: { name: "王先生", phone: "13823033212" },
  consignee: { name: "马先生", phone: "0571-25852654" },
  goods: { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
  pickupAddress: "深圳市宝安区福永街道凤凰路1号",
  destination: "杭州",
  payment: "现付",
  pickupFee: "100元",
  orderedAt: "2011-03-10 10:21",
});
assert.equal(phone.ok, true);
const o = phone.value;
console.log("1. phone order accepted:");
console.log(
  `  shipper ${o.shipper.name} (surname ${o.shipper.surname}, ${o.shipper.title}) ${o.shipper.phone.display}`,
);
console.log(
  `  goods ${o.goods.name}: ${o.goods.pieces} pieces, ${o.goods.weightKg} kg, ${o.goods.volumeM3} m³ (${o.goods.pieceWeightKg} kg each)`,
);
console.log(
  `  to ${o.destination.province} ${o.destination.city}; payment ${o.payment.method}; pickup fee ${o.fees.pickup}; ordered ${o.orderedAt}`,
);
assert.deepEqual([o.goods.pieces, o.goods.weightKg, o.goods.volumeM3], [15, 200, 2.2]);
assert.deepEqual([o.destination.city, o.payment.method, o.fees.pickup], ["杭州市", "现付", 100]);
assert.equal(o.orderedAt, "2011-03-10T02:21:00.000Z");

// 2. A web order with a prohibited item: reviewed (核单), voided with the reason, call script.
const review = reviewWebOrder({
  shipper: { name: "李女士", phone: "13912345678" },
  consignee: { name: "马先生", phone: "0571-25852654" },
  goods: { name: "打火机", pieces: 2, weight: 3 },
  pickupAddress: "上海市浦东新区世纪大道100号",
  destination: "浙江省杭州市西湖区文三路1号",
  payment: "到付",
  remarks: "里面还有两瓶香水",
});
show("2. web order reviewed:", [...review.errors, ...review.warnings]);
assert.equal(review.outcome, "void");
assert.deepEqual(
  review.errors.map((i) => [i.code, i.categoryNo, i.item]),
  [["order/prohibited-goods", 4, "打火机"]],
);
assert.deepEqual(
  review.warnings.map((i) => i.code),
  ["order/restricted-goods"],
);
const script = renderConfirmationCall(review, { id: "8011", company: "中铁" });
console.log(script.text.replace(/^/gm, "  "));
assert.equal(script.lines.at(-1).step, "void");
assert.match(script.text, /这张订单将作废/);
const scriptEn = renderConfirmationCall(
  review,
  { id: "8011", company: "China Railway Express" },
  { locale: "en" },
);
console.log(scriptEn.text.replace(/^/gm, "  "));
assert.match(scriptEn.text, /agent number 8011/);

// 3. An over-weight, over-long parcel: refused for express, accepted by a freight profile.
const parcel = {
  shipper: { name: "张先生", phone: "020-87654321" },
  goods: { name: "机床配件", pieces: 1, weight: "0.12吨", dimensions: "160x60x50cm" },
  pickupAddress: "广州市番禺区市桥街道1号",
  destination: "北京市朝阳区建国路88号",
  payment: { method: "月结", monthlyAccount: "7551234567" },
};
const express = validateOrder(parcel, { locale: "en" });
show("3. parcel, express profile:", express.ok ? [] : express.error);
assert.equal(express.ok, false);
assert.deepEqual(
  express.error.map((i) => i.code),
  ["order/overweight", "order/oversize-side"],
);
assert.equal(
  express.error[0].message,
  "over-weight, refused: 120 kg per piece, limit 50 kg (express)",
);
const freight = validateOrder(parcel, {
  profile: createFreightProfile({ maxPieceWeightKg: 500, maxSideCm: 300 }),
});
assert.equal(freight.ok, true);
console.log(
  `   freight profile: accepted, ${freight.value.goods.weightKg} kg to ${freight.value.destination.city}`,
);

console.log("order example: all checks passed");
