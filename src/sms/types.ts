import type { PaymentMethod } from "../core/payment.ts";

export type { PaymentMethod };

/**
 * An extra charge the driver collects (有无额外收费): `加提货费100` is `{ name: "提货费", amount: 100 }`.
 * The name ends with 费; the amount is in yuan.
 *
 * @example
 * ```ts
 * import type { ExtraCharge } from "kuaidi-kefu/sms";
 * const fee: ExtraCharge = { name: "提货费", amount: 100 };
 * fee.amount; // => 100
 * ```
 */
export interface ExtraCharge {
  readonly name: string;
  readonly amount: number;
}

/**
 * One dispatch order as the SMS carries it, in the manual's field order: serial, shipper name,
 * shipper phone, goods, pieces, weight, volume, destination, consignee name, consignee phone,
 * payment, extra charges, note, staff number. Phones are in display form (`13823033212`,
 * `0571-25852654`). `extraCharges` and `note` are the optional parts the encoder may shorten or
 * leave out to fit; every other field is mandatory when given.
 *
 * @example
 * ```ts
 * import type { Dispatch } from "kuaidi-kefu/sms";
 * const order: Dispatch = {
 *   serial: "110310221", shipperName: "王先生", shipperPhone: "13823033212", goods: "配件",
 *   pieces: 15, weightKg: 200, volumeM3: 2.2, destination: "杭州", consigneeName: "马先生",
 *   consigneePhone: "0571-25852654", payment: "现付",
 *   extraCharges: [{ name: "提货费", amount: 100 }], note: "15点前提", staffNo: "8011",
 * };
 * order.payment; // => "现付"
 * ```
 */
export interface Dispatch {
  /** 流水号: `yyMMdd` + daily sequence (see `formatSerial`). */
  readonly serial: string;
  /** 发货人名称: a name or a surname with 先生/小姐/女士. */
  readonly shipperName: string;
  readonly shipperPhone: string;
  /** 货物名称. */
  readonly goods: string;
  /** 数量 in pieces (件). */
  readonly pieces?: number;
  /** 重量 in kilograms. */
  readonly weightKg?: number;
  /** 方数 in cubic metres. */
  readonly volumeM3?: number;
  /** 目的地. */
  readonly destination: string;
  readonly consigneeName: string;
  readonly consigneePhone: string;
  /** 付款方式. */
  readonly payment: PaymentMethod;
  /** 额外收费, optional. */
  readonly extraCharges?: readonly ExtraCharge[];
  /** 提示 (e.g. `15点前提`), optional. */
  readonly note?: string;
  /** 客户服务人员工号. */
  readonly staffNo: string;
}

/**
 * The fields of a {@link Dispatch}, by name.
 *
 * @example
 * ```ts
 * import type { DispatchField } from "kuaidi-kefu/sms";
 * const field: DispatchField = "consigneePhone";
 * field; // => "consigneePhone"
 * ```
 */
export type DispatchField = keyof Dispatch;

/**
 * Every field of a dispatch SMS in the order the manual writes them (seed 000, 2.2.3): serial,
 * shipper name and phone, goods, pieces, weight, volume, destination, consignee name and phone,
 * payment, extra charges, note, staff number.
 *
 * @example
 * ```ts
 * import { DISPATCH_FIELD_ORDER } from "kuaidi-kefu/sms";
 * DISPATCH_FIELD_ORDER[0]; // => "serial"
 * DISPATCH_FIELD_ORDER.length; // => 14
 * ```
 */
export const DISPATCH_FIELD_ORDER: readonly DispatchField[] = [
  "serial",
  "shipperName",
  "shipperPhone",
  "goods",
  "pieces",
  "weightKg",
  "volumeM3",
  "destination",
  "consigneeName",
  "consigneePhone",
  "payment",
  "extraCharges",
  "note",
  "staffNo",
];

/**
 * The fields every dispatch SMS must carry, in SMS order; the encoder never drops one and the
 * parser reports each one it cannot find.
 *
 * @example
 * ```ts
 * import { MANDATORY_DISPATCH_FIELDS } from "kuaidi-kefu/sms";
 * MANDATORY_DISPATCH_FIELDS.length; // => 9
 * ```
 */
export const MANDATORY_DISPATCH_FIELDS = [
  "serial",
  "shipperName",
  "shipperPhone",
  "goods",
  "destination",
  "consigneeName",
  "consigneePhone",
  "payment",
  "staffNo",
] as const satisfies readonly DispatchField[];
