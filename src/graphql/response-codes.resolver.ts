import { Query, Resolver } from 'type-graphql';
import { RESPONSE_CODES, type ResponseCodeName } from '../errors/response-codes.js';
import { ResponseCodeInfo } from './response.js';

const RESPONSE_CODE_INFOS: ResponseCodeInfo[] = RESPONSE_CODES.map((definition) => ({
  responseCode: definition.code,
  code: definition.name as ResponseCodeName,
  message: definition.message,
  operations: [...definition.operations],
}));

@Resolver()
export class ResponseCodesResolver {
  @Query(() => [ResponseCodeInfo], { description: 'Every response code the API can answer with. Needs no API key.' })
  responseCodes(): ResponseCodeInfo[] {
    return RESPONSE_CODE_INFOS;
  }
}
