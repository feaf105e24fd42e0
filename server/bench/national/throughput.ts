// Throughput: autocannon's connections sending one GraphQL request as fast as the server answers,
// with the server's resident memory sampled meanwhile.
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';

export type ThroughputFigures = {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
  /** The server's largest resident set while it ran, and at its start. */
  peakRssMb: number;
  startRssMb: number;
};

/** A process's resident set size in MB, from /proc (Linux). */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** A process's largest resident set size since it started, in MB (VmHWM). */
export async function peakResidentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

export async function throughput(options: {
  label: string;
  base: string;
  cookie: string;
  query: string;
  variables: Record<string, unknown>;
  serverPid: number;
  connections?: number;
  seconds?: number;
}): Promise<ThroughputFigures> {
  const connections = options.connections ?? 10;
  const seconds = options.seconds ?? 20;
  const startRssMb = await residentMb(options.serverPid);
  let peakRssMb = startRssMb;
  const sampler = setInterval(() => {
    residentMb(options.serverPid).then(
      (mb) => (peakRssMb = Math.max(peakRssMb, mb)),
      () => undefined,
    );
  }, 100);
  try {
    const result = await autocannon({
      url: `${options.base}/graphql`,
      connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}) },
      body: JSON.stringify({ query: options.query, variables: options.variables }),
      // An answer with GraphQL errors is a failure too, though it comes with 200.
      verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
    });
    return {
      label: options.label,
      connections,
      seconds,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
      peakRssMb,
      startRssMb,
    };
  } finally {
    clearInterval(sampler);
  }
}
