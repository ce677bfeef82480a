import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { PaginationArgs } from '../../pagination/connection.js';
import { Product } from '../products/product.entity.js';
import { Generator } from './generator.entity.js';
import { CreateGeneratorInput, DeleteGeneratorInput, GenerateLicenseKeysInput, GeneratorFilter, UpdateGeneratorInput } from './generator.inputs.js';
import { GenerateLicenseKeysPayload, GeneratorConnection, GeneratorPayload } from './generator.payloads.js';
import { GeneratorService } from './generator.service.js';

/** Generator management, the generator list, and key generation. */
@Resolver(() => Generator)
export class GeneratorResolver {
  @Query(() => GeneratorConnection, { description: 'All generators, a page at a time (820).' })
  async generators(
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg('filter', () => GeneratorFilter, { nullable: true, description: 'Only generators matching this filter.' }) filter: GeneratorFilter | null,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(GeneratorConnection, 'ALL_GENERATORS', await new GeneratorService(em, cipher).list(filter, page));
  }

  @Mutation(() => GeneratorPayload, {
    description: "Creates a generator of a product (2000; 2003 with fieldErrors). An active one becomes the product's generator: the product's others are deactivated.",
  })
  async createGenerator(@Arg('input', () => CreateGeneratorInput, { description: 'What to do; see the input type.' }) input: CreateGeneratorInput, @Ctx() { em, cipher }: RequestContext) {
    return respond(GeneratorPayload, 'GENERATOR_CREATED', { generator: await new GeneratorService(em, cipher).create(input) });
  }

  @Mutation(() => GeneratorPayload, {
    description: "Changes the given fields of a generator (2001; 2004 for an unknown id; 2003 with fieldErrors). Activating it deactivates the product's others.",
  })
  async updateGenerator(@Arg('input', () => UpdateGeneratorInput, { description: 'What to do; see the input type.' }) input: UpdateGeneratorInput, @Ctx() { em, cipher }: RequestContext) {
    return respond(GeneratorPayload, 'GENERATOR_UPDATED', { generator: await new GeneratorService(em, cipher).update(input) });
  }

  @Mutation(() => GeneratorPayload, {
    description: 'Deletes a generator (2002; 2004). The keys it made stay; a product whose active generator is deleted has none until another is activated.',
  })
  async deleteGenerator(@Arg('input', () => DeleteGeneratorInput, { description: 'What to do; see the input type.' }) input: DeleteGeneratorInput, @Ctx() { em, cipher }: RequestContext) {
    return respond(GeneratorPayload, 'GENERATOR_DELETED', { generator: await new GeneratorService(em, cipher).delete(input.generatorId) });
  }

  @Mutation(() => GenerateLicenseKeysPayload, {
    description:
      "Makes `quantity` new unique AVAILABLE keys with a generator, with its activationLimit and validity, in batched inserts within one transaction; collisions with stored keys are made again (815; BAD_USER_INPUT for a quantity out of 1–10,000; 2004 for an unknown generator; 2005 when its key space is too small for the quantity). Any generator may be named, active or not: the active flag only picks the product's default generator.",
  })
  async generateLicenseKeys(
    @Arg('input', () => GenerateLicenseKeysInput, { description: 'What to do; see the input type.' }) input: GenerateLicenseKeysInput,
    @Ctx() { em, cipher }: RequestContext,
  ) {
    return respond(GenerateLicenseKeysPayload, 'GENERATED_LICENSE_KEYS', { licenseKeys: await new GeneratorService(em, cipher).generate(input) });
  }

  @FieldResolver(() => Product, { description: 'The product the generator makes keys for.' })
  async product(@Root() generator: Generator, @Ctx() { loaders }: RequestContext): Promise<Product> {
    // Products are deleted with their generators, so a generator's product always exists.
    return (await loaders.productById.load(generator.product.id))!;
  }
}
