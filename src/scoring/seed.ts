import type { ScorecardConfig } from "./config-types.ts";
import type { Scorecard } from "./define.ts";

const twoChances = { kind: "chances", chances: 2 } as const;
const onePerRule = { kind: "per-occurrence", points: 1 } as const;

/**
 * Seed 003's 客服工作考核制度 as a scorecard configuration, with the source's numbers as printed:
 * work items 1-7 (complaints 10, production tracking 10 of which only b-e = 8 are listed,
 * consultation 5, dispatch registration 3, outsourced and rework items 4, etiquette 6, training
 * 5), each 2-point item of 1 and 2 worth "two chances, one point each", items 3-7 one point per
 * rule not followed; attendance 2.5 + hygiene 2.5; special reward up to 10; total 65. The work
 * section declares 50 points (1 point = 20 yuan of the 1000-yuan assessment pay) though its
 * items add up to 43. Where the source is silent the preset names its default: attendance,
 * hygiene and special points are paid at the same 20 yuan per point; "repeated complaints"
 * means 2 or more in the month.
 *
 * @example
 * ```ts
 * import { KEFU_ASSESSMENT_CONFIG } from "kuaidi-kefu/scoring";
 * KEFU_ASSESSMENT_CONFIG.sections.map((s) => s.max); // => [50, 5, 10]
 * KEFU_ASSESSMENT_CONFIG.sections[0]?.criteria.map((c) => c.max); // => [10, 10, 5, 3, 4, 6, 5]
 * ```
 */
export const KEFU_ASSESSMENT_CONFIG: ScorecardConfig = {
  id: "kefu-assessment",
  name: "客服工作考核制度",
  nameEn: "Customer-service assessment scheme",
  total: 65,
  sections: [
    {
      id: "work",
      name: "工作考核",
      nameEn: "Work",
      kind: "deduction",
      max: 50,
      pay: { component: "assessment", fenPerPoint: 2000 },
      criteria: [
        {
          id: "complaints",
          name: "客户投诉和查询",
          nameEn: "Complaints and enquiries",
          max: 10,
          criteria: [
            {
              id: "complaints.process",
              name: "处理过程是否按照规范执行",
              nameEn: "Process followed",
              max: 2,
              rule: twoChances,
            },
            {
              id: "complaints.facts",
              name: "事件查询是否事实清楚，责任明确",
              nameEn: "Facts clear, responsibility defined",
              max: 2,
              rule: twoChances,
            },
            {
              id: "complaints.record",
              name: "是否如实详细记录（时间、负责人、经过）",
              nameEn: "Recorded truthfully and in detail",
              max: 2,
              rule: twoChances,
            },
            {
              id: "complaints.on-time",
              name: "是否在规定时间内处理",
              nameEn: "Handled within the time limit",
              max: 2,
              rule: twoChances,
            },
            {
              id: "complaints.satisfaction",
              name: "处理结果客户满意度",
              nameEn: "Customer satisfaction with the result",
              max: 2,
              rule: twoChances,
            },
          ],
        },
        {
          id: "production",
          name: "生产进度跟踪",
          nameEn: "Production progress tracking",
          max: 10,
          criteria: [
            {
              id: "production.key-accounts",
              name: "重点客户是否按规定时间内完工",
              nameEn: "Key accounts finished on time",
              max: 2,
              rule: twoChances,
            },
            {
              id: "production.rush-delivered",
              name: "加急件是否落实到位（到客人准时收到产品止）",
              nameEn: "Rush orders carried through",
              max: 2,
              rule: twoChances,
            },
            {
              id: "production.rush-recorded",
              name: "加急件是否如实详细记录",
              nameEn: "Rush orders recorded",
              max: 2,
              rule: twoChances,
            },
            {
              id: "production.rush-satisfaction",
              name: "加急件客户满意度",
              nameEn: "Rush-order customer satisfaction",
              max: 2,
              rule: twoChances,
            },
          ],
        },
        {
          id: "consulting",
          name: "业务咨询和洽谈工作",
          nameEn: "Consultation and negotiation",
          max: 5,
          criteria: [
            {
              id: "consulting.rules",
              name: "规范执行度",
              nameEn: "Rules followed",
              max: 4,
              rule: onePerRule,
            },
            {
              id: "consulting.process",
              name: "熟悉整个生产流程、服务流程",
              nameEn: "Knows the whole process",
              max: 1,
              rule: onePerRule,
            },
          ],
        },
        {
          id: "dispatch-register",
          name: "发车登记工作",
          nameEn: "Dispatch registration",
          max: 3,
          rule: onePerRule,
        },
        {
          id: "outsourcing",
          name: "外加工件和返工件工作",
          nameEn: "Outsourced and rework items",
          max: 4,
          criteria: [
            {
              id: "outsourcing.outsourced",
              name: "外加工件规范执行度",
              nameEn: "Outsourced items",
              max: 2,
              rule: onePerRule,
            },
            {
              id: "outsourcing.rework",
              name: "返工件规范执行度",
              nameEn: "Rework items",
              max: 2,
              rule: onePerRule,
            },
          ],
        },
        { id: "etiquette", name: "礼仪工作", nameEn: "Etiquette", max: 6, rule: onePerRule },
        {
          id: "training",
          name: "参加公司培训达标",
          nameEn: "Training passed",
          max: 5,
          rule: onePerRule,
        },
      ],
    },
    {
      id: "attendance-hygiene",
      name: "出勤和卫生考核",
      nameEn: "Attendance and hygiene",
      kind: "deduction",
      max: 5,
      pay: { component: "attendance", fenPerPoint: 2000 },
      criteria: [
        {
          id: "attendance",
          name: "出勤",
          nameEn: "Attendance",
          max: 2.5,
          rule: { kind: "marked" },
        },
        { id: "hygiene", name: "卫生", nameEn: "Hygiene", max: 2.5, rule: { kind: "marked" } },
      ],
    },
    {
      id: "special",
      name: "特殊奖励",
      nameEn: "Special reward",
      kind: "bonus",
      max: 10,
      pay: { component: "special", fenPerPoint: 2000 },
      criteria: [
        {
          id: "merit",
          name: "特殊贡献",
          nameEn: "Special merit",
          max: 10,
          rule: { kind: "bonus", pointsPerEvent: 10 },
        },
      ],
    },
  ],
  routes: {
    complaint: "complaints.satisfaction",
    late: "complaints.on-time",
    survey: "complaints.satisfaction",
    attendance: "attendance",
    hygiene: "hygiene",
    merit: "merit",
  },
  fines: [
    {
      id: "repeated-complaints",
      name: "多次客户投诉或客户流失",
      nameEn: "Repeated complaints or lost customers",
      minFen: 10000,
      maxFen: 20000,
    },
    {
      id: "production-chaos",
      name: "安排不到位导致生产混乱",
      nameEn: "Production chaos",
      minFen: 10000,
      maxFen: 20000,
    },
    {
      id: "missing-record",
      name: "具体工作未做详细记录",
      nameEn: "Missing record",
      minFen: 5000,
      maxFen: 5000,
    },
    { id: "major-loss", name: "工作失误造成重大经济损失", nameEn: "Major financial loss" },
  ],
  consequences: [
    {
      id: "praise",
      name: "部门内部表扬并奖励 50 元",
      nameEn: "Praise in the department and 50 yuan",
      section: "work",
      full: true,
      rewardFen: 5000,
    },
    {
      id: "training",
      name: "临时离岗，参加为期一星期的强化培训",
      nameEn: "Off post for a week of intensive training",
      section: "work",
      below: 25,
    },
    {
      id: "repeated-complaints",
      name: "多次客户投诉，应罚款 100-200 元",
      nameEn: "Repeated complaints: fine of 100-200 yuan due",
      events: { eventType: "complaint", count: 2 },
      suggestFine: "repeated-complaints",
    },
  ],
  streaks: [
    {
      id: "company-praise",
      name: "连续 3 个月满分：全公司通报表扬，奖励 200-300 元",
      nameEn: "3 full months in a row: company-wide praise and 200-300 yuan",
      section: "work",
      consecutive: 3,
      rewardFen: { min: 20000, max: 30000 },
    },
    {
      id: "raise-half-year",
      name: "连续半年满分：考虑提高基本工资",
      nameEn: "6 full months in a row: consider a raise",
      section: "work",
      consecutive: 6,
    },
    {
      id: "raise-year",
      name: "全年超过 10 个月满分：考虑提高基本工资",
      nameEn: "More than 10 full months in a year: consider a raise",
      section: "work",
      inYear: 11,
    },
  ],
  newStaff: { trainingMonths: 1, probationMonths: 1 },
};

