// Routes a handful of realistic complaints with kuaidi-kefu/routing and prints why each went
// where it went. Run: npx tsup && node examples/routing.mjs
import assert from "node:assert/strict";
import {
  classifyComplaint,
  createComplaintClassifier,
  loadComplaintModel,
  trainComplaintModel,
} from "kuaidi-kefu/routing";

const complaints = [
  {
    text: "快递显示已签收，但我根本没收到，也没人给我打电话",
    expect: { team: "个案组", category: "投递服务" },
  },
  {
    text: "收到的荔枝一半都烂了，箱子也压扁了",
    goodsCategory: "fresh",
    expect: { team: "时令小组", category: "损毁" },
  },
  { text: "代收货款半个月了还没到账", expect: { team: "代收货款组", category: "代收货款" } },
  {
    text: "保价五千的相机在运输途中丢失了",
    declaredValue: 5000,
    expect: { team: "理赔组", category: "丢失短少" },
  },
  {
    text: "从香港寄来的包裹在海关停了一周",
    origin: "HK",
    expect: { team: "关务组", category: "延误" },
  },
  {
    text: "这是我第三次打电话了，再不处理我就打12305投诉",
    expect: { team: "升级小组", escalate: true },
  },
  {
    text: "虽然物流有点慢，但是包装完好，没有破损",
    expect: { team: "个案组", isComplaint: false },
  },
  {
    text: "我想把收件地址改成公司地址",
    expect: { frontLineClass: "客户需求", isComplaint: false },
  },
  { text: "", expect: { team: "个案组", kind: "invalid" } },
];

for (const { expect, ...complaint } of complaints) {
  const r = classifyComplaint(complaint);
  console.log(`\n「${complaint.text}」`);
  console.log(
    `  ${r.isComplaint ? "投诉" : r.kind} · ${r.frontLineClass} · ${r.category}` +
      `${r.secondaryCategories.length ? ` (+${r.secondaryCategories.join("、")})` : ""}` +
      ` → ${r.team} (${r.teamId}) · 优先级 ${r.priority} · ${r.response.hours} 小时内答复` +
      ` · 置信度 ${r.confidence} (${r.confidenceTier})${r.escalate ? " · 升级" : ""}`,
  );
  console.log(`  why: ${r.explanation.summary}`);
  for (const c of r.explanation.cues) {
    console.log(
      `    [${c.start},${c.end}) "${c.text}" ${c.says.join("/")}${c.negated ? " (negated)" : ""}` +
        `${c.clauseWeight !== 1 ? ` ×${c.clauseWeight}` : ""}`,
    );
  }
  for (const issue of r.issues) console.log(`  issue ${issue.code}: ${issue.message}`);
  console.log(`  next: ${r.nextSteps[0]}`);
  for (const [key, value] of Object.entries(expect))
    assert.equal(r[key], value, `${complaint.text}: ${key}`);
}

// A host with its own labelled tickets trains a model, stores it as JSON, loads it back
// (validated) and combines it with the rules.
const tickets = [
  { text: "网点拖了一个礼拜都没挪窝", label: "延误" },
  { text: "件在站点躺了五天没人管", label: "延误" },
  { text: "箱子里空空的，东西没了", label: "丢失短少" },
  { text: "杯子碎成渣了", label: "损毁" },
  { text: "小哥人很好，谢谢", label: "none" },
];
const trained = trainComplaintModel(tickets);
assert.ok(trained.ok);
const loaded = loadComplaintModel(JSON.stringify(trained.value));
assert.ok(loaded.ok);
const classifier = createComplaintClassifier({
  model: loaded.value,
  thresholds: { modelOnly: 0.5 },
});
assert.ok(classifier.ok);
const r = classifier.value.classify("件在网点躺了一个礼拜");
console.log(
  `\nwith a model: 「件在网点躺了一个礼拜」 → ${r.category} via ${r.explanation.layer} (${r.confidence})`,
);
assert.equal(r.category, "延误");
assert.equal(r.explanation.layer, "model");

const crafted = loadComplaintModel('{"__proto__":{"polluted":true}}', { locale: "en" });
assert.equal(crafted.ok, false);
assert.equal({}.polluted, undefined);
console.log(`crafted model refused: ${crafted.error.message}`);
