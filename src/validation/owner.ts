import type { FieldErrors } from './field-errors.js';

export const OWNER_LIMITS = { name: 255, email: 255 } as const;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export interface Owner {
  ownerName: string | null;
  ownerEmail: string | null;
}

/**
 * Checks a license-key owner. Fields left undefined stay out of the result (partial updates);
 * `required` makes both mandatory (assignment).
 */
export function checkOwner(
  errors: FieldErrors,
  input: { ownerName?: string | null; ownerEmail?: string | null },
  { required = false } = {},
): Partial<Owner> {
  const owner: Partial<Owner> = {};
  if (input.ownerName !== undefined || required) {
    owner.ownerName = errors.text('ownerName', input.ownerName, { required, max: OWNER_LIMITS.name });
  }
  if (input.ownerEmail !== undefined || required) {
    const email = errors.text('ownerEmail', input.ownerEmail, { required, max: OWNER_LIMITS.email });
    if (email !== null && email.length <= OWNER_LIMITS.email && !EMAIL.test(email)) errors.add('ownerEmail', 'must be an email address');
    owner.ownerEmail = email;
  }
  return owner;
}