/**
 * Seed 003's scheme, validated: {@link KEFU_ASSESSMENT_CONFIG} with the two warnings
 * `defineScorecard` reports for it (production tracking declares 10 but lists 8; the work
 * section declares 50 but its items add up to 43). Scoring is by deduction from the declared
 * maxima, so the points no criterion covers can never be lost.
 *
 * @example
 * ```ts
 * import { KEFU_ASSESSMENT_SCORECARD } from "kuaidi-kefu/scoring";
 * KEFU_ASSESSMENT_SCORECARD.warnings.map((w) => w.path); // => [["sections", 0, "criteria", 1, "max"], ["sections", 0, "max"]]
 * ```
 */
export const KEFU_ASSESSMENT_SCORECARD: Scorecard = {
  kind: "scorecard",
  config: KEFU_ASSESSMENT_CONFIG,
  warnings: [
    {
      code: "scoring/maxima-mismatch",
      message: "production 声明总分 10 分，所列子项合计 8 分",
      path: ["sections", 0, "criteria", 1, "max"],
      id: "production",
      declared: 10,
      sum: 8,
    },
    {
      code: "scoring/maxima-mismatch",
      message: "work 声明总分 50 分，所列子项合计 43 分",
      path: ["sections", 0, "max"],
      id: "work",
      declared: 50,
      sum: 43,
    },
  ],
};

/**
 * The name the issue gives the seed preset: the same object as {@link KEFU_ASSESSMENT_SCORECARD}.
 *
 * @example
 * ```ts
 * import { SEED_SCORECARD, KEFU_ASSESSMENT_SCORECARD } from "kuaidi-kefu/scoring";
 * SEED_SCORECARD === KEFU_ASSESSMENT_SCORECARD; // => true
 * ```
 */
export const SEED_SCORECARD: Scorecard = KEFU_ASSESSMENT_SCORECARD;
