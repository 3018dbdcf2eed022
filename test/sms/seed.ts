import type { Dispatch } from "kuaidi-kefu/sms";

/** The dispatch SMS exactly as seed 000 (2.2.3) prints it: 82 characters. */
export const SEED_TEXT =
  "[110310221]客王先生13823033212配件15件200公斤2.2方往杭州马先生0571-25852654现付。加提货费100,15点前提。[8011]";

/** The order behind the seed's dispatch SMS, field by field. */
export const SEED: Dispatch = {
  serial: "110310221",
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
