import { Field, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { RESPONSE_CODES, ResponseCode, responseCode, type ResponseCodeName } from '../errors/response-codes.js';

registerEnumType(ResponseCode, {
  name: 'ResponseCode',
  description: 'Every response code of the API by its symbolic name; each value states its number and message.',
  valuesConfig: Object.fromEntries(
    RESPONSE_CODES.map((definition) => [definition.name, { description: `${definition.code}: ${definition.message}` }]),
  ),
});

@InterfaceType({ description: 'What every operation answers on success: the response code, its name and its message.' })
export abstract class Response {
  @Field(() => Int, { description: 'The numeric response code, e.g. 200.' })
  responseCode!: number;

  @Field(() => ResponseCode, { description: 'The symbolic name of the response code, e.g. VALID_LICENSE_KEY.' })
  code!: ResponseCodeName;

  @Field(() => String, { description: 'The documented message of the response code.' })
  message!: string;
}

/** Base of every payload type (each declares `implements: Response`); `respond` fills its fields. */
export abstract class ResponsePayload extends Response {}

/** Builds a payload of the given type answering with the given code. */
export function respond<T extends ResponsePayload>(
  Type: new () => T,
  name: ResponseCodeName,
  fields: Omit<T, keyof ResponsePayload>,
): T {
  const definition = responseCode(name);
  return Object.assign(new Type(), fields, {
    responseCode: definition.code,
    code: definition.name,
    message: definition.message,
  });
}

@ObjectType({ description: 'One entry of the response-code registry.' })
export class ResponseCodeInfo {
  @Field(() => Int, { description: 'The numeric response code.' })
  responseCode!: number;

  @Field(() => ResponseCode, { description: 'The symbolic name of the code.' })
  code!: ResponseCodeName;

  @Field(() => String, { description: 'The documented message.' })
  message!: string;

  @Field(() => [String], { description: 'The operations (seed operation names) that answer with this code.' })
  operations!: string[];
}
