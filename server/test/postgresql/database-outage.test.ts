import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { signInAs, supplierWithProduct } from '../catalogue.js';
import { CREATE_CONTRACT, contractInput, type ContractPayloadShape } from '../contracts.js';
import { startTestServer, type SignedInClient, type TestServer } from '../test-server.js';

/**
 * A TCP proxy between the server and PostgreSQL that a test can cut, as a network failure or a
 * database restart would: open connections drop, new ones are refused, until it is restored.
 */
async function databaseLink(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const listener = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      listener.listen(port, '127.0.0.1', () => resolve((listener.address() as net.AddressInfo).port)),
    );
  const port = await listen(0);
  return {
    port,
    cut: async () => {
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: () => listen(port),
    close: () => {
      for (const socket of sockets) socket.destroy();
      listener.close();
    },
  };
}

const MESSAGE =
  'Concord cannot reach its database just now, so nothing was read or saved. Try again in a few seconds.';

let link: Awaited<ReturnType<typeof databaseLink>>;
let server: TestServer;
let lead: SignedInClient;
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;

beforeAll(async () => {
  const template = inject('template');
  if (template.kind !== 'postgresql') throw new Error('test/postgresql/ runs with DATABASE_URL set');
  const url = new URL(template.url);
  link = await databaseLink({ host: url.hostname, port: Number(url.port || 5432) });
  server = await startTestServer(
    {},
    {
      reach: (database) => {
        const through = new URL((database as { url: string }).url);
        through.hostname = '127.0.0.1';
        through.port = String(link.port);
        return { kind: 'postgresql', url: through.toString() };
      },
    },
  );
  const central = await signInAs(server, 'CENTRAL_COMMERCIAL', 'X24');
  lead = await signInAs(server, 'TRUST_PROCUREMENT', 'RAL');
  offer = await supplierWithProduct(central);
});

afterAll(async () => {
  await link?.restore().catch(() => undefined);
  await server?.close();
  link?.close();
});

const create = (reference: string) =>
  lead.gql<{ createContract: ContractPayloadShape }>(CREATE_CONTRACT, {
    input: contractInput(offer, { reference }),
  });

async function until<T>(attempt: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; ; tries++) {
    const value = await attempt();
    if (done(value) || tries >= 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('while the database cannot be reached', () => {
  it('answers 503 with a plain message, says so on /readyz, and carries on when it is back', async () => {
    const before = await create('OUTAGE-BEFORE');
    expect(before.data?.createContract.userErrors).toEqual([]);

    await link.cut();

    const write = await create('OUTAGE-DURING');
    const read = await lead.gql('{ me { user { email } } }');
    const anonymous = await server.gql('{ organisations(first: 3) { totalCount } }');
    for (const answer of [write, read, anonymous]) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.errors).toEqual([{ message: MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
    }

    const ocds = await fetch(`${server.url}/ocds/releases`);
    expect(ocds.status).toBe(503);
    expect(await ocds.json()).toEqual({
      errors: [{ message: MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await link.restore();

    const ready = await until(
      () => fetch(`${server.url}/readyz`).then((r) => r.status),
      (status) => status === 200,
    );
    expect(ready).toBe(200);
    const after = await until(
      () => create('OUTAGE-AFTER'),
      (answer) => answer.status === 200,
    );
    expect(after.data?.createContract.userErrors).toEqual([]);

    // What was acknowledged is there; what was refused is not.
    const stored = await lead.gql<{ contracts: { edges: { node: { reference: string } }[] } }>(
      '{ contracts(first: 50, filter: { search: "OUTAGE" }) { edges { node { reference } } } }',
    );
    expect(stored.errors).toBeUndefined();
    expect(stored.data!.contracts.edges.map((e) => e.node.reference).sort()).toEqual([
      'OUTAGE-AFTER',
      'OUTAGE-BEFORE',
    ]);
  });
});
