// What the browser tests against the real programs share: ordo-server started on a database (its
// URL read from its one line on stdout, its log kept), stopped with SIGTERM, and Debian's chromium.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

export async function startServer(program, database, extraArgs, env) {
    const server = spawn(program, ['--database', database, '--listen', '127.0.0.1:0', ...extraArgs], { env });
    const state = { server, url: '', log: '' };
    server.stderr.on('data', (d) => { state.log += d; });
    state.url = await new Promise((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d) => {
            out += d;
            const m = out.match(/listening at (\S+)/);
            if (m) resolve(m[1].replace(/\/$/, ''));
        });
        server.on('exit', (code) => reject(new Error(`ordo-server exited with ${code}: ${state.log}`)));
    });
    return state;
}

// SIGTERM, then the exit code (0 when it ended cleanly).
export async function stopServer(server) {
    if (!server || server.exitCode !== null)
        return server?.exitCode ?? 0;
    const exited = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    return exited;
}

export function launchChromium() {
    // Without the background-networking flags chromium tries to reach Google's hosts at every start.
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
}

// A tiny SMTP server on loopback that accepts every message (no authentication, no TLS) and keeps
// them, for the mail ordo-server sends: `next()` waits for the next message to arrive.
import { createServer } from 'node:net';

export async function startSmtp() {
    const messages = [];
    const waiting = [];
    const server = createServer((socket) => {
        let buffer = '';
        let inData = false;
        let data = '';
        const to = [];
        socket.write('220 test ESMTP\r\n');
        socket.on('data', (chunk) => {
            buffer += chunk.toString('latin1');
            for (;;) {
                if (inData) {
                    const end = buffer.indexOf('\r\n.\r\n');
                    if (end < 0)
                        return;
                    data += buffer.slice(0, end);
                    buffer = buffer.slice(end + 5);
                    inData = false;
                    const message = { to: [...to], data };
                    data = '';
                    to.length = 0;
                    messages.push(message);
                    waiting.splice(0).forEach((resolve) => resolve(message));
                    socket.write('250 OK\r\n');
                    continue;
                }
                const eol = buffer.indexOf('\r\n');
                if (eol < 0)
                    return;
                const line = buffer.slice(0, eol);
                buffer = buffer.slice(eol + 2);
                const verb = line.slice(0, 4).toUpperCase();
                if (verb === 'EHLO' || verb === 'HELO')
                    socket.write('250-test\r\n250 8BITMIME\r\n');
                else if (verb === 'RCPT') {
                    to.push(line.replace(/^RCPT TO:\s*/i, ''));
                    socket.write('250 OK\r\n');
                } else if (verb === 'DATA') {
                    inData = true;
                    socket.write('354 go on\r\n');
                } else if (verb === 'QUIT') {
                    socket.end('221 bye\r\n');
                    return;
                } else
                    socket.write('250 OK\r\n');
            }
        });
        socket.on('error', () => {});
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        port: server.address().port,
        messages,
        next: () => new Promise((resolve) => waiting.push(resolve)),
        close: () => new Promise((resolve) => server.close(resolve)),
    };
}
