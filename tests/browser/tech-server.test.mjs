// The technician's phone app against the real ordo-server and database (the app's own behaviour,
// offline included, is tested against a fake of the API in tech.test.mjs): a demo company, a
// technician paired by ordo-cli, signed in with the PIN in chromium at phone size, who arrives,
// writes a note and finishes an installation; the company has chosen to issue and e-mail the invoice
// on finishing, so the invoice is issued and arrives at a local SMTP server with its PDF; another
// process sees the order move along the map, every action applied once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer, launchChromium, startSmtp } from './support.mjs';

const cli = process.env.ORDO_CLI;
const serverProgram = process.env.ORDO_SERVER;
const shots = process.env.ORDO_SHOTS || join(tmpdir(), 'ordo-tech-server-shots');
const dir = mkdtempSync(join(tmpdir(), 'ordo-tech-'));
const database = join(dir, 'company.ordo');
// A Spanish company: its map's steps, and what the server writes in the history, in Spanish.
const env = { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: 'es_ES.UTF-8', LANGUAGE: 'es', TZ: 'Europe/Madrid' };
let ordoServer, url, browser, smtp;

function ordo(args, input) {
    return execFileSync(cli, ['--database', database, ...args], { encoding: 'utf8', env, input });
}
function sql(query) {
    return execFileSync('sqlite3', ['-readonly', database, query], { encoding: 'utf8' }).trim();
}
function sqlWrite(query) {
    execFileSync('sqlite3', [database, `PRAGMA busy_timeout = 5000; ${query}`], { encoding: 'utf8' });
}

before(async () => {
    assert.ok(cli && serverProgram, 'ORDO_CLI and ORDO_SERVER must name the built programs');
    mkdirSync(shots, { recursive: true });
    // Medium: enough technicians' visits in the coming days whatever today is.
    ordo(['demo', '--size', 'medium', '--today', new Date().toISOString().slice(0, 10)]);
    // The company's choice, and its mail server: the local one.
    ordo(['phone', 'on-finish', 'issue-and-mail']);
    smtp = await startSmtp();
    sqlWrite(`INSERT INTO settings (key, value) VALUES ('smtp.host', '127.0.0.1'), ('smtp.port', '${smtp.port}'),
              ('smtp.security', 'none'), ('smtp.user', ''), ('smtp.from', 'facturas@ventanassol.es')
              ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    ordoServer = await startServer(serverProgram, database, ['--mail-interval', '1'], env);
    url = ordoServer.url;
    browser = await launchChromium();
});

after(async () => {
    await browser?.close();
    assert.equal(await stopServer(ordoServer?.server), 0, 'ordo-server ends cleanly on SIGTERM');
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
});

test('a technician pairs, signs in, arrives, notes and finishes; the invoice is issued and mailed; the office sees it once', async () => {
    // A technician's visit of the coming days whose order waits for them ("Instalación programada" or "En curso").
    const row = sql(`SELECT s.name, a.id, w.number FROM appointments a JOIN staff s ON s.id = a.staff_id
                     JOIN work_orders w ON w.id = a.order_id JOIN steps st ON st.id = w.step_id
                     WHERE s.role = 'technician' AND a.status = 'planned' AND st.name IN ('Instalación programada', 'En curso')
                       AND a.starts_at >= strftime('%s', 'now', 'start of day') AND a.starts_at < strftime('%s', 'now', '+6 days')
                     ORDER BY a.starts_at LIMIT 1`);
    assert.ok(row, 'the demo has a technician\'s visit in the coming days');
    const [technician, appointmentId, number] = row.split('|');
    // The customer has an e-mail address and a tax ID, so the invoice can be issued and sent.
    sqlWrite(`UPDATE customers SET email = 'cliente@example.es', tax_id = CASE WHEN tax_id = '' THEN '12345678Z' ELSE tax_id END
              WHERE id = (SELECT customer_id FROM work_orders WHERE number = '${number}')`);
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
    try {
        await page.getByRole('heading', { name: 'Mis trabajos' }).waitFor();
    } catch (e) {
        // What the technician saw, and the server's log, to tell why.
        console.log('page:', await page.locator('body').innerText());
        console.log('server log:', ordoServer.log);
        throw e;
    }
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
    const mailed = smtp.next();
    await page.getByText(/^Terminado a las \d\d:\d\d/).waitFor();
    // Everything sent: the app says nothing is pending once the server answered each action.
    await page.locator('#banner').waitFor({ state: 'hidden' });
    await page.getByText(/^Factura \S+ emitida\.$/).waitFor();
    await page.screenshot({ path: join(shots, 'real-02-finished.png'), fullPage: true });
    assert.deepEqual(problems, []);

    // The invoice, issued on finishing, reaches the customer with its PDF.
    const invoiceNumber = sql(`SELECT i.number FROM invoices i JOIN work_orders w ON w.id = i.order_id
                               WHERE w.number = '${number}' AND i.number IS NOT NULL`);
    assert.ok(invoiceNumber, 'the invoice was issued');
    const message = await Promise.race([mailed, new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no mail within 30 s; the server said: ${ordoServer.log.slice(-2000)}`)), 30000))]);
    assert.deepEqual(message.to, ['<cliente@example.es>']);
    assert.ok(message.data.includes('Content-Type: application/pdf'), 'a PDF attached');
    assert.ok(message.data.includes(`${invoiceNumber}.pdf`), 'named after the invoice');
    assert.ok(message.data.includes('JVBERi0'), 'the attachment is a PDF (base64 of "%PDF-")');
    // The server ends what it was doing before it stops: the invoice is marked sent.
    assert.equal(await stopServer(ordoServer.server), 0);
    assert.equal(sql(`SELECT status FROM invoices WHERE number = '${invoiceNumber}'`), 'sent');

    // Another process reads what the office sees.
    const order = JSON.parse(ordo(['orders', 'show', number, '--json']));
    assert.equal(order.order.step, 'Facturado');
    const history = JSON.stringify(order.history);
    assert.ok(history.includes(`${technician} llegó a la obra a las`), 'arrival in the history');
    assert.ok(history.includes('Todo medido; falta sellar por fuera.'), 'the note in the history');
    assert.ok(history.includes(`${technician} terminó el trabajo a las`), 'the end in the history');
    assert.equal(sql(`SELECT count(*) FROM field_actions WHERE appointment_id = ${appointmentId} AND outcome = 'applied'`), '3');
    assert.equal(sql(`SELECT count(*) FROM invoices i JOIN work_orders w ON w.id = i.order_id WHERE w.number = '${number}'`), '1',
                 'one invoice for the job');
    assert.equal(sql(`SELECT status FROM appointments WHERE id = ${appointmentId}`), 'done');
    await context.close();
});
