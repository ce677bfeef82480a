import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/context.js';
import { respond } from '../../graphql/response.js';
import { PaginationArgs } from '../../pagination/connection.js';
import { ProductMeta } from './product-meta.entity.js';
import { ProductMetaService } from './product-meta.service.js';
import { ProductService } from './product.service.js';
import { Product } from './product.entity.js';
import {
  CreateProductInput,
  CreateProductMetaInput,
  DeleteProductInput,
  DeleteProductMetaInput,
  ProductFilter,
  UpdateProductInput,
  UpdateProductMetaInput,
} from './product.inputs.js';
import { ProductConnection, ProductMetaPayload, ProductPayload } from './product.payloads.js';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'All products, a page at a time (810).' })
  async products(
    @Args(() => PaginationArgs) page: PaginationArgs,
    @Arg('filter', () => ProductFilter, { nullable: true, description: 'Only products matching this filter.' }) filter: ProductFilter | null,
    @Ctx() { em }: RequestContext,
  ) {
    return respond(ProductConnection, 'ALL_PRODUCTS', await new ProductService(em).list(filter, page));
  }

  @Mutation(() => ProductPayload, { description: 'Creates a product (750; 751 with fieldErrors).' })
  async createProduct(@Arg('input', () => CreateProductInput, { description: 'What to do; see the input type.' }) input: CreateProductInput, @Ctx() { em }: RequestContext) {
    return respond(ProductPayload, 'PRODUCT_CREATED', { product: await new ProductService(em).create(input) });
  }

  @Mutation(() => ProductPayload, { description: 'Changes the given fields of a product (650; 651 with fieldErrors, also for an unknown id).' })
  async updateProduct(@Arg('input', () => UpdateProductInput, { description: 'What to do; see the input type.' }) input: UpdateProductInput, @Ctx() { em }: RequestContext) {
    return respond(ProductPayload, 'PRODUCT_UPDATED', { product: await new ProductService(em).update(input) });
  }

  @Mutation(() => ProductPayload, { description: 'Deletes a product and everything it owns, in one transaction (550; 551).' })
  async deleteProduct(@Arg('input', () => DeleteProductInput, { description: 'What to do; see the input type.' }) input: DeleteProductInput, @Ctx() { em }: RequestContext) {
    return respond(ProductPayload, 'PRODUCT_DELETED', { product: await new ProductService(em).delete(input.productId) });
  }

  @Mutation(() => ProductMetaPayload, { description: 'Adds a meta entry to a product (273; 270, 271, 272, 274).' })
  async createProductMeta(@Arg('input', () => CreateProductMetaInput, { description: 'What to do; see the input type.' }) input: CreateProductMetaInput, @Ctx() { em }: RequestContext) {
    return respond(ProductMetaPayload, 'PRODUCT_META_CREATED', { meta: await new ProductMetaService(em).create(input) });
  }

  @Mutation(() => ProductMetaPayload, { description: 'Changes the value of a meta entry of a product (373; 370, 371, 372, 374).' })
  async updateProductMeta(@Arg('input', () => UpdateProductMetaInput, { description: 'What to do; see the input type.' }) input: UpdateProductMetaInput, @Ctx() { em }: RequestContext) {
    return respond(ProductMetaPayload, 'PRODUCT_META_UPDATED', { meta: await new ProductMetaService(em).update(input) });
  }

  @Mutation(() => ProductMetaPayload, { description: 'Deletes a meta entry of a product (482; 480, 481, 483).' })
  async deleteProductMeta(@Arg('input', () => DeleteProductMetaInput, { description: 'What to do; see the input type.' }) input: DeleteProductMetaInput, @Ctx() { em }: RequestContext) {
    return respond(ProductMetaPayload, 'PRODUCT_META_DELETED', { meta: await new ProductMetaService(em).delete(input) });
  }

  @FieldResolver(() => [ProductMeta], { description: 'The meta entries of the product.' })
  meta(@Root() product: Product, @Ctx() { loaders }: RequestContext): Promise<ProductMeta[]> {
    return loaders.productMetaByProductId.load(product.id);
  }
}
