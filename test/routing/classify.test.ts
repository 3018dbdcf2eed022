import { describe, expect, test } from "vitest";
import { classifyComplaint, DEFAULT_THRESHOLDS, TEAMS, CATEGORIES } from "kuaidi-kefu/routing";

const route = (text: string, facts: Record<string, unknown> = {}) =>
  classifyComplaint({ text, ...facts });

describe("negation and praise are not complaints", () => {
  test.each([
    "没有破损",
    "包装完好",
    "物流很快",
    "不是快递的问题",
    "物流很快，包装完好，没有破损",
    "东西没坏，一点都没坏",
    "快递一点也不慢",
    "差评是给商品的，跟快递无关，快递小哥很好",
    "还好东西没破损",
  ])("%s", (text) => {
    const r = classifyComplaint(text);
    expect(r.isComplaint).toBe(false);
    expect(r.kind).toBe("praise");
    expect(r.team).toBe("个案组");
    expect(r.priority).toBe("low");
    expect(r.escalate).toBe(false);
  });

  test("a negated cue is reported as negated, with its span", () => {
    const r = classifyComplaint("没有破损");
    expect(r.explanation.cues).toEqual([
      {
        text: "破损",
        start: 2,
        end: 4,
        says: ["damage"],
        weight: 2,
        negated: true,
        clauseWeight: 1,
        question: false,
      },
    ]);
  });

  test("double negation keeps the cue", () => {
    const r = classifyComplaint("不是没有破损，是破损很严重");
    expect(r.category).toBe("损毁");
    expect(r.explanation.cues[0]?.negated).toBe(false);
  });

  test("不小心 and 不知道 do not negate the cue after them", () => {
    expect(classifyComplaint("快递员不小心摔坏了").category).toBe("损毁");
    expect(classifyComplaint("不知道为什么少了一件").category).toBe("丢失短少");
  });
});

describe("contrast: the clause after 但是 weighs more", () => {
  test("虽然…但是… with the complaint second", () => {
    const r = classifyComplaint("虽然物流很快，但是箱子破了，杯子碎了");
    expect(r.isComplaint).toBe(true);
    expect(r.category).toBe("损毁");
    const fast = r.explanation.cues.find((c) => c.text === "物流很快");
    expect(fast?.clauseWeight).toBe(0.4);
    expect(r.explanation.cues.find((c) => c.text === "碎了")?.clauseWeight).toBe(1.5);
  });

  test("虽然…但是… with the praise second", () => {
    const r = classifyComplaint("虽然有点慢，但是包装很好，东西完好无损");
    expect(r.isComplaint).toBe(false);
    expect(r.kind).toBe("praise");
  });

  test("a contrast opening a sentence lowers the previous sentence", () => {
    const r = classifyComplaint("物流挺快的。可是杯子碎了。");
    expect(r.category).toBe("损毁");
    expect(r.explanation.cues.find((c) => c.text === "物流挺快")?.clauseWeight).toBe(0.5);
  });

  test("a contrast word inside a clause splits it", () => {
    expect(classifyComplaint("包装完好但是晚到了四天").category).toBe("延误");
  });
});

