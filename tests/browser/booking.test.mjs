// Customers booking their own visit, in Debian's chromium (playwright-core, no browser download),
// against the real ordo-server on a demo company's database. Run by ctest (tests/CMakeLists.txt)
// with ORDO_CLI and ORDO_SERVER pointing at the built programs; screenshots go to ORDO_SHOTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer, launchChromium } from './support.mjs';

const cli = process.env.ORDO_CLI;
const serverProgram = process.env.ORDO_SERVER;
const shots = process.env.ORDO_SHOTS || join(tmpdir(), 'ordo-booking-shots');
const dir = mkdtempSync(join(tmpdir(), 'ordo-booking-'));
const database = join(dir, 'company.ordo');
let ordoServer, url, browser, firstCustomerId = 0;

function ordo(...args) {
    return execFileSync(cli, ['--database', database, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: 'C', TZ: 'Europe/Madrid' } });
}

before(async () => {
    assert.ok(cli && serverProgram, 'ORDO_CLI and ORDO_SERVER must name the built programs');
    mkdirSync(shots, { recursive: true });
    // Today is the demo's day: its calendar has free and busy times in the coming two weeks.
    ordo('demo', '--size', 'small', '--today', new Date().toISOString().slice(0, 10));
    // --behind-proxy: the fifty "customers" below come from fifty addresses (X-Forwarded-For from loopback).
    ordoServer = await startServer(serverProgram, database,
                                   ['--public-url', 'https://citas.ventanassol.es', '--behind-proxy', '--bookings-per-minute', '1000'],
                                   { ...process.env, TZ: 'Europe/Madrid', LANG: 'C', LC_ALL: 'C' });
    url = ordoServer.url;
    browser = await launchChromium();
});

after(async () => {
    await browser?.close();
    assert.equal(await stopServer(ordoServer?.server), 0, 'ordo-server ends cleanly on SIGTERM');
    rmSync(dir, { recursive: true, force: true });
});

async function newPage(phone = false) {
    const context = await browser.newContext(phone
        ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'es-ES', timezoneId: 'Europe/Madrid' }
        : { viewport: { width: 1280, height: 900 }, locale: 'es-ES', timezoneId: 'Europe/Madrid' });
    const page = await context.newPage();
    page.consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
    return page;
}

async function chooseTimes(page, { job = 'Instalación de ventanas', postcode = '28013' } = {}) {
    await page.goto(url + '/');
    await page.selectOption('#job', job);
    await page.fill('#postcode', postcode);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/times/);
}

async function fillDetails(page, who) {
    await page.fill('#description', who.description ?? 'Tres ventanas viejas de aluminio');
    await page.fill('#name', who.name);
    await page.fill('#phone', who.phone);
    await page.fill('#email', who.email);
    await page.fill('#address', who.address ?? 'Calle Mayor 12, 3º B');
    await page.fill('#city', 'Madrid');
    await page.check('input[name=consent]');
}

function order(number) {
    return JSON.parse(ordo('orders', 'show', number, '--json'));
}

