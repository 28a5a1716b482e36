// The technician's phone app (resources/web/tech/) in Debian's chromium at phone size, against a fake
// of the /tech/api/ contract (TECH_API.md) written here, in memory: the app's own behaviour (pairing,
// PIN, jobs, on-site actions, the offline outbox, replays, refusals) is tested without the real
// server. The files are read from disk as ordo-server serves them from its resources, with the same
// Content-Security-Policy. Screenshots (Spanish, 360 px) go to ORDO_SHOTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const webDir = join(here, '..', '..', 'resources', 'web', 'tech');
const shots = process.env.ORDO_SHOTS || join(tmpdir(), 'ordo-tech-shots');
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const FILES = {
    '/tech/': ['index.html', 'text/html; charset=utf-8'],
    '/tech/app.js': ['app.js', 'text/javascript; charset=utf-8'],
    '/tech/tech.css': ['tech.css', 'text/css; charset=utf-8'],
    '/tech/manifest.webmanifest': ['manifest.webmanifest', 'application/manifest+json'],
    '/tech/sw.js': ['sw.js', 'text/javascript; charset=utf-8'],
    '/tech/icon.svg': ['icon.svg', 'image/svg+xml'],
};

// ------------------------------------------------------------------ the fake API

const RUBEN = { id: 4, name: 'Rubén Molina' };
const LUCIA = { id: 5, name: 'Lucía Romero' };
const PIN = '1234';

const fake = {
    codes: new Map(),          // one-time pairing codes → staff
    devices: new Map(),        // device token → staff
    sessions: new Map(),       // session → staff
    jobs: new Map(),           // appointmentId → { staffId, job }
    received: [],              // every POST /tech/api/actions body, in arrival order
    applied: new Map(),        // key → the action applied (once)
    photos: new Map(),         // id → Buffer
    holdNext: false,           // apply the next action but never answer it (a connection lost mid-way)
    held: [],
    filesDown: false,          // the app's files answer 503 (proves the service worker's copy is used)
    paired: [],
};

function startOfToday() {
    const d = new Date();
    d.setHours(0, 0, 0, 0);
    return Math.floor(d.getTime() / 1000);
}

function makeJob(appointmentId, staff, dayOffset, hour, customer, title, extra = {}) {
    const startsAt = startOfToday() + dayOffset * 86400 + hour * 3600;
    fake.jobs.set(appointmentId, {
        staffId: staff.id,
        conflict: extra.conflict || '',
        job: {
            appointmentId, orderId: appointmentId + 100, orderNumber: `WO-2026-${String(appointmentId + 100).padStart(5, '0')}`, orderVersion: 7,
            startsAt, endsAt: startsAt + 3600, kind: 'installation', kindName: 'Instalación', status: 'planned',
            customer, phone: '600 12 34 56', address: extra.address || 'Calle Mayor 12, 3º B', postcode: '28013', city: 'Madrid',
            mapUrl: 'https://www.openstreetmap.org/search?query=Calle%20Mayor%2012%2C%2028013%20Madrid',
            title, description: extra.description || 'Cambiar dos ventanas de aluminio por PVC con rotura de puente térmico.',
            step: 'Instalación programada',
            lines: [{ description: 'Ventana PVC 120x100', quantity: 2, unitPriceCents: 38500, vatBp: 2100 }],
            notes: [{ at: startsAt - 86400 * 3, by: 'Lucía Romero', text: 'El cliente pide llamar antes de ir.' }],
            siteJobs: extra.siteJobs || [],
            onSite: { state: 'none', at: 0 }, photos: [], signed: false,
        },
    });
}

function resetJobs() {
    fake.jobs.clear();
    // A job in the early morning would be "before now" late in the day: the list is by day, not by hour.
    makeJob(12, RUBEN, 0, 9, 'Carmen López', 'Instalación de ventanas', {
        siteJobs: [{ orderNumber: 'WO-2025-00100', title: 'Medición de huecos', finishedAt: startOfToday() - 86400 * 60 }] });
    makeJob(13, RUBEN, 1, 10, 'Javier Ortega', 'Reparación de persiana', { address: 'Avenida de América 40, 1º A',
        description: 'La persiana del salón no sube.' });
    makeJob(14, RUBEN, 1, 12.5, 'Marta Gil', 'Revisión de cerramiento', { conflict: 'La oficina ha cancelado esta visita.' });
    makeJob(15, RUBEN, 2, 9, 'Pedro Sanz', 'Mosquitera', {});
    makeJob(16, RUBEN, 3, 16, 'Elena Ruiz', 'Puerta de entrada', {});
    makeJob(20, LUCIA, 0, 11, 'Ana Torres', 'Trabajo de otra persona', {});
}

