/**
 * Mainland China phone numbers as customer-service records hold them: parse one number
 * (mobile, landline with area code and extension, 400/800 service numbers, short hotlines
 * such as 95338), test one, or find every number in free text such as a dispatch SMS.
 *
 * @packageDocumentation
 * @module kuaidi-kefu/phone
 */
export { parsePhone, isPhone, isMobile } from "./parse.ts";
export { findPhones } from "./find.ts";
export { formatPhone } from "./format.ts";
export { PHONE_ERROR_CODES, PHONE_MESSAGES } from "./messages.ts";
export { PHONE_KINDS } from "./types.ts";
export type { PhoneError, PhoneIssueParams } from "./messages.ts";
export type { PhoneFormatStyle } from "./format.ts";
export type {
  PhoneKind,
  NetworkId,
  MobileNetwork,
  PhoneNumber,
  ParsePhoneOptions,
  PhoneMatch,
  FindPhonesOptions,
} from "./types.ts";
