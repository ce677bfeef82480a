import { createHmac, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/orm.js';
import { AssignmentJob, AssignmentJobStatus, WebhookStatus } from '../src/modules/assignments/assignment-job.entity.js';
import { AssignmentWorker, type WorkerLogger } from '../src/modules/assignments/assignment-worker.js';
import { assertPublicWebhookHost, isPublicAddress, postWebhook } from '../src/modules/assignments/webhook.js';
import { LicenseKey, LicenseKeyStatus } from '../src/modules/license-keys/license-key.entity.js';
import {
  AssignmentJobDocument,
  CreateLicenseKeysDocument,
  CreateProductDocument,
  QueueRandomAssignLicenseKeysDocument,
  type QueueRandomAssignLicenseKeysInput,
} from './generated/graphql.js';
import type { GraphQLClient } from './support/client.js';
import { expectError, expectGraphQLError, expectSuccess } from './support/codes.js';
import { testDialects } from './support/databases.js';
import { testCipher } from './support/license-keys.js';
import { startTestServer, type TestServer } from './support/server.js';

const dialects = await testDialects();
const SECRET = 's3cret';
const OWNER = { ownerName: 'Ada Buyer', ownerEmail: 'ada@example.com' };
const CAPABILITIES = ['create-product', 'create-license-keys', 'random-assign-license-keys-queued'];
/** Fast polls and retries; three delivery attempts at most. */
const FAST_ENV = {
  WEBHOOK_SECRET: SECRET,
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  JOB_POLL_INTERVAL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: '20',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_TIMEOUT_MS: '2000',
};
const silentLogger: WorkerLogger = { error() {}, warn() {}, info() {}, debug() {} } as unknown as WorkerLogger;

// ---------------------------------------------------------------------------------------------
// A webhook receiver on 127.0.0.1 that records every request and answers planned statuses.
// ---------------------------------------------------------------------------------------------

interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  body: Record<string, any>;
  at: number;
}

class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly plans = new Map<string, number[]>();
  private server!: Server;
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const path = request.url ?? '';
        this.received.push({ path, headers: request.headers, raw, body: JSON.parse(raw.toString('utf8')), at: Date.now() });
        const status = this.plans.get(path)?.shift() ?? 200;
        response.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A fresh path on this receiver; `statuses` are answered in turn, then 200. */
  hook(statuses: number[] = []): { url: string; path: string } {
    const path = `/hooks/${randomUUID()}`;
    this.plans.set(path, [...statuses]);
    return { url: `${this.origin}${path}`, path };
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.filter((request) => request.path === path);
  }
}

async function waitFor<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectSigned(webhook: ReceivedWebhook, jobId: string, attempt = 1): void {
  expect(webhook.headers['content-type']).toBe('application/json');
  expect(webhook.headers['x-webhook-id']).toBe(jobId);
  expect(webhook.headers['x-webhook-attempt']).toBe(String(attempt));
  const expected = `sha256=${createHmac('sha256', SECRET).update(webhook.raw).digest('hex')}`;
  expect(webhook.headers['x-signature-256']).toBe(expected);
}

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = new WebhookReceiver();
  await receiver.start();
});
afterAll(() => receiver?.stop());

// ---------------------------------------------------------------------------------------------