describe("what the text is", () => {
  test("a plain question is an inquiry", () => {
    const r = classifyComplaint("请问寄到北京要几天？");
    expect(r.kind).toBe("inquiry");
    expect(r.isComplaint).toBe(false);
    expect(r.priority).toBe("low");
  });

  test("a yes/no question about loss is not a loss complaint", () => {
    const r = classifyComplaint("会不会丢件啊");
    expect(r.isComplaint).toBe(false);
    expect(r.explanation.cues.find((c) => c.text === "丢件")?.question).toBe(true);
  });

  test("a rhetorical question is still a complaint", () => {
    expect(classifyComplaint("怎么还没到？都五天了").category).toBe("延误");
  });

  test("a request goes to 客户需求", () => {
    const r = classifyComplaint("我想把收件地址改成公司地址");
    expect(r.kind).toBe("request");
    expect(r.isComplaint).toBe(false);
    expect(r.frontLineClass).toBe("客户需求");
    expect(r.frontLineClassId).toBe("customer-request");
    expect(r.priority).toBe("normal");
    expect(r.response).toEqual({ class: "simple", hours: 2, slaPolicy: "complaintSimple" });
  });

  test("fresh-food redirect: ask the shipper first (seed 004)", () => {
    const r = route("收件人不在，这箱海鲜能不能转寄到他公司", { goodsCategory: "fresh" });
    expect(r.team).toBe("时令小组");
    expect(r.nextSteps[0]).toBe(
      "转寄或退回：先与寄方核实是否安排；寄方同意则安排并免责（免收费用）",
    );
  });

  test("unknown text: low confidence, 个案组, with a reason", () => {
    const r = classifyComplaint("asdf 1234");
    expect(r.kind).toBe("unknown");
    expect(r.team).toBe("个案组");
    expect(r.confidenceTier).toBe("low");
    expect(r.confidence).toBeLessThan(DEFAULT_THRESHOLDS.suggest);
    expect(r.issues.map((i) => i.code)).toEqual(["routing/no-cue"]);
    expect(r.explanation.layer).toBe("fallback");
    expect(r.nextSteps[0]).toBe("内容不足以判断：回电客户问清问题后再分类");
  });

  test.each([
    ["", "routing/empty-text"],
    ["   \u3000\n", "routing/empty-text"],
    ["\u200b", "routing/empty-text"],
  ])("empty text %j", (text, code) => {
    const r = classifyComplaint(text);
    expect(r.kind).toBe("invalid");
    expect(r.team).toBe("个案组");
    expect(r.confidence).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual([code]);
  });

  test.each([[null], [undefined], [42], [{}], [[]], [{ text: 5 }]])("not text: %j", (input) => {
    const r = classifyComplaint(input as never);
    expect(r.kind).toBe("invalid");
    expect(r.issues[0]?.code).toBe("routing/not-text");
    expect(r.team).toBe("个案组");
  });

  test("too long", () => {
    const r = classifyComplaint("慢".repeat(20), { maxLength: 10, locale: "en" });
    expect(r.issues).toEqual([
      {
        code: "routing/too-long",
        message:
          "the complaint is too long: 20 characters, limit 10; sent to the individual-case group",
        length: 20,
        max: 10,
      },
    ]);
  });
});

describe("categories and front-line classes", () => {
  test.each([
    ["快递五天了还没到，物流一直不更新", "延误", "快件时效"],
    ["包裹丢了，网点说找不到", "丢失短少", "快件安全"],
    ["三箱只收到两箱，少了一箱", "丢失短少", "快件安全"],
    ["箱子压扁了，里面的杯子碎了", "损毁", "快件安全"],
    ["显示已签收，但我根本没收到", "投递服务", "服务类"],
    ["没打电话就放驿站了，不送货上门", "投递服务", "服务类"],
    ["预约了上门取件，等了一天没人来取", "收寄服务", "服务类"],
    ["取件还要收两块钱保管费", "违规收费", "服务类"],
    ["代收货款一直没到账", "代收货款", "服务类"],
    ["寄完快递就接到骚扰电话，信息泄露了", "其他", "服务类"],
  ])("%s → %s", (text, category, frontLine) => {
    const r = classifyComplaint(text);
    expect(r.isComplaint).toBe(true);
    expect(r.category).toBe(category);
    expect(r.frontLineClass).toBe(frontLine);
    expect(CATEGORIES.find((c) => c.label === r.category)?.id).toBe(r.categoryId);
  });

  test("several complaints: secondary categories", () => {
    const r = classifyComplaint("快递又慢又破，箱子都压扁了，等了五天，快递员还不送上门");
    expect(r.category).toBe("损毁");
    expect(r.secondaryCategories).toEqual(["投递服务", "延误"]);
    expect(r.response).toEqual({ class: "complex", hours: 24, slaPolicy: "complaintComplex" });
  });

  test("delay is a simple question (2 h)", () => {
    const r = classifyComplaint("快递三天了还没到");
    expect(r.response).toEqual({ class: "simple", hours: 2, slaPolicy: "complaintSimple" });
    expect(r.priority).toBe("normal");
  });
});

