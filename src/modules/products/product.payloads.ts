import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../pagination/connection.js';
import { Response, ResponsePayload } from '../../graphql/response.js';
import { ProductMeta } from './product-meta.entity.js';
import { Product } from './product.entity.js';

@ObjectType({ implements: Response, description: 'The answer to createProduct, updateProduct and deleteProduct.' })
export class ProductPayload extends ResponsePayload {
  @Field(() => Product, { description: 'The product as it is now (for deleteProduct: as it was).' })
  product!: Product;
}

@ObjectType({ implements: Response, description: 'The answer to createProductMeta, updateProductMeta and deleteProductMeta.' })
export class ProductMetaPayload extends ResponsePayload {
  @Field(() => ProductMeta, { description: 'The meta entry as it is now (for deleteProductMeta: as it was).' })
  meta!: ProductMeta;
}

export const ProductConnection = ConnectionType(Product, 'Product');
