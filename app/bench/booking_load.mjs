#!/usr/bin/env node
// Load on the customers' booking page, on loopback, as issue 17 asks: 50 clients at once listing
// free times and booking, against the real ordo-server started here on a demo database.
// Bounded: a fixed number of requests per client, and a time limit for the whole run.
//
//   node app/bench/booking_load.mjs --server build/app/ordo-server --database huge.ordo [--clients 50]
//        [--lists 20] [--bookings 2] [--postcodes 28013,28100,28200,28400] [--time-limit 300000]
//
// Two phases, each started by every client at the same instant:
//  1. pages: each client asks for the free times `--lists` times, each request the moment the last
//     one was answered (a closed loop: 50 requests always in flight, no pause);
//  2. bookings: `--bookings` rounds in which each client asks for the free times, picks one at
//     random and books it, all clients together (50 "Reservar" pressed in the same instant).
// It prints, per kind of request, how many, p50/p95/p99/max as the client saw them (queueing
// included), and the server's own time from its log: the handler's time, and the time from the
// request read to its answer written (waiting for a thread included).
//
// The bookings are real: run it on a copy of a demo database made for it (ordo-cli demo --size huge).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
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
    console.error('usage: booking_load.mjs --server PATH --database PATH [--clients N] [--lists N] [--bookings N] [--time-limit MS]');
    process.exit(2);
}

const server = spawn(args.server, ['--database', args.database, '--listen', '127.0.0.1:0', '--behind-proxy',
                                   '--bookings-per-minute', '100000'],
                     { env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Madrid' }, stdio: ['ignore', 'pipe', 'pipe'] });
// The server's log line per request: "… GET /times 200 3ms (handler 0.41 ms)".
// The first pages logged are phase 1's: phase 2 starts after all of them were answered.
let pagesLogged = 0;
const served = {};   // kind -> { total: [ms], handler: [ms] }
let pending = '';
server.stderr.on('data', (d) => {
    pending += d;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
        const m = line.match(/ (GET|POST) \/(times|book) \d+ (\d+)ms(?: \(handler ([\d.]+) ms\))?$/);
        if (!m) continue;
        const kind = m[2] === 'book' ? 'booking' : (pagesLogged++ < times.pages.length || phase === 'pages') ? 'times:pages' : 'times:bookings';
        served[kind] ??= { total: [], handler: [] };
        served[kind].total.push(Number(m[3]));
        if (m[4] !== undefined) served[kind].handler.push(Number(m[4]));
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
let timedOut = false;
const inTime = () => (Date.now() < deadline) || ((timedOut = true), false);

function quantiles(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) };
}
function line(name, samples, digits = 1) {
    if (!samples.length) return `${name}: none`;
    const q = quantiles(samples);
    return `${name}: ${q.n} requests, p50 ${q.p50.toFixed(digits)} ms, p95 ${q.p95.toFixed(digits)} ms, ` +
           `p99 ${q.p99.toFixed(digits)} ms, max ${q.max.toFixed(digits)} ms`;
}

// Plain node:http on kept-alive connections: fetch() cost this generator several times the
// server's CPU per request, and both share the same two cores.
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
function send(path, { method = 'GET', headers = {}, body } = {}) {
    return new Promise((resolve, reject) => {
        const request = http.request(`${url}${path}`, { method, headers, agent }, (response) => {
            const chunks = [];
            response.on('data', (c) => chunks.push(c));
            response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString() }));
        });
        request.on('error', reject);
        request.end(body);
    });
}

async function timed(path, options) {
    const start = performance.now();
    const response = await send(path, options);
    return { ms: performance.now() - start, ...response };
}

let phase = 'pages';
const times = { pages: [], bookings: [] }, bookTimes = [], statuses = {};
let failures = 0;
const addressOf = (n) => `10.${(n >> 8) & 255}.${n & 255}.1`;
const timesUrl = (postcode) => `/times?job=Reparaci%C3%B3n&postcode=${postcode}`;