describe("groups, in decision order", () => {
  test("ordinary damage → 损遗小组, ask about the outer packaging first (seed 003)", () => {
    const r = classifyComplaint("收到的花瓶碎了");
    expect(r.team).toBe("损遗小组");
    expect(r.teamId).toBe("damage-loss");
    expect(r.explanation.rule).toBe("damage-loss");
    expect(r.nextSteps).toContain(
      "先问客户外包装是否破损：外包装破损先与承运环节交涉；外包装完好则请客户拍照确认内件破损情况",
    );
  });

  test("ordinary loss: ask for order and batch numbers (seed 003)", () => {
    const r = classifyComplaint("少了一件", { locale: "en" });
    expect(r.nextSteps).toContain(
      "Ask for the order and batch numbers and what is missing; once confirmed, re-send urgently",
    );
  });

  test("perishables by fact and by text", () => {
    const fact = route("东西坏了", { goodsCategory: "生鲜" });
    expect(fact.team).toBe("时令小组");
    expect(fact.explanation.rule).toBe("perishable-fact");
    expect(fact.explanation.layer).toBe("facts");
    expect(fact.priority).toBe("high");
    const text = classifyComplaint("收到的荔枝一半都烂了");
    expect(text.team).toBe("时令小组");
    expect(text.explanation.rule).toBe("perishable-text");
    expect(classifyComplaint("苹果手机摔坏了").team).toBe("损遗小组");
  });

  test("fresh-food delay: tell the truth, soothe, special delivery (seed 004)", () => {
    const r = route("大闸蟹三天还没到", { goodsCategory: "fresh" });
    expect(r.nextSteps.slice(0, 3)).toEqual([
      "催派：如实告知客户快件实际情况并安抚",
      "客户急用：升级调度，与中转场核实安排特派",
      "延误件到件时当面验货，托寄物如有损坏、变质再反馈",
    ]);
  });

  test("COD by text and by fact", () => {
    expect(classifyComplaint("货款一直没打给我").team).toBe("代收货款组");
    const r = route("快递一直不派送", { codAmount: 320 });
    expect(r.team).toBe("代收货款组");
    expect(r.explanation.rule).toBe("cod-fact");
    expect(r.category).toBe("延误");
  });

  test("key account", () => {
    const r = route("这批货有八箱没到", { keyAccount: true });
    expect(r.team).toBe("大客户专项");
    expect(r.priority).toBe("high");
  });

  test.each([
    [{ origin: "HK" }],
    [{ destination: "澳门" }],
    [{ origin: "TW" }],
    [{ destination: "US" }],
    [{ origin: "abroad" }],
  ])("customs by fact %j", (facts) => {
    const r = route("快递十天还没到", facts);
    expect(r.team).toBe("关务组");
    expect(r.explanation.rule).toBe("customs-fact");
  });

  test("customs by text, not by a mainland fact", () => {
    expect(classifyComplaint("包裹在海关清关卡了十天").team).toBe("关务组");
    expect(route("快递十天还没到", { origin: "CN", destination: "广州" }).team).toBe("个案组");
  });

  test("high value by declared value, by amount in the text, and in Chinese numerals", () => {
    const fact = route("相机丢了", { declaredValue: 5000 });
    expect(fact.team).toBe("理赔组");
    expect(fact.explanation.rule).toBe("claim-high-value");
    expect(route("相机丢了", { declaredValue: 500 }).team).toBe("损遗小组");
    const text = classifyComplaint("价值8000元的电脑寄丢了");
    expect(text.team).toBe("理赔组");
    expect(text.explanation.amount).toEqual({ value: 8000, start: 2, end: 7 });
    expect(classifyComplaint("保价三千的玉镯碎了").explanation.amount?.value).toBe(3000);
    expect(classifyComplaint("保价两万五千的手表丢了").explanation.amount?.value).toBe(25000);
    expect(classifyComplaint("价值1.2万的手表丢了").explanation.amount?.value).toBe(12000);
    expect(classifyComplaint("¥1500的耳机丢了").team).toBe("理赔组");
    expect(
      classifyComplaint("价值3000元的手机丢了", { thresholds: { highValue: 5000 } }).team,
    ).toBe("损遗小组");
  });

  test("a disputed claim → 理赔组", () => {
    const r = classifyComplaint("手机丢了只赔三倍运费，这个赔偿金额我不接受");
    expect(r.team).toBe("理赔组");
    expect(r.explanation.rule).toBe("claim-dispute");
  });

  test("a compensation demand → 升级小组", () => {
    const r = classifyComplaint("箱子破了东西也坏了，要求赔偿");
    expect(r.team).toBe("升级小组");
    expect(r.escalate).toBe(true);
    expect(r.escalationSignals).toEqual(["compensation"]);
    expect(r.explanation.rule).toBe("compensation-demand");
  });

  test.each([
    ["快递丢了，我要打12305投诉", "regulator"],
    ["再不处理我就去邮政管理局投诉", "regulator"],
    ["我要找媒体曝光你们", "media"],
    ["我已经找了律师，准备起诉", "lawyer"],
    ["你们这帮骗子", "insult"],
    ["这是我第三次打电话了，快递还没到", "repeat"],
    ["我打了5次电话都没人处理", "repeat"],
  ])("escalation cue: %s", (text, signal) => {
    const r = classifyComplaint(text);
    expect(r.team).toBe("升级小组");
    expect(r.teamId).toBe("escalation");
    expect(r.escalate).toBe(true);
    expect(r.isComplaint).toBe(true);
    expect(r.escalationSignals).toContain(signal);
    expect(r.priority).toBe("urgent");
    expect(r.response).toEqual({ class: "complex", hours: 24, slaPolicy: "complaintComplex" });
  });

  test("repeated contact and earlier escalations from the facts come first", () => {
    const repeat = route("快递还没到", { contactCount: 3, codAmount: 100 });
    expect(repeat.team).toBe("升级小组");
    expect(repeat.explanation.rule).toBe("repeat-contact");
    expect(repeat.escalationSignals).toEqual(["repeat"]);
    expect(route("快递还没到", { contactCount: 2 }).team).toBe("个案组");
    expect(route("快递还没到", { contactCount: 2 }).priority).toBe("high");
    expect(route("快递还没到", { contactCount: 2 }).escalate).toBe(false);
    const prior = route("快递还没到", { priorEscalations: 1 });
    expect(prior.explanation.rule).toBe("prior-escalation");
    expect(prior.escalationSignals).toEqual(["prior-escalation"]);
    expect(route("快递还没到", { contactCount: 2 }).team).toBe("个案组");
    expect(
      classifyComplaint("快递还没到", {
        thresholds: { repeatContacts: 2 },
        facts: { contactCount: 2 },
      }).team,
    ).toBe("升级小组");
  });

  test("escalation beats claims; claims beat customs; customs beat COD and perishables", () => {
    expect(route("价值5000元的相机丢了，我要找律师", {}).team).toBe("升级小组");
    expect(route("相机丢了", { declaredValue: 5000, origin: "HK" }).team).toBe("理赔组");
    expect(route("水果烂了", { origin: "TW", codAmount: 50, goodsCategory: "fresh" }).team).toBe(
      "关务组",
    );
    expect(route("水果烂了", { codAmount: 50, goodsCategory: "fresh" }).team).toBe("时令小组");
    expect(route("东西坏了", { codAmount: 50, keyAccount: true }).team).toBe("代收货款组");
  });

  test("praise with no fact stays with 个案组 at low priority", () => {
    const r = classifyComplaint("快递小哥服务很好，谢谢");
    expect(r.explanation.rule).toBe("praise");
    expect(r.team).toBe("个案组");
  });
});

