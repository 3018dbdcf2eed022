import fc from "fast-check";
import type { Dispatch } from "kuaidi-kefu/sms";

const SURNAMES = [..."王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"];
const HONORIFICS = ["先生", "小姐", "女士", "师傅", "总"];

export const personName = fc.oneof(
  fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...HONORIFICS)).map(([s, h]) => s + h),
  fc
    .tuple(
      fc.constantFrom(...SURNAMES),
      fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }),
    )
    .map(([s, g]) => s + g.join("")),
  fc.constantFrom("欧阳先生", "诸葛小姐"),
);

const mobile = fc
  .tuple(
    fc.constantFrom("138", "139", "135", "186", "159", "177", "199", "150"),
    fc.integer({ min: 0, max: 99_999_999 }),
  )
  .map(([p, n]) => p + String(n).padStart(8, "0"));
const landline = fc
  .tuple(
    fc.constantFrom("0571", "010", "020", "021", "0755", "0512", "028"),
    fc.integer({ min: 20_000_000, max: 89_999_999 }),
  )
  .map(([a, n]) => `${a}-${n}`);
export const phone = fc.oneof(mobile, landline);

const serial = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 999 }),
  )
  .map(
    ([y, m, d, s]) =>
      [y, m, d].map((n) => String(n).padStart(2, "0")).join("") + String(s).padStart(3, "0"),
  );

const tenths = (max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 1, max: max * 10 }).map((n) => n / 10);

/** Valid dispatches whose every field reads back from the SMS. */
export const dispatch: fc.Arbitrary<Dispatch> = fc
  .record(
    {
      serial,
      shipperName: personName,
      shipperPhone: phone,
      goods: fc.constantFrom(
        "配件",
        "服装",
        "电器",
        "五金",
        "家具",
        "茶叶",
        "图书",
        "机械零件",
        "布料",
        "陶瓷",
      ),
      pieces: fc.integer({ min: 1, max: 999 }),
      weightKg: fc.oneof(
        fc.integer({ min: 1, max: 5000 }),
        tenths(300),
        fc.constantFrom(200, 1000, 2500),
      ),
      volumeM3: tenths(60),
      destination: fc.constantFrom(
        "杭州",
        "上海",
        "北京市",
        "广州市天河区",
        "义乌",
        "苏州工业园区",
        "成都",
      ),
      consigneeName: personName,
      consigneePhone: phone,
      payment: fc.constantFrom("现付", "到付", "月结") as fc.Arbitrary<"现付" | "到付" | "月结">,
      extraCharges: fc.array(
        fc.record({
          name: fc.constantFrom("提货费", "送货费", "上楼费"),
          amount: fc.integer({ min: 1, max: 500 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      note: fc.constantFrom("15点前提", "下午3点前提", "易碎轻放", "请提前联系", "上午10点半前提"),
      staffNo: fc.integer({ min: 1000, max: 9999 }).map(String),
    },
    {
      requiredKeys: [
        "serial",
        "shipperName",
        "shipperPhone",
        "goods",
        "destination",
        "consigneeName",
        "consigneePhone",
        "payment",
        "staffNo",
      ],
    },
  )
  .map((d) => d as Dispatch);