describe.each(dialects)('queued random assignment on %s', (dialect) => {
  let server: TestServer;
  let client: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer(dialect, FAST_ENV);
    client = await server.clientWith(CAPABILITIES);
  });
  afterAll(() => server?.close());

  /** A product with `count` AVAILABLE keys, imported through the API. */
  async function stockedProduct(count: number): Promise<{ productId: string; keys: string[] }> {
    const product = await client.request(CreateProductDocument, { input: { name: `Queued ${randomUUID()}` } });
    expectSuccess(product.data?.createProduct, 750);
    const productId = product.data!.createProduct.product.id;
    const keys = Array.from({ length: count }, () => `QK-${randomUUID()}`);
    if (count > 0) {
      const created = await client.request(CreateLicenseKeysDocument, { input: { productId, licenseKeys: keys, status: 'AVAILABLE' } });
      expectSuccess(created.data?.createLicenseKeys, 900);
    }
    return { productId, keys };
  }

  const queue = (input: QueueRandomAssignLicenseKeysInput) => client.request(QueueRandomAssignLicenseKeysDocument, { input });
  const jobById = async (id: string) => (await client.request(AssignmentJobDocument, { id })).data!.assignmentJob.job;
  const settled = (id: string, webhookStatus: 'DELIVERED' | 'FAILED') =>
    waitFor(async () => {
      const job = await jobById(id);
      return job.webhookStatus === webhookStatus ? job : null;
    }, `job ${id} to be ${webhookStatus}`);

  async function assignedTo(productId: string | number, ownerEmail: string): Promise<LicenseKey[]> {
    return server.orm.em.fork().find(LicenseKey, { product: Number(productId), ownerEmail, status: LicenseKeyStatus.ASSIGNED });
  }

  /** Stores a job straight into the table, e.g. as a crashed worker left it. */
  async function insertJob(fields: Partial<AssignmentJob> & Pick<AssignmentJob, 'input' | 'webhookUrl'>): Promise<number> {
    const em = server.orm.em.fork();
    const job = em.create(AssignmentJob, fields);
    await em.flush();
    return job.id;
  }

  it('answers 807 with the job, then POSTs the signed 803 payload; the job shows SUCCEEDED and DELIVERED', async () => {
    const { productId, keys } = await stockedProduct(3);
    const hook = receiver.hook();
    const result = await queue({ productId, quantity: 2, ...OWNER, webhookUrl: hook.url, identifier: 'order-1' });
    expectSuccess(result.data?.queueRandomAssignLicenseKeys, 807);
    const queued = result.data!.queueRandomAssignLicenseKeys.job;
    expect(queued).toMatchObject({
      status: 'QUEUED',
      webhookStatus: 'PENDING',
      webhookUrl: hook.url,
      identifier: 'order-1',
      runAttempts: 0,
      webhookAttempts: 0,
      resultCode: null,
      licenseKeys: null,
      finishedAt: null,
    });

    const [webhook] = await waitFor(() => (receiver.at(hook.path).length > 0 ? receiver.at(hook.path) : null), 'the webhook');
    expectSigned(webhook!, queued.id);
    const { body } = webhook!;
    expect(body).toMatchObject({ responseCode: 803, code: 'LICENSE_KEYS_ASSIGNED', message: 'License keys assigned', identifier: 'order-1', jobId: queued.id });
    expect(body.licenseKeys).toHaveLength(2);
    for (const key of body.licenseKeys) {
      expect(keys).toContain(key.key);
      expect(key).toMatchObject({ status: 'ASSIGNED', ...OWNER, activationLimit: 1, validity: 0, expiresAt: null });
      expect(Date.parse(key.assignedAt)).not.toBeNaN();
    }

    const job = await settled(queued.id, 'DELIVERED');
    expect(job).toMatchObject({ status: 'SUCCEEDED', resultCode: 803, availableQuantity: null, runAttempts: 1, webhookAttempts: 1, webhookLastError: null });
    expect(job.finishedAt).not.toBeNull();
    expect(job.webhookDeliveredAt).not.toBeNull();
    expect(job.licenseKeys!.map((key) => key.key).sort()).toEqual(body.licenseKeys.map((key: { key: string }) => key.key).sort());
    expect(await assignedTo(productId, OWNER.ownerEmail)).toHaveLength(2);
  });

  it('runs a refused assignment as a FAILED job (802) and delivers the error with availableQuantity', async () => {
    const { productId } = await stockedProduct(1);
    const hook = receiver.hook();
    const result = await queue({ productId, quantity: 3, ...OWNER, webhookUrl: hook.url });
    expectSuccess(result.data?.queueRandomAssignLicenseKeys, 807);
    const { id } = result.data!.queueRandomAssignLicenseKeys.job;

    const [webhook] = await waitFor(() => (receiver.at(hook.path).length > 0 ? receiver.at(hook.path) : null), 'the webhook');
    expectSigned(webhook!, id);
    expect(webhook!.body).toEqual({
      responseCode: 802,
      code: 'INSUFFICIENT_LICENSE_KEYS',
      message: 'Insufficient license keys',
      extensions: { code: 'INSUFFICIENT_LICENSE_KEYS', responseCode: 802, availableQuantity: 1 },
      identifier: null,
      jobId: id,
    });
    const job = await settled(id, 'DELIVERED');
    expect(job).toMatchObject({ status: 'FAILED', resultCode: 802, availableQuantity: 1, licenseKeys: null, runAttempts: 1 });
    // All or nothing: the one key stays in stock.
    expect(await server.orm.em.fork().count(LicenseKey, { product: Number(productId), status: LicenseKeyStatus.AVAILABLE })).toBe(1);
  });

  it('answers 805 and 806 synchronously and queues nothing', async () => {
    const before = await server.orm.em.fork().count(AssignmentJob);
    const { url } = receiver.hook();
    expectError(await queue({ productId: '999999', quantity: 1, ...OWNER, webhookUrl: url }), 805);
    expectError(await queue({ productId: 'not-an-id', quantity: 1, ...OWNER, webhookUrl: url }), 805);
    const { productId } = await stockedProduct(0);
    expectError(await queue({ productId, quantity: 1, generate: true, ...OWNER, webhookUrl: url }), 806);
    expect(await server.orm.em.fork().count(AssignmentJob)).toBe(before);
  });

  it('answers 2010 for a job and 2011 for an unknown or malformed id', async () => {
    const { productId } = await stockedProduct(1);
    const queued = await queue({ productId, quantity: 1, ...OWNER, webhookUrl: receiver.hook().url });
    const found = await client.request(AssignmentJobDocument, { id: queued.data!.queueRandomAssignLicenseKeys.job.id });
    expectSuccess(found.data?.assignmentJob, 2010);
    for (const id of ['999999', 'abc', '-1', '']) expectError(await client.request(AssignmentJobDocument, { id }), 2011);
  });

  it('answers BAD_USER_INPUT with every field error at once for a bad webhook URL, identifier or quantity', async () => {
    const { productId } = await stockedProduct(1);
    const base = { productId, quantity: 1, ...OWNER };
    for (const webhookUrl of ['ftp://x', 'not a url', 'http://', 'javascript:alert(1)', '   ']) {
      const fieldErrors = expectGraphQLError(await queue({ ...base, webhookUrl }), 'BAD_USER_INPUT').fieldErrors;
      expect(fieldErrors, webhookUrl).toEqual([
        { field: 'webhookUrl', message: webhookUrl.trim() ? 'must be an http or https URL' : 'is required' },
      ]);
    }
    const tooLong = `${receiver.origin}/${'a'.repeat(2048)}`;
    expect(expectGraphQLError(await queue({ ...base, webhookUrl: tooLong }), 'BAD_USER_INPUT').fieldErrors).toEqual([
      { field: 'webhookUrl', message: 'must be at most 2048 characters' },
    ]);
    const all = await queue({ ...base, quantity: 0, ownerEmail: 'nope', webhookUrl: 'ftp://x', identifier: 'i'.repeat(256) });
    expect(expectGraphQLError(all, 'BAD_USER_INPUT').fieldErrors).toEqual([
      { field: 'quantity', message: 'must be from 1 to 10000' },
      { field: 'ownerEmail', message: 'must be an email address' },
      { field: 'webhookUrl', message: 'must be an http or https URL' },
      { field: 'identifier', message: 'must be at most 255 characters' },
    ]);
  });

  it('retries a failing webhook with exponential backoff until it answers 2xx', async () => {
    const { productId } = await stockedProduct(1);
    const hook = receiver.hook([500, 500]);
    const { id } = (await queue({ productId, quantity: 1, ...OWNER, webhookUrl: hook.url })).data!.queueRandomAssignLicenseKeys.job;
    const job = await settled(id, 'DELIVERED');
    const attempts = receiver.at(hook.path);
    expect(attempts.map((webhook) => webhook.headers['x-webhook-attempt'])).toEqual(['1', '2', '3']);
    for (const [index, webhook] of attempts.entries()) expectSigned(webhook, id, index + 1);
    // WEBHOOK_RETRY_BASE_MS is 20: the second attempt waits at least 20 ms, the third at least 40 ms.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(20);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(40);
    expect(job).toMatchObject({ status: 'SUCCEEDED', webhookAttempts: 3, webhookLastError: null, webhookNextAttemptAt: null });
  });

  it('gives the delivery up as FAILED after WEBHOOK_MAX_ATTEMPTS', async () => {
    const { productId } = await stockedProduct(1);
    const hook = receiver.hook([500, 503, 404, 500, 500]);
    const { id } = (await queue({ productId, quantity: 1, ...OWNER, webhookUrl: hook.url })).data!.queueRandomAssignLicenseKeys.job;
    const job = await settled(id, 'FAILED');
    expect(job).toMatchObject({ status: 'SUCCEEDED', webhookAttempts: 3, webhookLastError: 'HTTP 404', webhookNextAttemptAt: null, webhookDeliveredAt: null });
    await sleep(200);
    expect(receiver.at(hook.path)).toHaveLength(3);
  });

  it('takes over a job whose worker died, assigns its keys exactly once, and delivers once', async () => {
    const { productId } = await stockedProduct(4);
    const hook = receiver.hook();
    const owner = { ownerName: 'Crash Buyer', ownerEmail: `crash-${randomUUID()}@example.com` };
    // As a worker leaves a job it claimed before dying: RUNNING, its lease expired.
    const jobId = await insertJob({
      input: { productId: Number(productId), quantity: 2, generate: false, ...owner },
      webhookUrl: hook.url,
      identifier: 'crashed',
      status: AssignmentJobStatus.RUNNING,
      runAttempts: 1,
      leaseOwner: 'dead-worker',
      leaseExpiresAt: new Date(Date.now() - 1000),
    });
    const job = await settled(String(jobId), 'DELIVERED');
    expect(job).toMatchObject({ status: 'SUCCEEDED', runAttempts: 2, resultCode: 803 });
    expect(await assignedTo(productId, owner.ownerEmail)).toHaveLength(2);

    // The dead worker comes back and finishes its run: the lease is gone, so it is rolled back.
    const zombie = new AssignmentWorker(server.orm, testCipher, loadConfig(FAST_ENV).jobs, silentLogger, { id: 'dead-worker' });
    await zombie.run(await server.orm.em.fork().findOneOrFail(AssignmentJob, { id: jobId }));
    expect(await assignedTo(productId, owner.ownerEmail)).toHaveLength(2);
    expect(await server.orm.em.fork().count(LicenseKey, { product: Number(productId), status: LicenseKeyStatus.AVAILABLE })).toBe(2);

    await sleep(150);
    expect(receiver.at(hook.path)).toHaveLength(1);
    expect(receiver.at(hook.path)[0]!.body).toMatchObject({ responseCode: 803, identifier: 'crashed', jobId: String(jobId) });
    expect((await jobById(String(jobId))).runAttempts).toBe(2);
  });

  it('leaves a job whose lease is still live to its worker', async () => {
    const { productId } = await stockedProduct(1);
    const jobId = await insertJob({
      input: { productId: Number(productId), quantity: 1, generate: false, ...OWNER },
      webhookUrl: receiver.hook().url,
      status: AssignmentJobStatus.RUNNING,
      runAttempts: 1,
      leaseOwner: 'busy-worker',
      leaseExpiresAt: new Date(Date.now() + 60_000),
    });
    await server.app.assignmentWorker.runOnce();
    expect(await jobById(String(jobId))).toMatchObject({ status: 'RUNNING', runAttempts: 1 });
  });

  // Several processes share PostgreSQL deployments; an SQLite file serves one process.
  if (dialect === 'postgresql') {
    it('runs each job exactly once when workers of separate processes race', async () => {
      const url = server.orm.config.get('clientUrl')!;
      const orms: MikroORM[] = await Promise.all([openDatabase({ dialect, url }), openDatabase({ dialect, url })]);
      try {
        const jobsConfig = loadConfig(FAST_ENV).jobs;
        const workers = orms.map((orm, index) => new AssignmentWorker(orm, testCipher, jobsConfig, silentLogger, { id: `racer-${index}` }));
        const { productId } = await stockedProduct(30);
        const hooks = Array.from({ length: 10 }, () => receiver.hook());
        const em = server.orm.em.fork();
        const jobs = hooks.map((hook, index) =>
          em.create(AssignmentJob, {
            input: { productId: Number(productId), quantity: 3, generate: false, ownerName: `Racer ${index}`, ownerEmail: `racer-${index}@example.com` },
            webhookUrl: hook.url,
            identifier: `race-${index}`,
          }),
        );
        await em.flush();
        // The two workers (and the server's own, which polls too) go for the same ten jobs.
        await Promise.all([...workers, ...workers].map((worker) => worker.runOnce()));
        await waitFor(() => hooks.every((hook) => receiver.at(hook.path).length > 0), 'every webhook');

        const assigned = await server.orm.em.fork().find(LicenseKey, { product: Number(productId), status: LicenseKeyStatus.ASSIGNED });
        expect(assigned).toHaveLength(30);
        for (let index = 0; index < 10; index += 1) {
          expect(assigned.filter((key) => key.ownerEmail === `racer-${index}@example.com`)).toHaveLength(3);
        }
        const stored = await server.orm.em.fork().find(AssignmentJob, { id: { $in: jobs.map((job) => job.id) } });
        for (const job of stored) expect(job).toMatchObject({ status: AssignmentJobStatus.SUCCEEDED, runAttempts: 1 });
        await waitFor(async () => {
          const rows = await server.orm.em.fork().find(AssignmentJob, { id: { $in: jobs.map((job) => job.id) } });
          return rows.every((job) => job.webhookStatus === WebhookStatus.DELIVERED);
        }, 'every delivery to be recorded');
        await sleep(150);
        for (const [index, hook] of hooks.entries()) {
          const received = receiver.at(hook.path);
          expect(received).toHaveLength(1);
          expect(received[0]!.body.identifier).toBe(`race-${index}`);
          expect(received[0]!.body.licenseKeys.map((key: { ownerEmail: string }) => key.ownerEmail)).toEqual(Array(3).fill(`racer-${index}@example.com`));
        }
        await Promise.all(workers.map((worker) => worker.stop()));
      } finally {
        await Promise.all(orms.map((orm) => orm.close(true)));
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('webhook configuration and destinations', () => {
  let strict: TestServer;
  let unconfigured: TestServer;
  let strictClient: GraphQLClient;
  let productId: string;

  beforeAll(async () => {
    [strict, unconfigured] = await Promise.all([
      startTestServer('sqlite', { WEBHOOK_SECRET: SECRET, JOB_POLL_INTERVAL_MS: '50', WEBHOOK_MAX_ATTEMPTS: '1' }),
      startTestServer('sqlite', { JOB_POLL_INTERVAL_MS: '50' }),
    ]);
    strictClient = await strict.clientWith(CAPABILITIES);
    const product = await strictClient.request(CreateProductDocument, { input: { name: 'Strict' } });
    productId = product.data!.createProduct.product.id;
  });
  afterAll(() => Promise.all([strict?.close(), unconfigured?.close()]));

  it('answers 2013 while WEBHOOK_SECRET is not set', async () => {
    const client = await unconfigured.clientWith(CAPABILITIES);
    const product = await client.request(CreateProductDocument, { input: { name: 'Unconfigured' } });
    const input = { productId: product.data!.createProduct.product.id, quantity: 1, ...OWNER, webhookUrl: receiver.hook().url };
    expectError(await client.request(QueueRandomAssignLicenseKeysDocument, { input }), 2013);
  });

  it.each([
    () => `${receiver.origin}/hook`,
    () => `http://localhost:${new URL(receiver.origin).port}/hook`,
    () => 'http://10.0.0.1/',
    () => 'http://172.16.5.4/',
    () => 'http://192.168.1.1/',
    () => 'http://100.64.0.1/',
    () => 'http://169.254.169.254/latest/meta-data/',
    () => 'http://0.0.0.0/',
    () => 'http://[::1]/',
    () => 'http://[::ffff:127.0.0.1]/',
    () => 'http://[fd00::1]/',
    () => 'http://[fe80::1]/',
    () => 'https://2130706433/',
    () => 'http://no-such-host.invalid/',
  ])('answers 2012 for a webhook on a non-public address (%#)', async (url) => {
    const input = { productId, quantity: 1, ...OWNER, webhookUrl: url() };
    expectError(await strictClient.request(QueueRandomAssignLicenseKeysDocument, { input }), 2012);
  });

  it('refuses at delivery time a destination that became non-public after it was queued', async () => {
    const em = strict.orm.em.fork();
    const hooks = [receiver.hook(), receiver.hook()];
    const urls = [hooks[0]!.url, hooks[1]!.url.replace('127.0.0.1', 'localhost')];
    const jobs = urls.map((webhookUrl) =>
      em.create(AssignmentJob, {
        input: { productId: Number(productId), quantity: 1, generate: false, ...OWNER },
        webhookUrl,
        status: AssignmentJobStatus.FAILED,
        result: { responseCode: 802, code: 'INSUFFICIENT_LICENSE_KEYS', message: 'Insufficient license keys', extensions: { availableQuantity: 0 } },
        finishedAt: new Date(),
      }),
    );
    await em.flush();
    const failed = await waitFor(async () => {
      const rows = await strict.orm.em.fork().find(AssignmentJob, { id: { $in: jobs.map((job) => job.id) } }, { orderBy: { id: 'asc' } });
      return rows.every((job) => job.webhookStatus === WebhookStatus.FAILED) ? rows : null;
    }, 'both deliveries to fail');
    expect(failed[0]!.webhookLastError).toBe('127.0.0.1 is not a public address');
    expect(failed[1]!.webhookLastError).toMatch(/^localhost resolves to the non-public address (127\.0\.0\.1|::1)$/);
    expect(hooks.flatMap((hook) => receiver.at(hook.path))).toHaveLength(0);
  });

  it('refuses the queued operations to a key without the capability (102)', async () => {
    const client = await strict.clientWith(['random-assign-license-keys']);
    const input = { productId, quantity: 1, ...OWNER, webhookUrl: 'https://example.com/hook' };
    expectError(await client.request(QueueRandomAssignLicenseKeysDocument, { input }), 102);
    expectError(await client.request(AssignmentJobDocument, { id: '1' }), 102);
  });
});

describe('webhook addresses and delivery', () => {
  it.each([
    ['8.8.8.8', true],
    ['93.184.215.14', true],
    ['2606:4700:4700::1111', true],
    ['2001:4860:4860::8888', true],
    ['::ffff:8.8.8.8', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.0.10', false],
    ['100.64.0.1', false],
    ['100.127.255.255', false],
    ['169.254.169.254', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['198.18.0.1', false],
    ['::', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:a9fe:a9fe', false],
    ['64:ff9b::10.0.0.1', false],
    ['fc00::1', false],
    ['fd12:3456::1', false],
    ['fe80::1%eth0', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['not-an-address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('gives up on a webhook that does not answer within the timeout', async () => {
    const hanging = createServer(() => {});
    hanging.listen(0, '127.0.0.1');
    await once(hanging, 'listening');
    try {
      const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hook`;
      const started = Date.now();
      await expect(postWebhook({ url, body: Buffer.from('{}'), headers: {}, timeoutMs: 150, allowPrivateNetworks: true })).rejects.toThrow('no answer within 150 ms');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('lets a public literal through the queue-time check', async () => {
    await expect(assertPublicWebhookHost(new URL('https://8.8.8.8/hook'), false)).resolves.toBeUndefined();
    await expect(assertPublicWebhookHost(new URL('http://127.0.0.1/'), true)).resolves.toBeUndefined();
  });
});