test('a new customer books a visit on a phone, in Spanish, and the office sees it', async () => {
    const page = await newPage(true);
    await page.goto(url + '/');
    assert.equal(await page.locator('h1').textContent(), 'Reserve una visita');
    await page.screenshot({ path: join(shots, 'booking-1-start-phone.png'), fullPage: true });
    await chooseTimes(page);
    const slots = page.locator('label.slot');
    assert.ok(await slots.count() > 5, 'free times are offered');
    // Customers see times, never the staff's names.
    const content = await page.content();
    for (const name of ['Javier', 'Ana Torres', 'Rubén'])
        assert.ok(!content.includes(name), `no staff name (${name}) on the page`);
    assert.equal(await page.locator('#chosen').isVisible(), false, 'no time ticked, none repeated');
    await slots.nth(2).click();
    // The time ticked is repeated next to the button, screens below the times on a phone.
    const ticked = (await slots.nth(2).locator('span').textContent()).trim();
    const chosen = page.locator('#chosen');
    assert.ok(await chosen.isVisible(), 'the time ticked is shown by the button');
    assert.match(await chosen.textContent(), new RegExp(`^Hora elegida: .+, ${ticked}$`));
    await fillDetails(page, { name: 'Carmen López Web', phone: '699 11 22 33', email: 'carmen.web@example.es' });
    await page.screenshot({ path: join(shots, 'booking-2-times-phone.png'), fullPage: true });
    await page.click('form.booking button[type=submit]');
    await page.waitForURL(/\/booking\/[A-Za-z0-9_-]+\?new=1/);
    assert.match(await page.locator('.message.ok h1').textContent(), /Su visita está reservada/);
    await page.screenshot({ path: join(shots, 'booking-3-confirmed-phone.png'), fullPage: true });
    const reference = (await page.locator('dl.visit dd').nth(3).textContent()).trim();
    assert.match(reference, /^WO-\d{4}-\d{5}$/);
    assert.deepEqual(page.consoleErrors, []);

    // Another process (what the desktop reads) sees the order with its visit and the reason of the assignment.
    const shown = order(reference);
    firstCustomerId = shown.order.customer_id;
    assert.equal(shown.order.customer, 'Carmen López Web');
    assert.equal(shown.order.step, 'Estimate visit scheduled');
    assert.ok(JSON.stringify(shown.history).includes('Assigned automatically'), 'the office reads why it went to whom');
    await page.context().close();
});

test('a returning customer books again and is recognised, on a desktop screen', async () => {
    const page = await newPage(false);
    await chooseTimes(page, { job: 'Reparación' });
    await page.screenshot({ path: join(shots, 'booking-4-times-desktop.png'), fullPage: true });
    await page.locator('label.slot').nth(5).click();
    await fillDetails(page, { name: 'Carmen López Web', phone: '699112233', email: 'carmen.web@example.es' });
    await page.click('form.booking button[type=submit]');
    await page.waitForURL(/\?new=1/);
    const reference = (await page.locator('dl.visit dd').nth(3).textContent()).trim();
    const shown = order(reference);
    assert.ok(JSON.stringify(shown.history).includes('Returning customer'), 'recognised by phone or e-mail');
    assert.equal(shown.order.customer_id, firstCustomerId, 'the same customer, not a new one');
    await page.context().close();
});

test('a time taken meanwhile is refused and other times are offered', async () => {
    const first = await newPage(false);
    const second = await newPage(true);
    await chooseTimes(first);
    await chooseTimes(second);
    const value = await first.locator('input[name=start]').nth(0).getAttribute('value');
    await first.locator('label.slot').nth(0).click();
    await second.locator('label.slot').nth(0).click();
    assert.equal(await second.locator('input[name=start]').nth(0).getAttribute('value'), value);
    await fillDetails(first, { name: 'Luis Pardo', phone: '611 22 33 44', email: 'luis@example.es' });
    await fillDetails(second, { name: 'Marta Gil', phone: '622 33 44 55', email: 'marta@example.es' });
    // Javier is the one salesman for 280xx: whoever sends first gets it.
    await first.click('form.booking button[type=submit]');
    await first.waitForURL(/\?new=1/);
    const answer = second.waitForResponse((r) => r.url().endsWith('/book'));
    await second.click('form.booking button[type=submit]');
    assert.equal((await answer).status(), 409);
    assert.match(await second.locator('.message.error').textContent(), /se acaba de ocupar/);
    assert.ok(await second.locator('label.slot').count() > 0, 'the next free times are offered');
    const offered = await second.locator('input[name=start]').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.ok(!offered.includes(value), 'the taken time is not offered again');
    // What was typed is kept.
    assert.equal(await second.inputValue('#name'), 'Marta Gil');
    await second.screenshot({ path: join(shots, 'booking-5-taken-phone.png'), fullPage: true });
    await first.context().close();
    await second.context().close();
});

