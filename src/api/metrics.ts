import type { RequestHandler } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics: process defaults plus request counts and latencies per endpoint and status. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'credit_api_requests_total', help: 'API requests', labelNames: ['endpoint', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'credit_api_request_seconds',
    help: 'API request latency',
    labelNames: ['endpoint'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const measure: RequestHandler = (request, response, next) => {
    const stop = latency.startTimer();
    response.on('finish', () => {
      const endpoint = String(response.locals.endpoint ?? 'other');
      requests.inc({ endpoint, status: String(response.statusCode) });
      stop({ endpoint });
    });
    next();
  };
  const expose: RequestHandler = async (_request, response) => {
    response.type(registry.contentType).send(await registry.metrics());
  };
  return { measure, expose };
}