function json(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json', 'content-security-policy': CSP, 'cache-control': 'no-store' });
    res.end(body === undefined ? '' : JSON.stringify(body));
}

function bearer(req) {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization || '');
    return m ? fake.sessions.get(m[1]) : undefined;
}

function applyAction(job, a) {
    switch (a.type) {
    case 'on_my_way': case 'arrived': case 'paused': case 'finished':
        job.onSite = { state: a.type, at: a.at };
        if (a.type === 'finished')
            job.step = 'Trabajo completado';
        break;
    case 'resumed':
        job.onSite = { state: 'arrived', at: a.at };
        break;
    case 'note':
        job.notes.push({ at: a.at, by: RUBEN.name, text: a.payload.text });
        break;
    case 'line':
        job.lines.push({ ...a.payload });
        break;
    case 'photo': {
        const id = fake.photos.size + 1;
        fake.photos.set(id, Buffer.from(a.payload.data, 'base64'));
        job.photos.push({ id, url: `/tech/api/photos/${id}` });
        break;
    }
    case 'signature':
        job.signed = true;
        break;
    default:
        return false;
    }
    job.orderVersion += 1;
    return true;
}

function api(req, res, path, body) {
    const url = new URL(req.url, 'http://x');
    if (req.method === 'POST' && path === '/pair') {
        const staff = fake.codes.get(body.code);
        if (!staff)
            return json(res, 400, { error: 'El código no vale o ha caducado.', code: 'invalid' });
        fake.codes.delete(body.code);
        const token = randomBytes(16).toString('hex');
        fake.devices.set(token, staff);
        fake.paired.push({ device: body.device, staff: staff.id });
        return json(res, 200, { deviceToken: token, staff });
    }
    if (req.method === 'POST' && path === '/signin') {
        const staff = fake.devices.get(body.deviceToken);
        if (!staff)
            return json(res, 401, { error: 'Este teléfono ya no está vinculado.', code: 'unauthorized' });
        if (body.pin !== PIN)
            return json(res, 401, { error: 'PIN incorrecto.', code: 'unauthorized' });
        const session = randomBytes(16).toString('hex');
        fake.sessions.set(session, staff);
        return json(res, 200, { session, expiresAt: Math.floor(Date.now() / 1000) + 12 * 3600, staff });
    }
    const staff = bearer(req);
    if (!staff)
        return json(res, 401, { error: 'Tu sesión ha caducado.', code: 'unauthorized' });
    if (req.method === 'POST' && path === '/signout')
        return json(res, 204);
    if (req.method === 'GET' && path === '/jobs') {
        assert.equal(url.searchParams.get('days'), '7');
        const jobs = [...fake.jobs.values()].filter((j) => j.staffId === staff.id).map((j) => j.job).sort((a, b) => a.startsAt - b.startsAt);
        return json(res, 200, { staff, now: Math.floor(Date.now() / 1000), jobs });
    }
    const photo = /^\/photos\/(\d+)$/.exec(path);
    if (req.method === 'GET' && photo) {
        const data = fake.photos.get(Number(photo[1]));
        if (!data)
            return json(res, 404, { error: 'No existe.', code: 'not_found' });
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        return res.end(data);
    }
    if (req.method === 'POST' && path === '/actions') {
        fake.received.push({ ...body, staffId: staff.id });
        const entry = fake.jobs.get(body.appointmentId);
        if (!entry)
            return json(res, 404, { error: 'No existe esa visita.', code: 'not_found' });
        if (entry.staffId !== staff.id)
            return json(res, 403, { error: 'Esta visita no es tuya.', code: 'forbidden' });
        if (fake.applied.has(body.key))
            return json(res, 200, { applied: false, duplicate: true, job: entry.job });
        if (entry.conflict)
            return json(res, 409, { error: entry.conflict, code: 'conflict', job: entry.job });
        if (typeof body.at !== 'number' || !applyAction(entry.job, body))
            return json(res, 400, { error: 'Acción no válida.', code: 'invalid' });
        fake.applied.set(body.key, body);
        if (fake.holdNext) {
            fake.holdNext = false;
            fake.held.push(res);   // applied, never answered
            return undefined;
        }
        return json(res, 200, { applied: true, duplicate: false, job: entry.job });
    }
    return json(res, 404, { error: 'No existe.', code: 'not_found' });
}

