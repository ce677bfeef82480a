import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';

export interface GraphQLResult<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

/** A minimal client over the generated typed documents, as an API user would write one. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): GraphQLClient {
    return new GraphQLClient(this.url, { ...this.headers, ...headers });
  }

  async request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<GraphQLResult<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<TData>, 'status'>) };
  }

  /** Sends raw variables, for inputs the generated types would refuse (wrong types, garbage). */
  async requestUntyped(query: string, variables?: unknown): Promise<GraphQLResult<Record<string, unknown>>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
}
