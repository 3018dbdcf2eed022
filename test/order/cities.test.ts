import { describe, expect, test } from "vitest";
import { recognizeCity } from "kuaidi-kefu/order";

const city = (a: string) => {
  const c = recognizeCity(a);
  return c ? [c.province, c.city, c.detail] : undefined;
};

describe("recognizeCity", () => {
  test("杭州, 杭州市 and 浙江杭州 agree", () => {
    for (const a of [
      "杭州",
      "杭州市",
      "浙江杭州",
      "浙江省杭州市",
      "浙江 杭州",
      "中国浙江省杭州市",
    ]) {
      expect(recognizeCity(a)?.cityCode).toBe("3301");
    }
  });

  test("detail is what follows the city", () => {
    expect(city("浙江省杭州市西湖区文三路1号")).toEqual(["浙江省", "杭州市", "西湖区文三路1号"]);
    expect(city("深圳宝安区福永街道")).toEqual(["广东省", "深圳市", "宝安区福永街道"]);
  });

  test("municipalities are their own city; a district of the same name as a city is not that city", () => {
    expect(city("北京市朝阳区建国路88号")).toEqual(["北京市", "北京市", "朝阳区建国路88号"]);
    expect(city("北京朝阳区")).toEqual(["北京市", "北京市", "朝阳区"]);
    expect(city("上海")).toEqual(["上海市", "上海市", ""]);
    expect(city("朝阳区建国路")).toBeUndefined();
    expect(city("朝阳市双塔区")).toEqual(["辽宁省", "朝阳市", "双塔区"]);
    expect(city("中山路1号")).toBeUndefined();
    expect(city("中山市石岐区")).toEqual(["广东省", "中山市", "石岐区"]);
  });

  test("provinces and cities sharing a name", () => {
    expect(city("吉林市船营区")).toEqual(["吉林省", "吉林市", "船营区"]);
    expect(city("吉林省吉林市")).toEqual(["吉林省", "吉林市", ""]);
    expect(city("吉林长春")).toEqual(["吉林省", "长春市", ""]);
    expect(city("吉林")).toEqual(["吉林省", null, ""]);
    expect(city("海南州")).toEqual(["青海省", "海南藏族自治州", ""]);
    expect(city("海南三亚")).toEqual(["海南省", "三亚市", ""]);
  });

  test("autonomous prefectures, prefectures and leagues by their short names", () => {
    expect(city("恩施州")?.[1]).toBe("恩施土家族苗族自治州");
    expect(city("恩施")?.[1]).toBe("恩施土家族苗族自治州");
    expect(city("大理")?.[1]).toBe("大理白族自治州");
    expect(city("阿克苏地区")?.[1]).toBe("阿克苏地区");
    expect(city("阿克苏")?.[1]).toBe("阿克苏地区");
    expect(city("锡林郭勒盟")?.[1]).toBe("锡林郭勒盟");
    expect(city("仙桃")?.[1]).toBe("仙桃市");
    expect(city("香港")).toEqual(["香港特别行政区", "香港特别行政区", ""]);
  });

  test("a city of another province after a province is not taken", () => {
    expect(city("江苏杭州")).toEqual(["江苏省", null, "杭州"]);
  });

  test("nothing recognised, or not text", () => {
    expect(recognizeCity("西湖区文三路1号")).toBeUndefined();
    expect(recognizeCity("")).toBeUndefined();
    expect(recognizeCity(42)).toBeUndefined();
    expect(recognizeCity("x".repeat(100_000))).toBeUndefined();
  });
});
