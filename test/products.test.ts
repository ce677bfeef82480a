import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateProductDocument,
  CreateProductMetaDocument,
  DeleteProductDocument,
  DeleteProductMetaDocument,
  ProductsDocument,
  type ProductsQuery,
  UpdateProductDocument,
  UpdateProductMetaDocument,
} from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();

describe.each(dialects)('products on %s', (dialect) => {
  let server: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await server.clientWith(['*']);
  });
  afterAll(() => server?.close());

  async function createProduct(name = 'Plugin Pro') {
    const result = await admin.request(CreateProductDocument, { input: { name } });
    return result.data!.createProduct.product;
  }

  describe('createProduct', () => {
    it('creates a product with defaults (750)', async () => {
      const result = await admin.request(CreateProductDocument, { input: { name: '  Plugin Pro  ', description: 'The plugin' } });
      expectSuccess(result.data?.createProduct, 750);
      expect(result.data!.createProduct.product).toMatchObject({
        name: 'Plugin Pro',
        description: 'The plugin',
        source: 'INTERNAL',
        status: 'ACTIVE',
        requireNonExpired: false,
        externalReference: null,
        meta: [],
      });
      expect(result.data!.createProduct.product.id).toMatch(/^\d+$/);
    });

    it('takes every field', async () => {
      const input = { name: 'Theme', source: 'ENVATO', status: 'INACTIVE', requireNonExpired: true, externalReference: '123456' } as const;
      const result = await admin.request(CreateProductDocument, { input });
      expect(result.data!.createProduct.product).toMatchObject(input);
    });

    it.each([
      ['blank name', { name: '   ' }, [{ field: 'name', message: 'is required' }]],
      ['overlong name', { name: 'x'.repeat(256) }, [{ field: 'name', message: 'must be at most 255 characters' }]],
      ['overlong description', { name: 'A', description: 'd'.repeat(10_001) }, [{ field: 'description', message: 'must be at most 10000 characters' }]],
      ['ENVATO without item id', { name: 'A', source: 'ENVATO' as const }, [{ field: 'externalReference', message: 'is required for ENVATO products (the Envato item id)' }]],
      [
        'several problems at once',
        { name: '', externalReference: 'r'.repeat(300) },
        [
          { field: 'name', message: 'is required' },
          { field: 'externalReference', message: 'must be at most 255 characters' },
        ],
      ],
    ])('refuses %s with 751 and fieldErrors', async (_case, input, fieldErrors) => {
      const result = await admin.request(CreateProductDocument, { input });
      expect(result.data).toBeNull();
      expect(expectError(result, 751).fieldErrors).toEqual(fieldErrors);
    });

    it('refuses a missing name and wrong types at the GraphQL layer', async () => {
      const query = 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { responseCode } }';
      expectGraphQLError(await admin.requestUntyped(query, { input: {} }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.requestUntyped(query, { input: { name: 42 } }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.requestUntyped(query, { input: { name: 'A', status: 'SOMETIMES' } }), 'BAD_USER_INPUT');
      expectGraphQLError(await admin.requestUntyped(query, { input: { name: 'A', requireNonExpired: 'yes' } }), 'BAD_USER_INPUT');
    });

    it('writes nothing when refused', async () => {
      const before = (await admin.request(ProductsDocument, {})).data!.products.totalCount;
      await admin.request(CreateProductDocument, { input: { name: '' } });
      expect((await admin.request(ProductsDocument, {})).data!.products.totalCount).toBe(before);
    });
  });

  describe('updateProduct', () => {
    it('changes only the given fields (650)', async () => {
      const product = await createProduct();
      const result = await admin.request(UpdateProductDocument, { input: { productId: product.id, status: 'INACTIVE', description: 'new' } });
      expectSuccess(result.data?.updateProduct, 650);
      expect(result.data!.updateProduct.product).toMatchObject({ id: product.id, name: 'Plugin Pro', status: 'INACTIVE', description: 'new' });
    });

    it('clears nullable fields given null', async () => {
      const product = (await admin.request(CreateProductDocument, { input: { name: 'A', description: 'd', externalReference: 'x' } })).data!
        .createProduct.product;
      const result = await admin.request(UpdateProductDocument, { input: { productId: product.id, description: null, externalReference: null } });
      expect(result.data!.updateProduct.product).toMatchObject({ description: null, externalReference: null });
    });

    it.each([
      ['an unknown id', { productId: '999999' }, [{ field: 'productId', message: 'no product has this id' }]],
      ['a malformed id', { productId: 'abc' }, [{ field: 'productId', message: 'no product has this id' }]],
    ])('answers 651 for %s', async (_case, input, fieldErrors) => {
      expect(expectError(await admin.request(UpdateProductDocument, { input }), 651).fieldErrors).toEqual(fieldErrors);
    });

    it.each([
      ['a null name', { name: null }, [{ field: 'name', message: 'cannot be null' }]],
      ['a blank name', { name: ' ' }, [{ field: 'name', message: 'is required' }]],
      ['a null status', { status: null }, [{ field: 'status', message: 'cannot be null' }]],
      ['ENVATO without item id', { source: 'ENVATO' as const }, [{ field: 'externalReference', message: 'is required for ENVATO products (the Envato item id)' }]],
    ])('answers 651 for %s and changes nothing', async (_case, change, fieldErrors) => {
      const product = await createProduct('Unchanged');
      const result = await admin.request(UpdateProductDocument, { input: { productId: product.id, ...change } });
      expect(expectError(result, 651).fieldErrors).toEqual(fieldErrors);
      const list = await admin.request(ProductsDocument, { first: 100 });
      expect(list.data!.products.edges.find((edge) => edge.node.id === product.id)!.node).toEqual(product);
    });
  });

  describe('deleteProduct', () => {
    it('deletes the product and its meta (550)', async () => {
      const product = await createProduct('Doomed');
      await admin.request(CreateProductMetaDocument, { input: { productId: product.id, key: 'k', value: 'v' } });
      const result = await admin.request(DeleteProductDocument, { input: { productId: product.id } });
      expectSuccess(result.data?.deleteProduct, 550);
      expect(result.data!.deleteProduct.product).toEqual({ id: product.id, name: 'Doomed' });
      const rows = await server.orm.em.fork().getConnection().execute('select count(*) as count from product_meta where product_id = ?', [Number(product.id)]);
      expect(Number(rows[0].count)).toBe(0);
      expectError(await admin.request(DeleteProductDocument, { input: { productId: product.id } }), 551);
    });

    it.each(['999999', 'abc', ''])('answers 551 for id "%s"', async (productId) => {
      expectError(await admin.request(DeleteProductDocument, { input: { productId } }), 551);
    });
  });

  describe('products', () => {
    it('pages through every product with cursors (810)', async () => {
      const all = (await admin.request(ProductsDocument, { first: 100 })).data!.products;
      expectSuccess(all, 810);
      expect(all.totalCount).toBe(all.edges.length);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const connection: ProductsQuery['products'] = (await admin.request(ProductsDocument, { first: 2, after })).data!.products;
        expect(connection.totalCount).toBe(all.totalCount);
        seen.push(...connection.edges.map((edge) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    });

    it('filters by status and source', async () => {
      const inactive = (await admin.request(ProductsDocument, { filter: { status: 'INACTIVE' }, first: 100 })).data!.products;
      expect(inactive.totalCount).toBeGreaterThan(0);
      expect(inactive.edges.every((edge) => edge.node.status === 'INACTIVE')).toBe(true);
      const envato = (await admin.request(ProductsDocument, { filter: { source: 'ENVATO' }, first: 100 })).data!.products;
      expect(envato.edges.every((edge) => edge.node.source === 'ENVATO')).toBe(true);
    });

    it('answers an empty page for first: 0 with the total', async () => {
      const page = (await admin.request(ProductsDocument, { first: 0 })).data!.products;
      expect(page.edges).toEqual([]);
      expect(page.totalCount).toBeGreaterThan(0);
    });

    it.each([
      [{ first: 101 }, [{ field: 'first', message: 'must be from 0 to 100' }]],
      [{ first: -1 }, [{ field: 'first', message: 'must be from 0 to 100' }]],
      [{ after: 'garbage' }, [{ field: 'after', message: 'is not a cursor of this list' }]],
    ])('refuses %j with BAD_USER_INPUT', async (variables: { first?: number; after?: string }, fieldErrors) => {
      expect(expectGraphQLError(await admin.request(ProductsDocument, variables), 'BAD_USER_INPUT').fieldErrors).toEqual(fieldErrors);
    });
  });

  describe('product meta', () => {
    it('creates, reads, updates and deletes a meta entry (273, 373, 482)', async () => {
      const product = await createProduct();
      const created = await admin.request(CreateProductMetaDocument, { input: { productId: product.id, key: 'tier', value: 'gold' } });
      expectSuccess(created.data?.createProductMeta, 273);
      expect(created.data!.createProductMeta.meta).toMatchObject({ key: 'tier', value: 'gold' });

      const updated = await admin.request(UpdateProductMetaDocument, { input: { productId: product.id, key: 'tier', value: 'platinum' } });
      expectSuccess(updated.data?.updateProductMeta, 373);
      expect(updated.data!.updateProductMeta.meta).toMatchObject({ key: 'tier', value: 'platinum' });

      const list = await admin.request(ProductsDocument, { first: 100 });
      expect(list.data!.products.edges.find((edge) => edge.node.id === product.id)!.node.meta).toEqual([{ key: 'tier', value: 'platinum' }]);

      const deleted = await admin.request(DeleteProductMetaDocument, { input: { productId: product.id, key: 'tier' } });
      expectSuccess(deleted.data?.deleteProductMeta, 482);
      expect(deleted.data!.deleteProductMeta.meta).toMatchObject({ key: 'tier', value: 'platinum' });
      expectError(await admin.request(DeleteProductMetaDocument, { input: { productId: product.id, key: 'tier' } }), 481);
    });

    it('answers the create codes 270, 271, 272, 274', async () => {
      const product = await createProduct();
      const create = (input: { key?: string | null; value?: string | null; productId?: string }) =>
        admin.request(CreateProductMetaDocument, { input: { productId: product.id, ...input } });
      expectError(await create({ value: 'v' }), 270);
      expectError(await create({ key: '  ', value: 'v' }), 270);
      expectError(await create({ key: 'k' }), 271);
      expectError(await create({ key: 'k', value: '' }), 271);
      expectError(await create({ key: 'k', value: 'v', productId: '999999' }), 274);
      expectError(await create({ key: 'k', value: 'v', productId: 'nope' }), 274);
      expectSuccess((await create({ key: 'k', value: 'v' })).data?.createProductMeta, 273);
      expectError(await create({ key: 'k', value: 'other' }), 272);
    });

    it('answers the update codes 370, 371, 372, 374', async () => {
      const product = await createProduct();
      const update = (input: { key?: string | null; value?: string | null; productId?: string }) =>
        admin.request(UpdateProductMetaDocument, { input: { productId: product.id, ...input } });
      expectError(await update({ value: 'v' }), 370);
      expectError(await update({ key: 'k', value: null }), 371);
      expectError(await update({ key: 'k', value: 'v', productId: '999999' }), 374);
      expectError(await update({ key: 'missing', value: 'v' }), 372);
    });

    it('answers the delete codes 480, 481, 483', async () => {
      const product = await createProduct();
      const remove = (input: { key?: string | null; productId?: string }) =>
        admin.request(DeleteProductMetaDocument, { input: { productId: product.id, ...input } });
      expectError(await remove({}), 480);
      expectError(await remove({ key: '' }), 480);
      expectError(await remove({ key: 'k', productId: '999999' }), 483);
      expectError(await remove({ key: 'missing' }), 481);
    });

    it('refuses an overlong key or value with BAD_USER_INPUT', async () => {
      const product = await createProduct();
      const result = await admin.request(CreateProductMetaDocument, { input: { productId: product.id, key: 'k'.repeat(192), value: 'v' } });
      expect(expectGraphQLError(result, 'BAD_USER_INPUT').fieldErrors).toEqual([{ field: 'key', message: 'must be at most 191 characters' }]);
    });

    it('lets exactly one of many concurrent creates of the same key succeed', async () => {
      const product = await createProduct();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          admin.request(CreateProductMetaDocument, { input: { productId: product.id, key: 'race', value: String(index) } }),
        ),
      );
      expect(results.filter((result) => result.data?.createProductMeta.responseCode === 273)).toHaveLength(1);
      for (const result of results.filter((result) => result.errors)) expectError(result, 272);
    });
  });
});
