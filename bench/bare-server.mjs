// The floor for bench/load: express + socket.io doing nothing but acknowledging, in plain JS so
// it pays no loader cost. Prints its port on stdout.
import { createServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';

const app = express();
app.get('/healthz', (_request, response) => response.json({ ok: true }));
const http = createServer(app);
const io = new Server(http);
io.of('/visitor').on('connection', (socket) => {
  socket.emit('session', {});
  socket.on('message', (_payload, ack) => ack({ ok: true }));
});
http.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: http.address().port })));
process.on('SIGTERM', () => process.exit(0));
