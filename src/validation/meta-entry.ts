import { AppError } from '../errors/app-error.js';
import type { ResponseCodeName } from '../errors/response-codes.js';
import { FieldErrors } from './field-errors.js';

/** Limits of meta entries (products and license keys alike). */
export const META_LIMITS = { key: 191, value: 65_535 } as const;

/** The codes one meta operation answers with when its key or value is missing. */
interface MetaCodes {
  keyRequired: ResponseCodeName;
  valueRequired?: ResponseCodeName;
}

/**
 * Checks a meta key and value: missing or blank answers the operation's documented code, an
 * overlong one BAD_USER_INPUT (the seed documents no code for it).
 */
export function checkMetaEntry(codes: MetaCodes, key: string | null | undefined, value?: string | null): { key: string; value: string } {
  if (!key?.trim()) throw new AppError(codes.keyRequired);
  if (codes.valueRequired && !value?.trim()) throw new AppError(codes.valueRequired);
  const errors = new FieldErrors();
  const checkedKey = errors.text('key', key, { max: META_LIMITS.key })!;
  if (value != null && value.length > META_LIMITS.value) errors.add('value', `must be at most ${META_LIMITS.value} characters`);
  errors.throwAsBadUserInput();
  return { key: checkedKey, value: value ?? '' };
}
