#!/usr/bin/env node
// Load on the customers' booking page, on loopback, as issue 17 asks: 50 clients at once listing
// free times and booking, against the real ordo-server started here on a demo database.
// Bounded: a fixed number of requests per client, and a time limit for the whole run.
//
//   node app/bench/booking_load.mjs --server build/app/ordo-server --database huge.ordo [--clients 50]
//        [--lists 20] [--bookings 2] [--customers 2] [--think 1000] [--floor 0]
//        [--postcodes 28013,28100,28200,28400] [--time-limit 300000] [--tz Europe/Madrid|system]
//        [--server-log FILE]   (the server's own log lines, appended to FILE, to find a slow request)
//        [--client net|http]   (net, the default: HTTP written by hand on kept-alive sockets; http: node:http)
//
// Three phases, each started by every client at the same instant:
//  1. pages: each client asks for the free times `--lists` times, each request the moment the last
//     one was answered (a closed loop: 50 requests always in flight, no pause);
//  2. bookings: `--bookings` rounds in which each client asks for the free times, picks one at
//     random and books it, all clients together (50 "Reservar" pressed in the same instant);
//  3. customers: each client is a customer who, `--customers` times, opens the page, asks for the
//     free times and books one, pausing `--think` ms before each step (a random 0.5–1.5 times it,
//     so that they drift apart as people do). --think 0: the same without any pause.
// With --floor N, first each client asks N times for /healthz (one tiny query) the same way as
// phase 1: what any answer costs in this closed loop, the generator sharing the same cores.
// It prints, per kind of request, how many, p50/p95/p99/max as the client saw them (queueing
// included), and the server's own time from its log: the handler's time, and the time from the
// request read to its answer written (waiting for a thread included).
//
// The bookings are real: run it on a copy of a demo database made for it (ordo-cli demo --size huge).
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
    return pairs;
}, []));
const clients = Number(args.clients ?? 50);
const lists = Number(args.lists ?? 20);
const bookings = Number(args.bookings ?? 2);
const customers = Number(args.customers ?? 2);
const thinkMs = Number(args.think ?? 1000);
const floor = Number(args.floor ?? 0);
const postcodes = (args.postcodes ?? '28013,28100,28200,28400').split(',');
const limitMs = Number(args['time-limit'] ?? 300000);
if (!args.server || !args.database) {
    console.error('usage: booking_load.mjs --server PATH --database PATH [--clients N] [--lists N] [--bookings N] [--time-limit MS]');
    process.exit(2);
}