const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/tech/api/')) {
        let chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
            let body = {};
            try {
                body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
            } catch {
                return json(res, 400, { error: 'JSON no válido.', code: 'invalid' });
            }
            api(req, res, path.slice('/tech/api'.length), body);
        });
        return;
    }
    if (path === '/tech') {
        res.writeHead(301, { location: '/tech/' });
        return res.end();
    }
    const file = FILES[path];
    if (!file || req.method !== 'GET') {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not found');
    }
    if (fake.filesDown) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('down');
    }
    res.writeHead(200, { 'content-type': file[1], 'content-security-policy': CSP, 'x-content-type-options': 'nosniff',
                         'cache-control': file[1].startsWith('text/html') ? 'no-store' : 'no-cache' });
    res.end(readFileSync(join(webDir, file[0])));
});

// ------------------------------------------------------------------ helpers

// A real PNG (2000×1200, a gradient) made here: the phone must shrink it to 1600 px wide.
function crc32(buf) {
    let c = ~0;
    for (const b of buf) {
        c ^= b;
        for (let k = 0; k < 8; k++)
            c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
}
function chunk(type, data) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
}
function makePng(width, height) {
    const raw = Buffer.alloc((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
        const row = y * (width * 3 + 1);
        for (let x = 0; x < width; x++) {
            raw[row + 1 + x * 3] = (x * 255 / width) | 0;
            raw[row + 2 + x * 3] = (y * 255 / height) | 0;
            raw[row + 3 + x * 3] = 120;
        }
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8; ihdr[9] = 2;   // 8 bits, RGB
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Width and height from a JPEG's start-of-frame marker.
function jpegSize(buf) {
    assert.equal(buf.readUInt16BE(0), 0xffd8, 'a JPEG');
    let i = 2;
    while (i < buf.length) {
        const marker = buf.readUInt16BE(i);
        const len = buf.readUInt16BE(i + 2);
        if (marker >= 0xffc0 && marker <= 0xffc2)
            return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
        i += 2 + len;
    }
    throw new Error('no SOF in JPEG');
}

let base, browser;

before(async () => {
    mkdirSync(shots, { recursive: true });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    // "localhost" is a secure context (service worker, crypto.randomUUID), as the real server's HTTPS.
    base = `http://localhost:${server.address().port}`;
    browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
});

after(async () => {
    await browser?.close();
    for (const res of fake.held)
        res.destroy();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
});

async function phone() {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
                                               locale: 'es-ES', timezoneId: 'Europe/Madrid' });
    const page = await context.newPage();
    page.problems = [];
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) page.problems.push(m.text()); });
    page.on('pageerror', (e) => page.problems.push(String(e)));
    return { context, page };
}

async function shot(page, name, fullPage = true) {
    if (fullPage)
        await page.evaluate(() => window.scrollTo(0, 0));   // the sticky bar stays at the top of the picture
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage });
}

async function typePin(page, pin) {
    for (const d of pin)
        await page.getByRole('button', { name: `Cifra ${d}`, exact: true }).click();
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
}

async function pairAndSignIn(page, code, { screenshots = false } = {}) {
    fake.codes.set(code, RUBEN);
    await page.goto(`${base}/tech/#pair=${code}`);
    await page.getByRole('heading', { name: 'Vincular este teléfono' }).waitFor();
    await page.getByLabel('Nombre de este teléfono').fill('Móvil de Rubén');
    if (screenshots)
        await shot(page, '01-pair');
    await page.getByRole('button', { name: 'Vincular' }).click();
    await page.getByRole('heading', { name: 'Hola, Rubén Molina' }).waitFor();
    assert.ok(!page.url().includes('pair='), 'the code leaves the address once used');
    if (screenshots)
        await shot(page, '02-pin');
    if (screenshots) {
        await typePin(page, '9999');
        await page.getByText('PIN incorrecto.').waitFor();
        assert.equal(await page.getByLabel('PIN', { exact: true }).inputValue(), '', 'a wrong PIN is cleared');
    }
    await typePin(page, PIN);
    await page.getByRole('heading', { name: 'Mis trabajos' }).waitFor();
    await page.getByText('Carmen López').waitFor();
}

const actionsFor = (id) => fake.received.filter((a) => a.appointmentId === id);

