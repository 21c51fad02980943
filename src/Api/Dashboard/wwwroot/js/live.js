// A small graphql-transport-ws client (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md) for one
// subscription that resumes: each (re)connection subscribes with the variables `variables()` gives at that moment.
import { graphqlUrl } from './api.js';

const socketUrl = graphqlUrl.replace(/^http/, 'ws');

export function subscribeLive({ token, query, variables, onNext, onStatus, onFatal }) {
  let socket = null;
  let stopped = false;
  let retry = 0;
  let timer = null;

  const send = (message) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));

  function connect() {
    onStatus('connecting');
    socket = new WebSocket(socketUrl, 'graphql-transport-ws');
    socket.onopen = () => send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          retry = 0;
          onStatus('live');
          send({ id: '1', type: 'subscribe', payload: { query, variables: variables() } });
          break;
        case 'ping':
          send({ type: 'pong' });
          break;
        case 'next':
          if (message.payload?.errors?.length) onFatal(message.payload.errors.map((e) => e.message).join('; '));
          else onNext(message.payload.data);
          break;
        case 'error':
          onFatal(message.payload.map((e) => e.message).join('; '));
          break;
        case 'complete':
          socket.close(1000);
          break;
        default:
          break;
      }
    };
    socket.onclose = (event) => lost(event.code, event.reason);
  }

  function lost(code, reason) {
    socket = null;
    if (stopped) return;
    if (code === 4403 || code === 4401) {
      onFatal(`WebSocket ${code} ${reason}`);
      return;
    }
    onStatus('offline');
    const delay = Math.min(10000, 500 * 2 ** retry++);
    timer = setTimeout(connect, delay);
  }

  connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      send({ id: '1', type: 'complete' });
      socket?.close(1000);
    },
    // Simulates a network drop (tests): forget the socket at once, as a dead network would, and reconnect;
    // waiting for the close handshake could take as long as the server takes to end the subscription.
    drop() {
      const dropped = socket;
      if (!dropped) return;
      dropped.onclose = null;
      dropped.onmessage = null;
      dropped.close(4000, 'dropped by client');
      lost(4000, 'dropped by client');
    },
  };
}
