/** Prometheus metrics of one server (its own registry, so several servers in one process do not clash). */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface ServerMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'route' | 'method' | 'status'>;
  readonly duration: Histogram<'route'>;
  readonly items: Counter<'endpoint' | 'outcome'>;
  readonly itemErrors: Counter<'code'>;
  readonly rejected: Counter<'reason'>;
}

export function createMetrics(gauges: { pending: () => number; sessions: () => number }): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mathgym_' });
  const m: ServerMetrics = {
    registry,
    requests: new Counter({ name: 'mathgym_http_requests_total', help: 'HTTP requests by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry] }),
    duration: new Histogram({
      name: 'mathgym_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    items: new Counter({ name: 'mathgym_items_scored_total', help: 'Scored items by endpoint and outcome (ok: judged; error: the verifier failed)', labelNames: ['endpoint', 'outcome'], registers: [registry] }),
    itemErrors: new Counter({ name: 'mathgym_item_errors_total', help: 'Items the verifier could not judge, by error code', labelNames: ['code'], registers: [registry] }),
    rejected: new Counter({ name: 'mathgym_rejected_requests_total', help: 'Requests refused before any work: queue full, session cap, draining', labelNames: ['reason'], registers: [registry] }),
  };
  new Gauge({ name: 'mathgym_queue_items', help: 'Items admitted and not yet scored', registers: [registry], collect() { this.set(gauges.pending()); } });
  new Gauge({ name: 'mathgym_env_sessions', help: 'Open environment sessions', registers: [registry], collect() { this.set(gauges.sessions()); } });
  return m;
}
