import { AppError, BadUserInputError, type FieldError } from '../errors/app-error.js';
import type { ResponseCodeName } from '../errors/response-codes.js';

export interface TextRule {
  /** Reject null, missing and blank values. */
  required?: boolean;
  max: number;
}

/**
 * Collects every problem of an input before answering, so that a client learns all of them at
 * once in `extensions.fieldErrors`.
 */
export class FieldErrors {
  readonly errors: FieldError[] = [];

  add(field: string, message: string): this {
    this.errors.push({ field, message });
    return this;
  }

  /** Checks an optional or required text; returns it trimmed (null when absent). */
  text(field: string, value: string | null | undefined, rule: TextRule): string | null {
    const trimmed = value?.trim() ?? null;
    if (!trimmed) {
      if (rule.required) this.add(field, 'is required');
      return null;
    }
    if (trimmed.length > rule.max) this.add(field, `must be at most ${rule.max} characters`);
    return trimmed;
  }

  /** For partial updates: a field that may be omitted but not set to null. */
  notNull(field: string, value: unknown): void {
    if (value === null) this.add(field, 'cannot be null');
  }

  integer(field: string, value: number | null | undefined, min: number, max: number): void {
    if (value !== null && value !== undefined && (value < min || value > max)) {
      this.add(field, `must be from ${min} to ${max}`);
    }
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  /** Throws the operation's "Incorrect data found" code carrying the collected field errors. */
  throwAs(code: ResponseCodeName): void {
    if (!this.isEmpty) throw new AppError(code, { fieldErrors: this.errors });
  }

  /** Throws BAD_USER_INPUT for inputs whose operation documents no code of its own. */
  throwAsBadUserInput(): void {
    if (!this.isEmpty) throw new BadUserInputError(this.errors);
  }
}