async function waitFor(predicate, what, ms = 10000) {
    const end = Date.now() + ms;
    while (!predicate()) {
        if (Date.now() > end)
            throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
    }
}

async function openJob(page, customer) {
    await page.getByRole('link', { name: new RegExp(`Abrir el trabajo: .*${customer}`) }).click();
    await page.getByRole('heading', { level: 1, name: customer }).waitFor({ timeout: 5000 }).catch((e) => { throw new Error(page.problems.join('\n') + e.message); });
}

async function sign(page) {
    const canvas = page.locator('canvas.signature');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + 30, box.y + 120);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++)
        await page.mouse.move(box.x + 30 + i * 12, box.y + 120 - Math.sin(i / 3) * 60);
    await page.mouse.up();
}

async function finish(page) {
    await page.getByRole('button', { name: 'Terminado', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Sí, terminado' }).click();
}

// ------------------------------------------------------------------ tests

test('pair, sign in, see the jobs by day, and log a visit online: each action reaches the server once', async () => {
    resetJobs();
    const { context, page } = await phone();
    await pairAndSignIn(page, 'PAIR-ONLINE', { screenshots: true });
    assert.deepEqual(fake.paired.at(-1), { device: 'Móvil de Rubén', staff: RUBEN.id });

    // Only Rubén's jobs, grouped by day, with the tap-to-call and map links.
    assert.equal(await page.getByText('Ana Torres').count(), 0, 'another technician’s job is not listed');
    await page.getByRole('heading', { level: 2, name: /^Hoy · / }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Mañana · / }).waitFor();
    const carmen = page.locator('li.job', { hasText: 'Carmen López' });
    assert.equal(await carmen.getByRole('link', { name: 'Llamar al 600 12 34 56' }).getAttribute('href'), 'tel:600123456');
    assert.match(await carmen.getByRole('link', { name: 'Ver en el mapa' }).getAttribute('href'), /^https:\/\/www\.openstreetmap\.org\//);
    await shot(page, '03-jobs');

    await openJob(page, 'Carmen López');
    await page.getByText('Paso: Instalación programada').waitFor();
    await page.getByText('Medición de huecos').waitFor();
    await shot(page, '04-job', false);

    await page.getByRole('button', { name: 'He llegado' }).click();
    await page.getByText(/^En el sitio desde las \d\d:\d\d/).waitFor();
    await waitFor(() => actionsFor(12).length === 1, 'the arrival');

    await page.getByLabel('Nueva nota').fill('Falta una escuadra; la traigo mañana.');
    await page.getByRole('button', { name: 'Añadir nota' }).click();
    await page.getByText('Falta una escuadra; la traigo mañana.').waitFor();
    await waitFor(() => actionsFor(12).length === 2, 'the note');

    await page.setInputFiles('#photo', { name: 'ventana.png', mimeType: 'image/png', buffer: makePng(2000, 1200) });
    await waitFor(() => actionsFor(12).length === 3, 'the photo');
    // The server's copy comes back and is shown (fetched with the session, as a data: image).
    await page.locator('.photos img[src^="data:image/jpeg"]').first().waitFor();

    await sign(page);
    assert.equal(await page.getByLabel('Nombre de quien firma').inputValue(), 'Carmen López');
    await page.getByRole('button', { name: 'Guardar la firma' }).click();
    await page.getByText('Firmado por Carmen López.').waitFor();
    await waitFor(() => actionsFor(12).length === 4, 'the signature');
    await page.getByText('Firmado por Carmen López.').waitFor();   // still, once the server's copy came back
    assert.equal(await page.locator('canvas.signature').isVisible(), false, 'signed: the pad is gone');
    await shot(page, '05-job-signed');

    await page.getByRole('button', { name: 'Terminado', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '06-finish-confirm', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Sí, terminado' }).click();
    await page.getByText(/^Terminado a las \d\d:\d\d/).waitFor();
    await waitFor(() => actionsFor(12).length === 5, 'the end of the job');

    const sent = actionsFor(12);
    assert.deepEqual(sent.map((a) => a.type), ['arrived', 'note', 'photo', 'signature', 'finished']);
    assert.equal(new Set(sent.map((a) => a.key)).size, 5, 'each action once, each with its own key');
    for (const a of sent) {
        assert.match(a.key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        assert.ok(Math.abs(a.at - Date.now() / 1000) < 120, 'the time it was done, in UTC seconds');
    }
    assert.deepEqual(sent[1].payload, { text: 'Falta una escuadra; la traigo mañana.' });
    assert.equal(sent[2].payload.mime, 'image/jpeg');
    assert.deepEqual(jpegSize(Buffer.from(sent[2].payload.data, 'base64')), { width: 1600, height: 960 }, 'shrunk on the phone to 1600 px');
    assert.equal(sent[3].payload.name, 'Carmen López');
    const png = Buffer.from(sent[3].payload.png, 'base64');
    assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
    assert.ok(png.length > 1500, 'the drawing is in the PNG');
    assert.deepEqual(sent[4].payload, { expectedVersion: 11 }, 'the version the phone last saw, nothing of its own pending');
    assert.equal(fake.jobs.get(12).job.step, 'Trabajo completado');
    await page.locator('#banner').waitFor({ state: 'hidden' });   // all sent and answered: no banner

    // The switch to English, and back.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/^Finished at \d\d:\d\d/).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByText(/^Terminado a las/).waitFor();

    assert.deepEqual(page.problems, [], 'no script error, nothing refused by the Content-Security-Policy');
    await context.close();
});

test('offline from arrival to finish: kept on the phone, shown at once, sent once and in order when the network returns', async () => {
    resetJobs();
    const { context, page } = await phone();
    await pairAndSignIn(page, 'PAIR-OFFLINE');
    // The service worker keeps the app: wait until it controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await openJob(page, 'Javier Ortega');

    await context.setOffline(true);
    await page.getByText('Sin conexión — ningún cambio pendiente').waitFor();
    const before = fake.received.length;

    await page.getByRole('button', { name: 'He llegado' }).click();
    await page.getByText('Sin conexión — 1 cambio pendiente').waitFor();
    await page.getByText(/^En el sitio desde las/).waitFor();
    await page.getByRole('button', { name: 'Pausa' }).click();
    await page.getByText(/^En pausa desde las/).waitFor();
    await page.getByRole('button', { name: 'Reanudar' }).click();
    await page.getByText(/^En el sitio desde las/).waitFor();
    await page.getByLabel('Nueva nota').fill('Motor de la persiana quemado.');
    await page.getByRole('button', { name: 'Añadir nota' }).click();
    await page.getByLabel('Descripción', { exact: true }).fill('Motor tubular 30 Nm');
    await page.getByLabel('Cantidad').fill('1');
    await page.getByLabel('Precio por unidad (€, sin IVA)').fill('89,50');
    await page.getByRole('button', { name: 'Añadir línea' }).click();
    await page.getByText('Motor tubular 30 Nm').waitFor();
    await page.setInputFiles('#photo', { name: 'motor.png', mimeType: 'image/png', buffer: makePng(640, 480) });
    await page.getByText('Sin conexión — 6 cambios pendientes').waitFor();
    await sign(page);
    await page.getByRole('button', { name: 'Guardar la firma' }).click();
    await finish(page);
    await page.getByText('Sin conexión — 8 cambios pendientes').waitFor();
    await page.getByText(/^Terminado a las \d\d:\d\d/).waitFor();
    await shot(page, '07-offline-pending');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '08-offline-top', false);
    assert.equal(fake.received.length, before, 'nothing reached the server while offline');

    // Closed and opened again without a network (and the server's files unavailable): the service
    // worker's copy of the app starts, with the last known jobs and the pending changes.
    fake.filesDown = true;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Javier Ortega' }).waitFor();
    await page.getByText('Sin conexión — 8 cambios pendientes').waitFor();
    await page.getByText(/^Terminado a las/).waitFor();
    await page.getByText('Motor de la persiana quemado.').waitFor();
    fake.filesDown = false;
    assert.equal(fake.received.length, before);

    await context.setOffline(false);
    await waitFor(() => actionsFor(13).length === 8, 'the eight actions after the network returned');
    await page.locator('#banner').waitFor({ state: 'hidden' });
    const sent = actionsFor(13);
    assert.deepEqual(sent.map((a) => a.type), ['arrived', 'paused', 'resumed', 'note', 'line', 'photo', 'signature', 'finished']);
    assert.equal(new Set(sent.map((a) => a.key)).size, 8);
    assert.deepEqual(sent[4].payload, { description: 'Motor tubular 30 Nm', quantity: 1, unitPriceCents: 8950, vatBp: 2100 });
    assert.deepEqual(sent[7].payload, {}, 'no version to expect: the phone’s own changes were still on their way');
    for (let i = 1; i < sent.length; i++)
        assert.ok(sent[i].at >= sent[i - 1].at, 'the times they were done, in order');
    assert.equal(fake.jobs.get(13).job.onSite.state, 'finished');
    assert.equal(fake.jobs.get(13).job.lines.length, 2);
    await context.close();
});

test('a retried action (the answer lost, the app reloaded) is sent again with the same key and applied once', async () => {
    resetJobs();
    const { context, page } = await phone();
    await pairAndSignIn(page, 'PAIR-REPLAY');
    await openJob(page, 'Pedro Sanz');
    fake.holdNext = true;   // the server applies it, the answer never comes back
    await page.getByRole('button', { name: 'En camino' }).click();
    await waitFor(() => actionsFor(15).length === 1, 'the first try');
    await page.getByText('Enviando: 1 cambio pendiente').waitFor();
    await page.reload();
    await waitFor(() => actionsFor(15).length === 2, 'the retry after the reload');
    await page.locator('#banner').waitFor({ state: 'hidden' });
    const [first, second] = actionsFor(15);
    assert.equal(second.key, first.key, 'the same idempotency key');
    assert.equal(second.at, first.at, 'the same time it was done');
    assert.equal([...fake.applied.values()].filter((a) => a.appointmentId === 15).length, 1, 'applied once');
    await page.getByText(/^En camino desde las/).waitFor();
    assert.equal(actionsFor(15).length, 2);
    await context.close();
});

test('a conflict with the office and another technician’s job are shown and kept, never dropped; a 401 waits for the PIN', async () => {
    resetJobs();
    const { context, page } = await phone();
    await pairAndSignIn(page, 'PAIR-CONFLICT');

    // The office cancelled this visit meanwhile: 409 with its message.
    await openJob(page, 'Marta Gil');
    await page.getByRole('button', { name: 'He llegado' }).click();
    await page.getByText('La oficina ha cancelado esta visita.').waitFor();
    await page.getByRole('heading', { name: 'No aplicado' }).waitFor();
    assert.equal(await page.locator('#banner').isHidden(), true, 'the refusal is on this page: no banner about it');
    await shot(page, '09-conflict', false);

    // The office gave this visit to Lucía after the phone downloaded it: 403.
    fake.jobs.get(16).staffId = LUCIA.id;
    await page.goto(`${base}/tech/#job=16`);
    await page.getByRole('heading', { level: 1, name: 'Elena Ruiz' }).waitFor();
    await page.getByLabel('Nueva nota').fill('Nota que no debe entrar');
    await page.getByRole('button', { name: 'Añadir nota' }).click();
    await page.getByText('Esta visita no es tuya.').waitFor();
    assert.equal(fake.jobs.get(16).job.notes.length, 1, 'not applied on the server');

    // Still listed after a restart, with both messages, until the technician says so.
    await page.goto(`${base}/tech/`);
    await page.getByRole('heading', { name: 'No aplicado' }).waitFor();
    await page.getByText('La oficina ha cancelado esta visita.').waitFor();
    await page.getByText('Esta visita no es tuya.').waitFor();
    await page.getByText('· Elena Ruiz (WO-2026-00116)').waitFor();   // no longer listed, still named
    await shot(page, '10-not-applied');
    await page.getByRole('button', { name: 'Entendido, quitar' }).first().click();
    await page.getByText('La oficina ha cancelado esta visita.').waitFor({ state: 'detached' });
    await page.getByText('Esta visita no es tuya.').waitFor();

    // The session ends on the server: the action waits, the PIN is asked, then it is sent.
    fake.sessions.clear();
    await openJob(page, 'Carmen López');
    const count = fake.received.length;
    await page.getByRole('button', { name: 'En camino' }).click();
    await page.getByText('Tu sesión ha caducado: escribe tu PIN otra vez.', { exact: false }).waitFor();
    await page.getByText('1 cambio pendiente: escribe tu PIN para enviarlos').waitFor();
    assert.equal(fake.received.length, count, 'the refused request is not applied');
    await shot(page, '11-pin-again', false);
    await typePin(page, PIN);
    await waitFor(() => actionsFor(12).some((a) => a.type === 'on_my_way'), 'the action after the PIN');
    assert.equal(actionsFor(12).filter((a) => a.type === 'on_my_way').length, 1);
    assert.equal(fake.jobs.get(12).job.onSite.state, 'on_my_way');
    await page.getByRole('heading', { level: 1, name: 'Carmen López' }).waitFor();
    await context.close();
});