// The server's time zone: Madrid unless --tz names another; --tz system leaves TZ unset, as the
// systemd service runs (the C library then checks /etc/localtime at every local-time conversion).
const serverEnv = { ...process.env, TZ: args.tz ?? process.env.TZ ?? 'Europe/Madrid' };
if (serverEnv.TZ === 'system') delete serverEnv.TZ;
const server = spawn(args.server, ['--database', args.database, '--listen', '127.0.0.1:0', '--behind-proxy',
                                   '--bookings-per-minute', '100000'],
                     { env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
// The server's log line per request: "… GET /times 200 3ms (handler 0.41 ms)", counted in the phase
// running when it was sent (each phase waits for the log of all its requests before the next).
let phase = 'floor';
const served = {};   // "phase:kind" -> { total: [ms], handler: [ms] }
let logged = 0, sent = 0, onLogged = null;
let pending = '';
server.stderr.on('data', (d) => {
    if (args['server-log']) appendFileSync(args['server-log'], d);
    pending += d;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
        const m = line.match(/ (GET|POST) \/(times|book|healthz|) \d+ (\d+)ms(?: \(handler ([\d.]+) ms\))?$/);
        if (!m) continue;
        const kind = `${phase}:${m[2] === 'book' ? 'booking' : m[2] === 'times' || m[2] === 'healthz' ? m[2] : 'start'}`;
        served[kind] ??= { total: [], handler: [] };
        served[kind].total.push(Number(m[3]));
        if (m[4] !== undefined) served[kind].handler.push(Number(m[4]));
        ++logged;
        if (onLogged && logged >= sent) onLogged();
    }
});
// Resolves once the server has logged every request sent so far (or after 10 s: a line lost).
function allLogged() {
    if (logged >= sent) return Promise.resolve();
    return new Promise((resolve) => {
        const giveUp = setTimeout(() => { onLogged = null; resolve(); }, 10000);
        onLogged = () => { onLogged = null; clearTimeout(giveUp); resolve(); };
    });
}
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
function sendHttp(path, { method = 'GET', headers = {}, body } = {}) {
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

// The default (--client net): HTTP/1.1 written and read by hand on kept-alive sockets (the server
// always answers with a Content-Length). node:http still cost this generator about three times
// the server's CPU per request (0.55 ms against 0.2 for /healthz): on the same two cores that was
// most of what the clients measured, where real customers' phones cost the server nothing.
// --client http keeps node:http, to compare.
const target = new URL(url);
const idleSockets = [];
function connection() {
    const c = { socket: net.connect({ host: target.hostname, port: Number(target.port) }), buffer: null, waiting: null, closed: false };
    c.socket.setNoDelay(true);
    const fail = (error) => {
        c.closed = true;
        const w = c.waiting;
        c.waiting = null;
        if (w) w.fail(error, c.buffer === null);
    };
    c.socket.on('data', (d) => {
        c.buffer = c.buffer ? Buffer.concat([c.buffer, d]) : d;
        const end = c.buffer.indexOf('\r\n\r\n');
        if (end < 0 || !c.waiting) return;
        const head = c.buffer.toString('latin1', 0, end);
        const length = Number(head.match(/\r\ncontent-length: *(\d+)/i)?.[1] ?? 0);
        if (c.buffer.length < end + 4 + length) return;
        const response = { status: Number(head.slice(9, 12)), body: c.buffer.toString('utf8', end + 4, end + 4 + length) };
        c.buffer = c.buffer.length > end + 4 + length ? c.buffer.subarray(end + 4 + length) : null;
        const w = c.waiting;
        c.waiting = null;
        if (/\r\nconnection: *close/i.test(head)) { c.closed = true; c.socket.destroy(); } else idleSockets.push(c);
        w.resolve(response);
    });
    c.socket.on('error', fail);
    c.socket.on('close', () => fail(new Error('the server closed the connection')));
    return c;
}
function sendNet(path, { method = 'GET', headers = {}, body } = {}, retried = false) {
    return new Promise((resolve, reject) => {
        let c = idleSockets.pop();
        while (c && c.closed) c = idleSockets.pop();
        c ??= connection();
        // A kept-alive socket the server closed just before it was used: once more on a new one.
        c.waiting = { resolve, fail: (error, nothingRead) => (nothingRead && !retried ? sendNet(path, { method, headers, body }, true).then(resolve, reject) : reject(error)) };
        let text = `${method} ${path} HTTP/1.1\r\nhost: ${target.host}\r\n`;
        for (const [name, value] of Object.entries(headers)) text += `${name}: ${value}\r\n`;
        c.socket.write(text + '\r\n' + (body ?? ''));
    });
}
const send = (args.client ?? 'net') === 'http' ? sendHttp : sendNet;

async function timed(path, options) {
    ++sent;
    const start = performance.now();
    const response = await send(path, options);
    return { ms: performance.now() - start, ...response };
}

const times = { pages: [], bookings: [] }, bookTimes = [], statuses = {}, roundWorst = [];
const visit = { start: [], times: [], booking: [] }, visitStatuses = {};
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
    const r = await book(n, round, postcode, page.body);
    if (!r) { ++failures; return; }
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    bookTimes.push(r.ms);
    roundWorst[round] = Math.max(roundWorst[round] ?? 0, r.ms);
}

// Books one of the free times on `page` at random, as a customer fills in the form; null when the
// page offers none (a postcode nobody covers).
async function book(n, round, postcode, page, address = addressOf(n)) {
    const csrf = page.match(/name="csrf" value="([^"]+)"/)?.[1];
    const starts = [...page.matchAll(/name="start" value="(\d+)"/g)].map((m) => m[1]);
    if (!csrf || starts.length === 0) return null;
    const start = starts[Math.floor(Math.random() * starts.length)];
    const body = new URLSearchParams({
        csrf, lang: 'es', job: 'Reparación', postcode, start, name: `Cliente de carga ${n}-${round}`,
        phone: `6${String(n * 100 + round).padStart(8, '0')}`, email: `carga${n}-${round}@example.es`,
        address: `Calle de la Carga ${n}`, city: 'Madrid', consent: 'yes', description: 'Prueba de carga',
    }).toString();
    return timed('/book', {
        method: 'POST', body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body),
                   'x-forwarded-for': address },
    });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));

