import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_LICENSE_KEY_LENGTH } from '../license-keys/license-key.lookup.js';
import { GeneratorMethod } from './generator.entity.js';
import { KEY_SPACE_FACTOR } from './key-format.js';

/** The limits of a generator's fields (the columns' lengths, and what a stored key can hold). */
export const GENERATOR_LIMITS = {
  name: 255,
  charset: 255,
  minDistinctCharacters: 2,
  numberOfChunks: 64,
  chunkLength: 64,
  /** numberOfChunks × chunkLength. */
  chunkCharacters: 255,
  separator: 16,
  prefix: 64,
  suffix: 64,
  /** The longest key a generator may make: the longest key stored or looked up. */
  keyLength: MAX_LICENSE_KEY_LENGTH,
  activationLimit: 1_000_000,
  /** Days: a hundred years. */
  validity: 36_500,
  /** Keys one generateLicenseKeys call makes. */
  keysPerCall: 10_000,
} as const;

/** The defaults of a new generator (the entity's and the database's). */
export const GENERATOR_DEFAULTS = {
  method: GeneratorMethod.CHUNKS,
  charset: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789',
  numberOfChunks: 4,
  chunkLength: 5,
  separator: '-',
  prefix: '',
  suffix: '',
  activationLimit: 1,
  validity: 0,
  active: true,
} as const;

const L = GENERATOR_LIMITS;

const FORMAT_RULES =
  `Rules checked together (2003 with fieldErrors): the keys made may be at most ${L.keyLength} characters long (field \`keyLength\`: ` +
  'prefix + chunks + separators + suffix, or 36 + prefix + suffix for UUID), and a CHUNKS format must offer at least ' +
  `${KEY_SPACE_FACTOR} distinct keys (field \`keySpace\`).`;

@InputType({ description: `A new license-key generator of a product. ${FORMAT_RULES}` })
export class CreateGeneratorInput {
  @Field(() => ID, { description: 'The product the generator makes keys for.' })
  productId!: string;

  @Field(() => String, { description: `Display name, 1 to ${L.name} characters once trimmed.` })
  name!: string;

  @Field(() => GeneratorMethod, { nullable: true, defaultValue: GENERATOR_DEFAULTS.method, description: 'How keys are made.' })
  method?: GeneratorMethod | null;

  @Field(() => String, {
    nullable: true,
    defaultValue: GENERATOR_DEFAULTS.charset,
    description: `The characters CHUNKS keys are made of: at least ${L.minDistinctCharacters} distinct ones, up to ${L.charset} characters, no whitespace or control characters. Taken as given (not trimmed).`,
  })
  charset?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: GENERATOR_DEFAULTS.numberOfChunks, description: `How many chunks a CHUNKS key has, 1 to ${L.numberOfChunks}.` })
  numberOfChunks?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: GENERATOR_DEFAULTS.chunkLength,
    description: `How many characters each chunk has, 1 to ${L.chunkLength}; numberOfChunks × chunkLength is at most ${L.chunkCharacters}.`,
  })
  chunkLength?: number | null;

  @Field(() => String, { nullable: true, defaultValue: GENERATOR_DEFAULTS.separator, description: `What joins the chunks, up to ${L.separator} characters (may be empty).` })
  separator?: string | null;

  @Field(() => String, {
    nullable: true,
    defaultValue: GENERATOR_DEFAULTS.prefix,
    description: `Text before every key, up to ${L.prefix} characters; it may not start with whitespace.`,
  })
  prefix?: string | null;

  @Field(() => String, {
    nullable: true,
    defaultValue: GENERATOR_DEFAULTS.suffix,
    description: `Text after every key, up to ${L.suffix} characters; it may not end with whitespace.`,
  })
  suffix?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: GENERATOR_DEFAULTS.activationLimit,
    description: `activationLimit of every key made, 0 (unlimited) to ${L.activationLimit}.`,
  })
  activationLimit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: GENERATOR_DEFAULTS.validity, description: `validity in days of every key made, 0 (never expires) to ${L.validity}.` })
  validity?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: GENERATOR_DEFAULTS.active,
    description: "Whether this becomes the product's generator; when true, the product's other generators are deactivated in the same transaction.",
  })
  active?: boolean | null;
}

@InputType({ description: `Changes to a generator; omitted fields keep their value, null is refused. A generator stays with its product. ${FORMAT_RULES}` })
export class UpdateGeneratorInput {
  @Field(() => ID, { description: 'The generator to change.' })
  generatorId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => GeneratorMethod, { nullable: true, description: 'New method.' })
  method?: GeneratorMethod | null;

  @Field(() => String, { nullable: true, description: 'New charset.' })
  charset?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of chunks.' })
  numberOfChunks?: number | null;

  @Field(() => Int, { nullable: true, description: 'New chunk length.' })
  chunkLength?: number | null;

  @Field(() => String, { nullable: true, description: 'New separator.' })
  separator?: string | null;

  @Field(() => String, { nullable: true, description: 'New prefix.' })
  prefix?: string | null;

  @Field(() => String, { nullable: true, description: 'New suffix.' })
  suffix?: string | null;

  @Field(() => Int, { nullable: true, description: 'New activationLimit for keys made from now on (keys already made keep theirs).' })
  activationLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'New validity for keys made from now on (keys already made keep theirs).' })
  validity?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "New active flag; true makes this the product's generator and deactivates the product's others in the same transaction.",
  })
  active?: boolean | null;
}

@InputType({ description: 'The generator to delete.' })
export class DeleteGeneratorInput {
  @Field(() => ID, { description: 'The generator to delete; the keys it already made stay.' })
  generatorId!: string;
}

@InputType({ description: 'A generator filter; every given field must match.' })
export class GeneratorFilter {
  @Field(() => ID, { nullable: true, description: 'Only generators of this product (an unknown product matches none).' })
  productId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only inactive (false) generators.' })
  active?: boolean | null;
}

@InputType({ description: 'How many keys to make with which generator.' })
export class GenerateLicenseKeysInput {
  @Field(() => ID, {
    description:
      "The generator to use. Any generator of the product may be named, active or not: the active flag only picks the product's default generator (random assignment, contracts).",
  })
  generatorId!: string;

  @Field(() => Int, { description: `How many keys to make, 1 to ${L.keysPerCall} (else BAD_USER_INPUT with fieldErrors).` })
  quantity!: number;
}
