// The technician's phone app against the real ordo-server and database (the app's own behaviour,
// offline included, is tested against a fake of the API in tech.test.mjs): a demo company, a
// technician paired by ordo-cli, signed in with the PIN in chromium at phone size, who arrives,
// writes a note and finishes an installation; another process sees the order move along the map
// with the invoice drafted, every action applied once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer, launchChromium } from './support.mjs';

const cli = process.env.ORDO_CLI;
const serverProgram = process.env.ORDO_SERVER;
const shots = process.env.ORDO_SHOTS || join(tmpdir(), 'ordo-tech-server-shots');
const dir = mkdtempSync(join(tmpdir(), 'ordo-tech-'));
const database = join(dir, 'company.ordo');
// A Spanish company: its map's steps, and what the server writes in the history, in Spanish.
const env = { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: 'es_ES.UTF-8', LANGUAGE: 'es', TZ: 'Europe/Madrid' };
let ordoServer, url, browser;

function ordo(args, input) {
    return execFileSync(cli, ['--database', database, ...args], { encoding: 'utf8', env, input });
}
function sql(query) {
    return execFileSync('sqlite3', ['-readonly', database, query], { encoding: 'utf8' }).trim();
}

before(async () => {
    assert.ok(cli && serverProgram, 'ORDO_CLI and ORDO_SERVER must name the built programs');
    mkdirSync(shots, { recursive: true });
    // Medium: enough technicians' visits in the coming days whatever today is.
    ordo(['demo', '--size', 'medium', '--today', new Date().toISOString().slice(0, 10)]);
    ordoServer = await startServer(serverProgram, database, [], env);
    url = ordoServer.url;
    browser = await launchChromium();
});

after(async () => {
    await browser?.close();
    assert.equal(await stopServer(ordoServer?.server), 0, 'ordo-server ends cleanly on SIGTERM');
    rmSync(dir, { recursive: true, force: true });
});

test('a technician pairs, signs in, arrives, notes and finishes; the office sees the order move once', async () => {
    // A technician's visit of the coming days whose order waits for them ("Instalación programada" or "En curso").
    const row = sql(`SELECT s.name, a.id, w.number FROM appointments a JOIN staff s ON s.id = a.staff_id
                     JOIN work_orders w ON w.id = a.order_id JOIN steps st ON st.id = w.step_id
                     WHERE s.role = 'technician' AND a.status = 'planned' AND st.name IN ('Instalación programada', 'En curso')
                       AND a.starts_at >= strftime('%s', 'now', 'start of day') AND a.starts_at < strftime('%s', 'now', '+6 days')
                     ORDER BY a.starts_at LIMIT 1`);
    assert.ok(row, 'the demo has a technician\'s visit in the coming days');
    const [technician, appointmentId, number] = row.split('|');
    ordo(['phone', 'set-pin', technician], '2580\n');
    const code = JSON.parse(ordo(['phone', 'pair', technician, '--json'])).code;
    assert.match(code, /^[A-Z2-9]{8}$/);

    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
                                               locale: 'es-ES', timezoneId: 'Europe/Madrid' });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${url}/tech/#pair=${code}`);
    await page.getByLabel('Nombre de este teléfono').fill('Móvil de prueba');
    await page.getByRole('button', { name: 'Vincular' }).click();
    await page.getByRole('heading', { name: `Hola, ${technician}` }).waitFor();
    for (const d of '2580')
        await page.getByRole('button', { name: `Cifra ${d}`, exact: true }).click();
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.getByRole('heading', { name: 'Mis trabajos' }).waitFor();
    await page.screenshot({ path: join(shots, 'real-01-jobs.png'), fullPage: true });

    const customer = sql(`SELECT c.name FROM appointments a JOIN work_orders w ON w.id = a.order_id
                          JOIN customers c ON c.id = w.customer_id WHERE a.id = ${appointmentId}`);
    await page.getByRole('link', { name: new RegExp(`Abrir el trabajo: .*${customer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await page.getByRole('heading', { level: 1, name: customer }).waitFor();
    await page.getByText(/^Paso: (Instalación programada|En curso)$/).waitFor();
    await page.getByRole('button', { name: 'He llegado' }).click();
    await page.getByText(/^En el sitio desde las \d\d:\d\d/).waitFor();
    await page.getByLabel('Nueva nota').fill('Todo medido; falta sellar por fuera.');
    await page.getByRole('button', { name: 'Añadir nota' }).click();
    await page.getByRole('button', { name: 'Terminado', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sí, terminado' }).click();
    await page.getByText(/^Terminado a las \d\d:\d\d/).waitFor();
    // Everything sent: the app says nothing is pending once the server answered each action.
    await page.locator('#banner').waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(shots, 'real-02-finished.png'), fullPage: true });
    assert.deepEqual(problems, []);

    // Another process reads what the office sees.
    const order = JSON.parse(ordo(['orders', 'show', number, '--json']));
    assert.equal(order.order.step, 'Trabajo completado');
    const history = JSON.stringify(order.history);
    assert.ok(history.includes(`${technician} llegó a la obra a las`), 'arrival in the history');
    assert.ok(history.includes('Todo medido; falta sellar por fuera.'), 'the note in the history');
    assert.ok(history.includes(`${technician} terminó el trabajo a las`), 'the end in the history');
    assert.equal(sql(`SELECT count(*) FROM field_actions WHERE appointment_id = ${appointmentId} AND outcome = 'applied'`), '3');
    assert.equal(sql(`SELECT count(*) FROM invoices i JOIN work_orders w ON w.id = i.order_id WHERE w.number = '${number}'`), '1',
                 'the map\'s handler drafted the invoice');
    assert.equal(sql(`SELECT status FROM appointments WHERE id = ${appointmentId}`), 'done');
    await context.close();
});