test('invalid input gets clear messages, keeps what was typed and escapes it', async () => {
    const page = await newPage(false);
    await chooseTimes(page);
    await page.locator('label.slot').nth(1).click();
    await fillDetails(page, { name: '<script>alert(1)</script>', phone: '12', email: 'not-an-address' });
    // The browser's own checks off: the server must refuse it itself.
    await page.evaluate(() => { document.querySelector('form.booking').noValidate = true; });
    const answer = page.waitForResponse((r) => r.url().endsWith('/book'));
    await page.click('form.booking button[type=submit]');
    assert.equal((await answer).status(), 422);
    const errors = await page.locator('.message.error li').allTextContents();
    assert.ok(errors.some((e) => e.includes('teléfono')), errors.join(' | '));
    assert.ok(errors.some((e) => e.includes('correo')), errors.join(' | '));
    assert.equal(await page.inputValue('#name'), '<script>alert(1)</script>');
    assert.ok(!(await page.content()).includes('<script>alert(1)</script>'), 'the name is escaped in the page');
    await page.screenshot({ path: join(shots, 'booking-6-invalid-desktop.png'), fullPage: true });
    await page.context().close();
});

test('outside the company\'s area: a polite message with the phone number', async () => {
    const page = await newPage(true);
    await chooseTimes(page, { postcode: '46001' });
    assert.match(await page.locator('main').textContent(), /Todavía no trabajamos en el código postal 46001/);
    assert.ok(await page.locator('main a[href^="tel:"]').count() > 0);
    await page.screenshot({ path: join(shots, 'booking-7-outside-phone.png'), fullPage: true });
    await page.context().close();
});

test('the link changes and then cancels the visit; the office sees both', async () => {
    const page = await newPage(true);
    await chooseTimes(page);
    await page.locator('label.slot').nth(3).click();
    await fillDetails(page, { name: 'Pedro Sanz', phone: '633 44 55 66', email: 'pedro@example.es' });
    await page.click('form.booking button[type=submit]');
    await page.waitForURL(/\?new=1/);
    const link = page.url().replace(/\?.*$/, '');
    const reference = (await page.locator('dl.visit dd').nth(3).textContent()).trim();
    const before = (await page.locator('dl.visit dd').nth(1).textContent()).trim();

    await page.click('text=Cambiar la hora');
    await page.waitForURL(/\/change/);
    await page.locator('label.slot').nth(8).click();
    await page.click('form.booking button[type=submit]');
    await page.waitForURL(/moved=1/);
    const afterTime = (await page.locator('dl.visit dd').nth(1).textContent()).trim();
    assert.notEqual(afterTime, before);
    await page.screenshot({ path: join(shots, 'booking-8-moved-phone.png'), fullPage: true });

    // Asked once more before it is cancelled: a tap by mistake cancels nothing.
    await page.click('a:has-text("Anular la visita")');
    await page.waitForURL(/\/cancel\?lang=es/);
    assert.match(await page.locator('main h1').textContent(), /¿Anular la visita\?/);
    await page.screenshot({ path: join(shots, 'booking-9a-cancel-asked-phone.png'), fullPage: true });
    await page.click('text=No, mantenerla');
    await page.waitForURL(link + '?lang=es');
    assert.doesNotMatch(await page.locator('main').textContent(), /Esta visita está anulada/);
    await page.click('a:has-text("Anular la visita")');
    await page.click('button:has-text("Sí, anular la visita")');
    await page.waitForURL(link + '?lang=es');
    assert.match(await page.locator('main').textContent(), /Esta visita está anulada/);
    await page.screenshot({ path: join(shots, 'booking-9-cancelled-phone.png'), fullPage: true });
    const history = JSON.stringify(order(reference).history);
    assert.ok(history.includes('The customer moved the visit'), 'the office sees the change');
    assert.ok(history.includes('The customer cancelled the visit'), 'the office sees the cancellation');
    await page.context().close();
});