async function listing(n) {
    for (let i = 0; i < lists && inTime(); ++i) {
        const r = await timed(timesUrl(postcodes[(n + i) % postcodes.length]), { headers: { 'x-forwarded-for': addressOf(n) } });
        if (r.status !== 200) throw new Error(`times answered ${r.status}`);
        times.pages.push(r.ms);
    }
}

// Every client waits here until all have arrived, then all go at once.
function barrier(count) {
    let arrived = 0, release;
    const all = new Promise((resolve) => { release = resolve; });
    return () => { if (++arrived === count) release(); return all; };
}

async function booking(n, round, wait) {
    await wait();
    if (!inTime()) return;
    const postcode = postcodes[(n + round) % postcodes.length];
    const page = await timed(timesUrl(postcode), { headers: { 'x-forwarded-for': addressOf(n) } });
    times.bookings.push(page.ms);
    const csrf = page.body.match(/name="csrf" value="([^"]+)"/)?.[1];
    const starts = [...page.body.matchAll(/name="start" value="(\d+)"/g)].map((m) => m[1]);
    if (!csrf || starts.length === 0) { ++failures; return; }
    const start = starts[Math.floor(Math.random() * starts.length)];
    const body = new URLSearchParams({
        csrf, lang: 'es', job: 'Reparación', postcode, start, name: `Cliente de carga ${n}-${round}`,
        phone: `6${String(n * 100 + round).padStart(8, '0')}`, email: `carga${n}-${round}@example.es`,
        address: `Calle de la Carga ${n}`, city: 'Madrid', consent: 'yes', description: 'Prueba de carga',
    }).toString();
    const r = await timed('/book', {
        method: 'POST', body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body),
                   'x-forwarded-for': addressOf(n) },
    });
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    bookTimes.push(r.ms);
}

const started = performance.now();
await Promise.all(Array.from({ length: clients }, (_, n) => listing(n)));
const pagesSeconds = (performance.now() - started) / 1000;
phase = 'bookings';
const bookingStarted = performance.now();
for (let round = 0; round < bookings; ++round) {
    const wait = barrier(clients);
    await Promise.all(Array.from({ length: clients }, (_, n) => booking(n, round, wait)));
}
const bookingSeconds = (performance.now() - bookingStarted) / 1000;
// CPU used (user + system, seconds): both programs share this machine's cores.
const serverCpu = (() => {
    try {
        const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch { return NaN; }
})();
const ownCpu = process.cpuUsage();
agent.destroy();
server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));

console.log(`ordo-server booking load: ${clients} clients at once; pages ${pagesSeconds.toFixed(1)} s, bookings ${bookingSeconds.toFixed(1)} s` +
            (timedOut ? ` (stopped at the time limit, ${limitMs} ms)` : ''));
console.log(`CPU used: ordo-server ${serverCpu.toFixed(1)} s, this load generator ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(1)} s ` +
            `(in ${(pagesSeconds + bookingSeconds).toFixed(1)} s on ${(await import('node:os')).cpus().length} cores)`);
console.log('as the clients saw it (queueing included):');
console.log('  ' + line('free times page, no bookings', times.pages));
console.log('  ' + line('free times page, among bookings', times.bookings));
console.log('  ' + line('booking (POST /book)', bookTimes) +
            `; answers ${JSON.stringify(statuses)} (303 booked, 409 taken meanwhile)` + (failures ? `; ${failures} found no free time` : ''));
console.log("the server's own time (its log):");
for (const [kind, name] of [['times:pages', 'free times page, no bookings'], ['times:bookings', 'free times page, among bookings'], ['booking', 'booking']]) {
    const s = served[kind];
    if (!s) continue;
    console.log('  ' + line(`${name}, handler`, s.handler, 2));
    console.log('  ' + line(`${name}, read to answered`, s.total, 0));
}
