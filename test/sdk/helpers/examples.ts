/** The webhook receiver examples and the path each listens on; run by examples-webhooks.test.ts. */
export const WEBHOOK_EXAMPLES = [
  { file: 'sdk/examples/webhook-receiver-node-http.ts', path: '/' },
  { file: 'sdk/examples/webhook-receiver-fastify.ts', path: '/webhooks/marquee' },
];