test('fifty customers sending the same time at once: exactly one gets it', async () => {
    // Fifty forms, each with its own token, all for one time.
    const forms = await Promise.all(Array.from({ length: 50 }, () =>
        fetch(url + '/times?job=Mantenimiento&postcode=28013').then((r) => r.text())));
    const token = (html) => html.match(/name="csrf" value="([^"]+)"/)[1];
    const start = forms[0].match(/name="start" value="(\d+)"/)[1];
    const answers = await Promise.all(forms.map((html, i) => fetch(url + '/book', {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `10.0.0.${i}` },
        body: new URLSearchParams({
            csrf: token(html), lang: 'es', job: 'Mantenimiento', postcode: '28013', start,
            name: `Cliente ${i}`, phone: `6${String(10000000 + i)}`, email: `c${i}@example.es`,
            address: `Calle ${i}`, city: 'Madrid', consent: 'yes', description: '',
        }).toString(),
    }).then((r) => r.status)));
    const booked = answers.filter((s) => s === 303).length;
    const taken = answers.filter((s) => s === 409).length;
    const limited = answers.filter((s) => s === 429).length;
    assert.equal(booked, 1, `statuses: ${answers.join(',')}`);
    assert.equal(booked + taken + limited, 50, `statuses: ${answers.join(',')}`);
    assert.ok(taken > 0);
});

test('malformed, oversized, forged and replayed requests get a 4xx and write nothing', async () => {
    const count = () => JSON.parse(ordo('stats', '--json')).tables.work_orders;
    const before = count();
    const form = await fetch(url + '/times?job=Reparaci%C3%B3n&postcode=28013').then((r) => r.text());
    const csrf = form.match(/name="csrf" value="([^"]+)"/)[1];
    const start = form.match(/name="start" value="(\d+)"/g).at(-1).match(/(\d+)/)[1];
    const fields = { csrf, lang: 'es', job: 'Reparación', postcode: '28013', start, name: 'Eva Ruiz', phone: '644 55 66 77',
                     email: 'eva@example.es', address: 'Calle Luna 3', city: 'Madrid', consent: 'yes', description: '' };
    const post = (body, headers = {}) => fetch(url + '/book', {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body,
    });
    const encoded = (f) => new URLSearchParams(f).toString();
    assert.equal((await post(encoded({ ...fields, csrf: 'forged' }))).status, 403);
    assert.equal((await post(encoded({ ...fields, website: 'http://spam.example' }))).status, 400);
    assert.equal((await post(encoded({ ...fields, description: 'x'.repeat(70 * 1024) }))).status, 413);
    assert.equal((await post(JSON.stringify(fields), { 'content-type': 'application/json' })).status, 415);
    assert.equal((await post(encoded({ ...fields, start: 'DROP TABLE work_orders' }))).status, 422);   // no time chosen
    assert.equal((await post(encoded({ ...fields, postcode: "28013' OR 1=1 --" }))).status, 422);
    assert.equal((await fetch(url + '/static/..%2f..%2fetc/passwd')).status, 404);
    assert.equal((await fetch(url + '/booking/not-a-real-link-at-all-000000')).status, 404);
    assert.equal(count(), before, 'nothing written by refused requests');
    // The genuine form books; sent again, it is refused and writes nothing.
    assert.equal((await post(encoded(fields))).status, 303);
    assert.equal((await post(encoded(fields))).status, 409);
    assert.equal(count(), before + 1);
    // The log has method, path and status, never what customers typed nor their links.
    assert.match(ordoServer.log, /POST \/book 303/);
    for (const typed of ['Eva Ruiz', 'Eva+Ruiz', '644 55 66 77', '644+55', 'eva@example.es', 'eva%40example.es', 'Calle Luna'])
        assert.ok(!ordoServer.log.includes(typed), `no personal data in the log (${typed})`);
    assert.ok(!/\/booking\/[A-Za-z0-9_-]{20,}/.test(ordoServer.log), 'no change/cancel link in the log');
});
