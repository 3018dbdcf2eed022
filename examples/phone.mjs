// kuaidi-kefu/phone: parse the numbers of a phone order, test a few, and pull every number
// out of the dispatch SMS of the customer-service manual.
import assert from "node:assert/strict";
import { findPhones, formatPhone, isMobile, isPhone, parsePhone } from "kuaidi-kefu/phone";

console.log("kuaidi-kefu/phone example");

// 1. The shipper's mobile and the consignee's landline, as an agent might type them.
const shipper = parsePhone("+86 138-2303-3212");
assert.equal(shipper.ok, true);
console.log("shipper:", shipper.value.display, shipper.value.e164, shipper.value.network.name);
assert.equal(shipper.value.national, "13823033212");
assert.equal(shipper.value.network.id, "china-mobile");
assert.equal(shipper.value.network.mayBePorted, true);

const consignee = parsePhone("（0571）25852654转802");
assert.equal(consignee.ok, true);
console.log("consignee:", consignee.value.display, consignee.value.city);
assert.deepEqual(
  [
    consignee.value.kind,
    consignee.value.areaCode,
    consignee.value.local,
    consignee.value.extension,
  ],
  ["landline", "0571", "25852654", "802"],
);
assert.equal(formatPhone(consignee.value, "international"), "+86 571 2585 2654 ext. 802");

// 2. Errors are data with stable codes, in Chinese or English.
const bad = parsePhone("14512345678", { locale: "en" });
assert.equal(bad.ok, false);
console.log("refused:", bad.error.code, "-", bad.error.message);
assert.equal(bad.error.code, "phone/data-only-number");
assert.equal(parsePhone("0571-2585265").error.code, "phone/invalid-length");
assert.equal(
  parsePhone("95338", { kinds: ["mobile", "landline"] }).error.code,
  "phone/kind-not-allowed",
);

// 3. Yes/no checks never throw.
assert.equal(isPhone("400-811-1111"), true);
assert.equal(isPhone("95338"), true);
assert.equal(isMobile("0571-25852654"), false);
assert.equal(isPhone(undefined), false);

// 4. Every number of the dispatch SMS, wrapped over lines as the manual prints it.
const sms =
  "[110310221]客王先生1382303\n3212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";
const found = findPhones(sms);
for (const m of found)
  console.log(`found ${m.number.kind} ${m.number.display} at ${m.start}-${m.end}`);
assert.deepEqual(
  found.map((m) => m.number.national),
  ["13823033212", "057125852654"],
);
for (const m of found) assert.equal(sms.slice(m.start, m.end), m.raw);

console.log("phone example: all checks passed");
