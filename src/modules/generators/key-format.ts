import { randomInt, randomUUID } from 'node:crypto';
import { GeneratorMethod, type Generator } from './generator.entity.js';

export type KeyFormat = Pick<Generator, 'method' | 'charset' | 'numberOfChunks' | 'chunkLength' | 'separator' | 'prefix' | 'suffix'>;

/** Random bits of a UUID v4. */
const UUID_BITS = 122;

/**
 * A generator must offer at least this many times more keys than a request asks for, so that
 * random collisions stay rare and retries few.
 */
export const KEY_SPACE_FACTOR = 1024;

/** log2 of how many distinct keys a format can make. */
export function keySpaceBits(format: KeyFormat): number {
  if (format.method === GeneratorMethod.UUID) return UUID_BITS;
  return format.numberOfChunks * format.chunkLength * Math.log2(new Set(format.charset).size);
}

/** Whether a format can make `quantity` unique keys with few collisions. */
export function keySpaceFits(format: KeyFormat, quantity: number): boolean {
  return keySpaceBits(format) >= Math.log2(quantity * KEY_SPACE_FACTOR);
}

/** One key in the format, from a cryptographically secure source. */
export function makeKey(format: KeyFormat): string {
  if (format.method === GeneratorMethod.UUID) return `${format.prefix}${randomUUID()}${format.suffix}`;
  const charset = [...new Set(format.charset)];
  const chunks: string[] = [];
  for (let chunk = 0; chunk < format.numberOfChunks; chunk += 1) {
    let text = '';
    for (let index = 0; index < format.chunkLength; index += 1) text += charset[randomInt(charset.length)];
    chunks.push(text);
  }
  return `${format.prefix}${chunks.join(format.separator)}${format.suffix}`;
}
