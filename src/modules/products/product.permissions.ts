import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const productPermissions: RootFieldRules = {
  Query: {
    products: can('get-all-products'),
  },
  Mutation: {
    createProduct: can('create-product'),
    updateProduct: can('update-product'),
    deleteProduct: can('delete-product'),
    createProductMeta: can('create-product-meta'),
    updateProductMeta: can('update-product-meta'),
    deleteProductMeta: can('delete-product-meta'),
  },
};
