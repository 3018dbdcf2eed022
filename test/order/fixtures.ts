/** The seed's dispatch example (seed 000, 2.2.3) as a phone order. */
export const seedPhoneOrder = {
  shipper: { name: "王先生", phone: "13823033212" },
  consignee: { name: "马先生", phone: "0571-25852654" },
  goods: { name: "配件", pieces: "15件", weight: "200公斤", volume: "2.2方" },
  pickupAddress: "深圳市宝安区福永街道凤凰路1号",
  destination: "杭州",
  payment: "现付",
  pickupFee: "100元",
  orderedAt: "2011-03-10 10:21",
};

/** A web order with every field the web form asks for (seed 000, 3.1). */
export const webOrder = {
  channel: "web",
  shipper: { name: "李女士", phone: "13912345678" },
  consignee: { name: "马先生", phone: "0571-25852654" },
  goods: { name: "衣服", pieces: 2, weight: 3.5, volume: 0.05 },
  pickupAddress: "上海市浦东新区世纪大道100号",
  destination: "浙江省杭州市西湖区文三路1号",
  payment: "到付",
};
