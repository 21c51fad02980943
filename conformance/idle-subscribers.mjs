// Idle graphql-transport-ws subscribers for the issue #5 benchmark (tests/CrmGraph.Api.Tests/Benchmarks/IdleSubscriberBenchmark.cs).
// Runs in its own process so the server's memory is measured without the clients'. Opens CRM_SUBSCRIBERS sockets to
// CRM_URL, socket i using token i % tokens (tokens: a JSON array on the first stdin line): connection_init → ack →
// subscribe to onReminder → ping/pong (the server handles one socket's messages in order, so the pong means the
// subscription is live). Prints one JSON line per event on stdout; reads commands on stdin:
//   "count"  → {"received":[...]} the number of reminders each socket got so far
//   "close"  → closes every socket and exits
import WebSocket from 'ws';
import readline from 'node:readline';

const url = process.env.CRM_URL;
const total = Number(process.env.CRM_SUBSCRIBERS ?? '10000');
const parallel = Number(process.env.CRM_CONNECT_PARALLEL ?? '100');
const subscribe = process.env.CRM_SUBSCRIBE !== '0'; // '0': connection_init only, to tell the socket's cost from the subscription's
const lines = readline.createInterface({ input: process.stdin });
const say = (o) => process.stdout.write(JSON.stringify(o) + '\n');

let tokens;
const received = new Array(total).fill(0);
const sockets = [];
const failures = [];

function open(index) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    sockets[index] = socket;
    let settled = false;
    const done = (error) => {
      if (!settled) {
        settled = true;
        if (error) failures.push(`socket ${index}: ${error}`);
        resolve();
      }
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${tokens[index % tokens.length]}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        if (subscribe) socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { onReminder { id } }' } }));
        socket.send(JSON.stringify({ type: 'ping' }));
      } else if (message.type === 'pong') {
        done();
      } else if (message.type === 'next') {
        received[index]++;
      } else if (message.type === 'error') {
        done(`error ${JSON.stringify(message.payload)}`);
      }
    });
    socket.on('error', (error) => done(error.message));
    socket.on('close', (code, reason) => {
      done(`closed ${code} ${reason}`);
      if (settled) failures.push(`socket ${index} closed later: ${code} ${reason}`);
    });
  });
}

async function openAll() {
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < total) {
      await open(next++);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  say({ ready: total - failures.length, failures: failures.slice(0, 20), seconds: (Date.now() - started) / 1000 });
}

lines.on('line', (line) => {
  if (!tokens) {
    tokens = JSON.parse(line);
    openAll();
  } else if (line === 'count') {
    const open = sockets.filter((s) => s && s.readyState === WebSocket.OPEN).length;
    say({ received, open, failures: failures.slice(0, 20) });
  } else if (line === 'close') {
    for (const socket of sockets) socket?.terminate();
    process.exit(0);
  }
});
lines.on('close', () => process.exit(0));