describe("explanation", () => {
  test("spans point into the original text, full-width and all", () => {
    const text = "ＳＦ１２３的快递，　显示已签收，但我没收到！";
    const r = classifyComplaint(text);
    for (const c of r.explanation.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(r.explanation.cues.map((c) => c.text)).toEqual(["显示已签收", "没收到"]);
  });

  test("summary in both languages", () => {
    expect(classifyComplaint("快递丢了").explanation.summary).toBe(
      "普通快件破损或遗失 → 损遗小组，类别：丢失短少；线索词：“丢了”",
    );
    expect(classifyComplaint("快递丢了", { locale: "en" }).explanation.summary).toBe(
      'damage or loss of an ordinary item → damage-loss (损遗小组), category loss; cues: "丢了"',
    );
  });

  test("facts decide with high confidence and say so", () => {
    const r = route("东西坏了", { keyAccount: true });
    expect(r.explanation.layer).toBe("facts");
    expect(r.confidence).toBe(0.9);
    expect(r.confidenceTier).toBe("high");
  });

  test("invalid facts are ignored with a warning", () => {
    const r = route("快递丢了", {
      codAmount: "很多",
      keyAccount: "yes",
      origin: 5,
      goodsCategory: 3,
      contactCount: -1,
    });
    expect(r.team).toBe("损遗小组");
    expect(r.issues.map((i) => i.code)).toEqual([
      "routing/invalid-fact",
      "routing/invalid-fact",
      "routing/invalid-fact",
      "routing/invalid-fact",
      "routing/invalid-fact",
    ]);
    expect(r.issues.map((i) => (i as { field?: string }).field)).toEqual([
      "goodsCategory",
      "codAmount",
      "origin",
      "keyAccount",
      "contactCount",
    ]);
  });

  test("facts given in options override those in the complaint", () => {
    expect(
      classifyComplaint({ text: "东西坏了", keyAccount: false }, { facts: { keyAccount: true } })
        .team,
    ).toBe("大客户专项");
  });

  test("thresholds that are not finite numbers are ignored", () => {
    const r = classifyComplaint("价值3000元的手机丢了", { thresholds: { highValue: Number.NaN } });
    expect(r.team).toBe("理赔组");
  });

  test("team ids and labels agree", () => {
    const r = classifyComplaint("快递员态度很差");
    expect(TEAMS.find((t) => t.id === r.teamId)?.label).toBe(r.team);
  });
});

describe("weak escalation cues add up", () => {
  test("one 垃圾 is venting, three are an insult", () => {
    expect(classifyComplaint("物流太慢，垃圾").escalate).toBe(false);
    const r = classifyComplaint("不送货上门，垃圾垃圾垃圾");
    expect(r.escalate).toBe(true);
    expect(r.escalationSignals).toEqual(["insult"]);
  });

  test("a compensation demand in a yes/no question does not escalate", () => {
    expect(classifyComplaint("东西坏了，可以要求赔偿吗").escalate).toBe(false);
  });
});
