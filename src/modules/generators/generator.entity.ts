import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Product } from '../products/product.entity.js';

export enum GeneratorMethod {
  UUID = 'UUID',
  CHUNKS = 'CHUNKS',
}

registerEnumType(GeneratorMethod, {
  name: 'GeneratorMethod',
  description: 'How a generator makes license keys.',
  valuesConfig: {
    UUID: { description: 'A random UUID (version 4), between prefix and suffix.' },
    CHUNKS: { description: 'numberOfChunks chunks of chunkLength characters from charset, joined by separator.' },
  },
});

/** Makes license keys for a product; a product's generator is its active one. */
@ObjectType({ description: 'A license-key generator of a product.' })
@Entity({ tableName: 'generators' })
export class Generator {
  [OptionalProps]?: 'charset' | 'numberOfChunks' | 'chunkLength' | 'separator' | 'prefix' | 'suffix' | 'activationLimit' | 'validity' | 'active' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Opaque identifier of the generator.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Product, { ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => GeneratorMethod, { description: 'How keys are made.' })
  @Enum({ items: () => GeneratorMethod, type: 'string', length: 16 })
  method: GeneratorMethod = GeneratorMethod.CHUNKS;

  @Field(() => String, { description: 'The characters CHUNKS keys are made of.' })
  @Property({ type: 'string', length: 255 })
  charset: string = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

  @Field(() => Int, { description: 'How many chunks a CHUNKS key has.' })
  @Property({ type: 'integer' })
  numberOfChunks: number = 4;

  @Field(() => Int, { description: 'How many characters each chunk has.' })
  @Property({ type: 'integer' })
  chunkLength: number = 5;

  @Field(() => String, { description: 'What joins the chunks.' })
  @Property({ type: 'string', length: 16 })
  separator: string = '-';

  @Field(() => String, { description: 'Text before every key.' })
  @Property({ type: 'string', length: 64 })
  prefix: string = '';

  @Field(() => String, { description: 'Text after every key.' })
  @Property({ type: 'string', length: 64 })
  suffix: string = '';

  @Field(() => Int, { description: 'activationLimit given to every key made (0 = unlimited).' })
  @Property({ type: 'integer' })
  activationLimit: number = 1;

  @Field(() => Int, { description: 'validity in days given to every key made (0 = never expires).' })
  @Property({ type: 'integer' })
  validity: number = 0;

  @Field(() => Boolean, { description: "Whether this is the product's generator (at most one per product is)." })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Date, { description: 'When the generator was created.' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the generator was last changed.' })
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
