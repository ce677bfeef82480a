import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, BadUserInputError } from './app-error.js';

/** Codes Apollo Server gives to failures of the GraphQL layer itself; their messages are safe to show. */
const GRAPHQL_LAYER_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

function isCodedError(error: unknown): error is AppError | BadUserInputError {
  return error instanceof AppError || error instanceof BadUserInputError;
}

/** True for errors a client may see as they are; everything else is an internal failure. */
export function isExposedError(error: unknown, code: unknown): boolean {
  return isCodedError(unwrapResolverError(error)) || (typeof code === 'string' && GRAPHQL_LAYER_CODES.has(code));
}

/**
 * Apollo's `formatError`: coded errors keep their code and detail, GraphQL-layer failures keep
 * Apollo's code, and anything else is masked. Stack traces never leave the process; the masked
 * originals are logged by the error-logging plugin with their request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isCodedError(original)) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: original.extensions };
  }
  if (isExposedError(error, formatted.extensions?.code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
