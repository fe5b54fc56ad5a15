import { FastifyOtelInstrumentation } from '@fastify/otel';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor, OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { RequestIdClientInterceptor, RequestIdSpanProcessor, requestIdAttribute } from './request-id';
import { type Tracing, type TracingSettings, workflowInterceptorModules } from './tracing-types';
import { workflowSpanSink } from './workflow-spans';

/** Health probes and metric scrapes (with or without a query). */
const probesAndScrapes = /^\/(healthz|readyz|metrics)(\?|$)/;

/**
 * The OpenTelemetry SDK of one process: a Node tracer provider (async-hooks context, W3C
 * trace context and baggage propagation) batching spans to the collector over OTLP/HTTP
 * (JSON), and Temporal's interceptors wired to it. Loaded only when an endpoint is set.
 */
export function startSdk({ otlpEndpoint, serviceName }: TracingSettings & { otlpEndpoint: string }): Tracing {
  const resource = Resource.default().merge(new Resource({ 'service.name': serviceName }));
  const exporter = new OTLPTraceExporter({ url: new URL('v1/traces', otlpEndpoint.endsWith('/') ? otlpEndpoint : `${otlpEndpoint}/`).toString() });
  const batch = new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new RequestIdSpanProcessor(), batch] });
  provider.register();
  // Only the request span and the handler's: a span per hook (auth, rate limit, …) says little;
  // and none for probes and scrapes, which would bury the requests' traces.
  const fastifyOtel = new FastifyOtelInstrumentation({ instrumentHooks: false, ignorePaths: ({ url }) => probesAndScrapes.test(url) });
  fastifyOtel.setTracerProvider(provider);
  const httpPlugin: FastifyPluginAsync = fp(async (app) => {
    await app.register(fastifyOtel.plugin());
    app.decorateRequest('traceRequestId', function (this, requestId: string) {
      this.opentelemetry().span?.setAttribute(requestIdAttribute, requestId);
    });
  });
  return {
    enabled: true,
    clientInterceptors: [new RequestIdClientInterceptor(), new OpenTelemetryWorkflowClientInterceptor()],
    workflowModules: [...workflowInterceptorModules],
    workerOptions: (workflowModules) => ({
      interceptors: {
        activity: [(ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) })],
        ...(workflowModules ? { workflowModules: [...workflowInterceptorModules] } : {}),
      },
      sinks: { exporter: workflowSpanSink(batch, resource) },
    }),
    httpPlugin,
    shutdown: () => provider.shutdown(),
  };
}
