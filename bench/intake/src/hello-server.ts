// The HTTP ceiling: Fastify answering a constant, in a process of its own like intake.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/hello', async (_request, reply) => reply.status(202).send({ hello: 'world' }));
await app.listen({ port: Number(process.env['PORT']), host: '127.0.0.1' });
console.log('hello server listening');
