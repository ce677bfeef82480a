import { GraphQLError } from 'graphql';
import { responseCode, type ResponseCodeName } from './response-codes.js';

/** One problem with one input field, as carried in `extensions.fieldErrors`. */
export interface FieldError {
  field: string;
  message: string;
}

/** Structured detail a coded error may carry beside its code (field errors, counts…). */
export type ErrorDetail = Record<string, unknown> & { fieldErrors?: FieldError[] };

/**
 * The one error class that carries a registry code. Its message is the documented message and
 * its extensions carry the symbolic `code` and the numeric `responseCode`.
 */
export class AppError extends GraphQLError {
  readonly codeName: ResponseCodeName;

  constructor(name: ResponseCodeName, detail: ErrorDetail = {}) {
    const definition = responseCode(name);
    super(definition.message, {
      extensions: { code: definition.name, responseCode: definition.code, ...detail },
    });
    this.name = 'AppError';
    this.codeName = name;
  }
}

/**
 * A bad input for which the registry has no code of its own: answered with Apollo's
 * `BAD_USER_INPUT` and the offending fields.
 */
export class BadUserInputError extends GraphQLError {
  constructor(fieldErrors: FieldError[]) {
    super(fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors },
    });
    this.name = 'BadUserInputError';
  }
}
