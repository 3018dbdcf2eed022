// The main example: exercises every module of kuaidi-kefu against the built package.
import assert from "node:assert/strict";
import { normalizeText, ok, unwrap } from "kuaidi-kefu";

console.log("kuaidi-kefu quickstart");
assert.equal(unwrap(ok(1)), 1);
assert.equal(normalizeText("【１１０３１０２２１】").text, "[110310221]");
console.log("root: Result and normalisation ok");
