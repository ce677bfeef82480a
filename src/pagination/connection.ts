import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors/app-error.js';
import { Response, ResponsePayload } from '../graphql/response.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return, 0 to ${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor`).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares the `<Name>Edge` and `<Name>Connection` GraphQL types for a node type. */
export function ConnectionType<T extends object>(NodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Opaque position of this item in the list.' })
    cursor!: string;

    @Field(() => NodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { implements: Response, description: `A page of ${name} items.` })
  class ConnectionPayload extends ResponsePayload implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds under the given filter.' })
    totalCount!: number;
  }
  return ConnectionPayload;
}

const CURSOR_PREFIX = 'id:';

function encodeCursor(id: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const id = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(id) || id < 0) {
    throw new BadUserInputError([{ field: 'after', message: 'is not a cursor of this list' }]);
  }
  return id;
}

/**
 * One page of a list ordered by id (keyset pagination: stable under inserts, no OFFSET scans),
 * in two statements: the page and the total count.
 */
export async function paginate<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  { first, after }: PaginationArgs,
): Promise<Connection<T>> {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError([{ field: 'first', message: `must be from 0 to ${MAX_PAGE_SIZE}` }]);
  }
  const afterId = after ? decodeCursor(after) : null;
  const pageWhere = (afterId === null ? where : { $and: [where, { id: { $gt: afterId } }] }) as FilterQuery<T>;
  const [rows, totalCount] = await Promise.all([
    first === 0 ? Promise.resolve([] as T[]) : em.find(entity, pageWhere, { orderBy: { id: 'asc' } as never, limit: first + 1 }),
    em.count(entity, where),
  ]);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
