// The peer for fan-out in bench/fanout.ts: a minimal `ws` server, in a process of its own, that
// sends the same bytes to every connected socket when told to. What a live engine cannot beat.
import { performance } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { WebSocketServer } from 'ws';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const wallNow = () => performance.timeOrigin + performance.now();

export type BroadcastCommand = { id: number; cmd: 'broadcast'; text: string } | { id: number; cmd: 'memory' } | { id: number; cmd: 'cpu' };

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('listening', () => {
  const address = wss.address();
  process.send!({ ready: true, port: address && typeof address === 'object' ? address.port : 0 });
});

async function onMessage(msg: BroadcastCommand): Promise<void> {
  if (msg.cmd === 'broadcast') {
    const t0 = wallNow();
    const cpu = process.cpuUsage();
    const bytes = Buffer.from(msg.text);
    for (const client of wss.clients) client.send(bytes, { binary: false });
    // The writes are queued on the sockets; the CPU they take shows once they drain.
    await new Promise((r) => setTimeout(r, 200));
    const used = process.cpuUsage(cpu);
    process.send!({ id: msg.id, result: { t0, cpuMicros: used.user + used.system, clients: wss.clients.size } });
  } else if (msg.cmd === 'memory') {
    gc();
    await new Promise((r) => setTimeout(r, 50));
    gc();
    const m = process.memoryUsage();
    process.send!({ id: msg.id, result: { rss: m.rss, js: m.heapUsed + m.external, clients: wss.clients.size } });
  } else {
    const u = process.cpuUsage();
    process.send!({ id: msg.id, result: { micros: u.user + u.system } });
  }
}
// An emitter drops a listener's promise: a failure here ends the process like a thrown error would.
process.on('message', (msg: BroadcastCommand) => void onMessage(msg));
process.on('disconnect', () => process.exit(0));
