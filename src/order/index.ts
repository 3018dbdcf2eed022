/**
 * Order intake and validation for phone orders (电话下单) and web orders (网上下单): zod schemas
 * hosts can compose, `validateOrder` for untrusted input with stable error codes, the
 * prohibited-goods matcher over the official catalogue, carrier size/weight profiles, the
 * city table, the web-order review checklist (核单) and the confirmation-call script.
 *
 * @packageDocumentation
 * @module kuaidi-kefu/order
 */
export { validateOrder } from "./validate.ts";
export type { ValidateOrderOptions, OrderValidation } from "./validate.ts";
export {
  PhoneOrderSchema,
  WebOrderSchema,
  ContactSchema,
  AddressSchema,
  GoodsSchema,
  PaymentSchema,
} from "./schemas.ts";
export type {
  Order,
  Contact,
  ContactInput,
  Goods,
  GoodsInput,
  AddressInput,
  PaymentInput,
  PhoneOrderInput,
  WebOrderInput,
} from "./schemas.ts";
export type {
  Address,
  Payment,
  ContactTitle,
  GoodsCondition,
  Packaging,
  Dimensions,
} from "./normalize.ts";
export {
  findProhibitedGoods,
  createGoodsMatcher,
  PROHIBITED_CATEGORIES,
  RESTRICTED_ITEMS,
} from "./goods-matcher.ts";
export type {
  ProhibitedGoodsMatch,
  ProhibitedCategory,
  RestrictedItem,
  GoodsTerm,
  GoodsMatcher,
  FindGoodsOptions,
} from "./goods-matcher.ts";
export { recognizeCity } from "./cities.ts";
export type { RecognizedCity } from "./cities.ts";
export { EXPRESS_PROFILE, createFreightProfile } from "./profiles.ts";
export type { CarrierProfile, FreightLimits } from "./profiles.ts";
export type { CoverageQuery } from "./rules.ts";
export { ORDER_MESSAGES, ORDER_WARNING_CODES, fieldLabel, orderMessage } from "./messages.ts";
export type { OrderIssue, OrderIssueCode, OrderIssueParams, OrderFieldParam } from "./messages.ts";
export { reviewWebOrder, remarkTopics, REVIEW_ITEMS, VOID_CODES } from "./review.ts";
export type { WebOrderReview, ReviewItem, ReviewItemId, RemarkTopic } from "./review.ts";
export { renderConfirmationCall } from "./call-script.ts";
export type { CallAgent, CallLine, CallScript } from "./call-script.ts";
