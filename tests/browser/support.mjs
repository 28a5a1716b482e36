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