// A customer: the page, the free times, a booking, `customers` times, each step after a pause.
async function customer(n) {
    for (let round = 0; round < customers && inTime(); ++round) {
        const postcode = postcodes[(n + round) % postcodes.length];
        if (thinkMs > 0) await pause();
        const start = await timed('/?lang=es', { headers: { 'x-forwarded-for': addressOf(1000 + n) } });
        visit.start.push(start.ms);
        if (thinkMs > 0) await pause();
        const page = await timed(timesUrl(postcode), { headers: { 'x-forwarded-for': addressOf(1000 + n) } });
        visit.times.push(page.ms);
        if (thinkMs > 0) await pause();
        // Rounds after the bookings phase: other phones and names than phase 2's.
        const r = await book(n, 50 + round, postcode, page.body, addressOf(1000 + n));
        if (!r) { ++visitFailures; continue; }
        visitStatuses[r.status] = (visitStatuses[r.status] ?? 0) + 1;
        visit.booking.push(r.ms);
    }
}
let visitFailures = 0;

const floorTimes = [];
async function floorLoop(n) {
    for (let i = 0; i < floor && inTime(); ++i) {
        const r = await timed('/healthz', { headers: { 'x-forwarded-for': addressOf(n) } });
        floorTimes.push(r.ms);
    }
}
if (floor > 0)
    await Promise.all(Array.from({ length: clients }, (_, n) => floorLoop(n)));
await allLogged();
phase = 'pages';
const started = performance.now();
await Promise.all(Array.from({ length: clients }, (_, n) => listing(n)));
const pagesSeconds = (performance.now() - started) / 1000;
await allLogged();
phase = 'bookings';
const bookingStarted = performance.now();
for (let round = 0; round < bookings; ++round) {
    const wait = barrier(clients);
    await Promise.all(Array.from({ length: clients }, (_, n) => booking(n, round, wait)));
}
const bookingSeconds = (performance.now() - bookingStarted) / 1000;
await allLogged();
phase = 'customers';
const customersStarted = performance.now();
if (customers > 0)
    await Promise.all(Array.from({ length: clients }, (_, n) => customer(n)));
const customersSeconds = (performance.now() - customersStarted) / 1000;
await allLogged();
// CPU used (user + system, seconds): both programs share this machine's cores.
const serverCpu = (() => {
    try {
        const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch { return NaN; }
})();
const ownCpu = process.cpuUsage();
agent.destroy();
for (const c of idleSockets) c.socket.destroy();
server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));

console.log(`ordo-server booking load: ${clients} clients at once; pages ${pagesSeconds.toFixed(1)} s, bookings ${bookingSeconds.toFixed(1)} s, ` +
            `customers ${customersSeconds.toFixed(1)} s` + (timedOut ? ` (stopped at the time limit, ${limitMs} ms)` : ''));
console.log(`CPU used: ordo-server ${serverCpu.toFixed(1)} s, this load generator ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(1)} s ` +
            `(in ${(pagesSeconds + bookingSeconds + customersSeconds).toFixed(1)} s on ${(await import('node:os')).cpus().length} cores)`);
console.log('as the clients saw it (queueing included):');
if (floor > 0)
    console.log('  ' + line('0. /healthz, 50 always in flight', floorTimes));
console.log('  ' + line('1. free times page, 50 always in flight', times.pages));
console.log('  ' + line('2. free times page, before the bookings', times.bookings));
console.log('  ' + line('2. booking, 50 pressed at once', bookTimes) +
            `; answers ${JSON.stringify(statuses)} (303 booked, 409 taken meanwhile)` + (failures ? `; ${failures} found no free time` : ''));
if (roundWorst.length)
    console.log(`     the slowest booking of each round: ${roundWorst.map((ms) => ms.toFixed(0)).join(', ')} ms`);
if (customers > 0) {
    console.log(`  3. customers (${customers} visit${customers === 1 ? "" : "s"} each, pausing ${thinkMs} ms × 0.5–1.5 before each step):`);
    console.log('    ' + line('start page', visit.start));
    console.log('    ' + line('free times page', visit.times));
    console.log('    ' + line('booking', visit.booking) + `; answers ${JSON.stringify(visitStatuses)}` +
                (visitFailures ? `; ${visitFailures} found no free time` : ''));
}
console.log("the server's own time (its log): handler, and from the request read to its answer written");
for (const [kind, name] of [['floor:healthz', '0. /healthz'], ['pages:times', '1. free times page'], ['bookings:times', '2. free times page'], ['bookings:booking', '2. booking'],
                            ['customers:start', '3. start page'], ['customers:times', '3. free times page'], ['customers:booking', '3. booking']]) {
    const s = served[kind];
    if (!s) continue;
    console.log('  ' + line(`${name}, handler`, s.handler, 2));
    console.log('  ' + line(`${name}, read to answered`, s.total, 0));
}
