#!/usr/bin/env node
// Load on the customers' booking page, on loopback, as issue 17 asks: 50 clients at once listing
// free times and booking, against the real ordo-server started here on a demo database.
// Bounded: a fixed number of requests per client, and a time limit.
//
//   node app/bench/booking_load.mjs --server build/app/ordo-server --database huge.ordo [--clients 50]
//        [--lists 20] [--bookings 2] [--postcodes 28013,28100,08001,41001]
//
// The bookings are real: run it on a demo database made for it (ordo-cli demo --size huge).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
    return pairs;
}, []));
const clients = Number(args.clients ?? 50);
const lists = Number(args.lists ?? 20);
const bookings = Number(args.bookings ?? 2);
const postcodes = (args.postcodes ?? '28013,28100,28200,28400').split(',');
const limitMs = Number(args['time-limit'] ?? 300000);
if (!args.server || !args.database) {
    console.error('usage: booking_load.mjs --server PATH --database PATH [--clients N] [--lists N] [--bookings N]');
    process.exit(2);
}

const server = spawn(args.server, ['--database', args.database, '--listen', '127.0.0.1:0', '--behind-proxy',
                                   '--bookings-per-minute', '100000'],
                     { env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Madrid' }, stdio: ['ignore', 'pipe', 'pipe'] });
// The server's own time per request (its log line ends with "… STATUS Nms"), without the queueing.
const served = { GET: [], POST: [] };
let pending = '';
server.stderr.on('data', (d) => {
    pending += d;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
        const m = line.match(/ (GET|POST) \/(times|book) \d+ (\d+)ms$/);
        if (m) served[m[1]].push(Number(m[3]));
    }
});
const url = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/listening at (\S+)/);
        if (m) resolve(m[1].replace(/\/$/, ''));
    });
    server.on('exit', (code) => reject(new Error(`ordo-server exited with ${code}`)));
});
const deadline = Date.now() + limitMs;

function summary(name, samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `${name}: ${sorted.length} requests, p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
           `p99 ${at(0.99).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

async function timed(request) {
    const start = performance.now();
    const response = await request();
    const body = await response.text();
    return { ms: performance.now() - start, status: response.status, body };
}

const listTimes = [], bookTimes = [], statuses = {};
async function client(n) {
    const address = `10.${(n >> 8) & 255}.${n & 255}.1`;
    for (let i = 0; i < lists && Date.now() < deadline; ++i) {
        const postcode = postcodes[(n + i) % postcodes.length];
        const r = await timed(() => fetch(`${url}/times?job=Reparaci%C3%B3n&postcode=${postcode}`, { headers: { 'x-forwarded-for': address } }));
        if (r.status !== 200) throw new Error(`times answered ${r.status}`);
        listTimes.push(r.ms);
    }
    for (let i = 0; i < bookings && Date.now() < deadline; ++i) {
        const postcode = postcodes[(n + i) % postcodes.length];
        const page = await (await fetch(`${url}/times?job=Reparaci%C3%B3n&postcode=${postcode}`, { headers: { 'x-forwarded-for': address } })).text();
        const csrf = page.match(/name="csrf" value="([^"]+)"/)?.[1];
        const starts = [...page.matchAll(/name="start" value="(\d+)"/g)].map((m) => m[1]);
        if (!csrf || starts.length === 0) continue;
        const start = starts[Math.floor(Math.random() * starts.length)];
        const body = new URLSearchParams({
            csrf, lang: 'es', job: 'Reparación', postcode, start, name: `Cliente de carga ${n}-${i}`,
            phone: `6${String(n * 100 + i).padStart(8, '0')}`, email: `carga${n}-${i}@example.es`,
            address: `Calle de la Carga ${n}`, city: 'Madrid', consent: 'yes', description: 'Prueba de carga',
        }).toString();
        const r = await timed(() => fetch(`${url}/book`, {
            method: 'POST', redirect: 'manual', body,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
        }));
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        bookTimes.push(r.ms);
    }
}

const started = performance.now();
await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
const seconds = (performance.now() - started) / 1000;
console.log(`ordo-server booking load: ${clients} clients at once, ${seconds.toFixed(1)} s`);
console.log(summary('free times page (GET /times)', listTimes));
if (bookTimes.length)
    console.log(summary('booking (POST /book)', bookTimes) + `; answers ${JSON.stringify(statuses)} (303 booked, 409 taken meanwhile)`);
const mean = (a) => (a.reduce((x, y) => x + y, 0) / Math.max(1, a.length)).toFixed(1);
console.log(`server's own time per request (no queueing): times page ${mean(served.GET)} ms, booking ${mean(served.POST)} ms on average`);
server.kill('SIGTERM');
