import { NODE_HOST_PROTOCOL } from '../fork-host.js';

/**
 * The browser host (a ForkHost program, see fork-host.ts): one headless Chromium, driven over
 * the DevTools protocol on its pipe, opens each snippet's page in a browser context of its own
 * (an incognito profile: no cookie, cache or storage of one snippet reaches another; each page
 * is also on its own origin, the snippet's capture-server port). Starting Chromium is most of a
 * browser snippet's run: about 2 s each, against about 0.2 s for a page in a running browser.
 *
 * A page is read as `chromium --virtual-time-budget=10000 --dump-dom` would have it: virtual
 * time is held while the page loads, then runs ahead while no fetch is pending, and the page's
 * output (its console lines, which the page writes into #output) is taken when the budget runs
 * out. The run's "file" is the page's URL; its output is that text, its status 0 once the page
 * loaded, 1 when it did not.
 *
 * Command line: the Chromium program, then its flags. Commands and events as for ForkHost.
 */
export const BROWSER_HOST = String.raw`'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const { StringDecoder } = require('node:string_decoder');

const [program, ...flags] = process.argv.slice(2);
const chromium = spawn(program, [...flags, '--remote-debugging-pipe'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
${NODE_HOST_PROTOCOL}

let lastId = 0;
const calls = new Map();
const listeners = new Set();
const decoder = new StringDecoder('utf8');
let received = '';
chromium.stdio[4].on('data', (chunk) => {
  received += decoder.write(chunk);
  let end;
  while ((end = received.indexOf('\0')) >= 0) {
    const message = JSON.parse(received.slice(0, end));
    received = received.slice(end + 1);
    if (message.id === undefined) for (const listener of listeners) listener(message);
    else {
      const call = calls.get(message.id);
      calls.delete(message.id);
      if (message.error) call.reject(new Error(message.error.message));
      else call.resolve(message.result);
    }
  }
});
chromium.on('exit', (code, signal) => {
  process.stderr.write('chromium ended: ' + (code ?? signal) + '\n');
  process.exit(1);
});
function cdp(method, params = {}, sessionId) {
  return new Promise((resolve, reject) => {
    const id = ++lastId;
    calls.set(id, { resolve, reject });
    chromium.stdio[3].write(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }) + '\0');
  });
}
function event(sessionId, method) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message.sessionId !== sessionId || message.method !== method) return;
      listeners.delete(listener);
      resolve(message.params);
    };
    listeners.add(listener);
  });
}

/** The browser context of each run not yet ended, by run id (undefined until it is made). */
const running = new Map();

async function run(job) {
  running.set(job.run, undefined);
  let status = 1;
  let output = '';
  let problem = '';
  try {
    const { browserContextId } = await cdp('Target.createBrowserContext');
    if (!running.has(job.run)) return void (await dispose(browserContextId));
    running.set(job.run, browserContextId);
    const { targetId } = await cdp('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await cdp('Target.attachToTarget', { targetId, flatten: true });
    const expired = event(sessionId, 'Emulation.virtualTimeBudgetExpired');
    // Held while the page is requested, so that no virtual time passes before it loads.
    await cdp('Emulation.setVirtualTimePolicy', { policy: 'pause' }, sessionId);
    const navigation = await cdp('Page.navigate', { url: job.file }, sessionId);
    if (navigation.errorText) throw new Error('the page did not load: ' + navigation.errorText);
    await cdp('Emulation.setVirtualTimePolicy', { policy: 'pauseIfNetworkFetchesPending', budget: 10000 }, sessionId);
    await expired;
    const { result } = await cdp('Runtime.evaluate', { expression: "document.getElementById('output')?.textContent ?? ''", returnByValue: true }, sessionId);
    output = String(result.value ?? '');
    status = 0;
  } catch (e) {
    problem = e.message + '\n';
  }
  // A killed run's exit has been sent already.
  if (!running.has(job.run)) return;
  await finish(job.run);
  fs.writeFileSync(job.stdout, output);
  fs.writeFileSync(job.stderr, problem);
  send({ exit: job.run, code: status });
}

async function finish(id) {
  const browserContextId = running.get(id);
  running.delete(id);
  if (browserContextId) await dispose(browserContextId);
}

function dispose(browserContextId) {
  return cdp('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
}

serve(
  run,
  (id) => running.has(id) && finish(id).then(() => send({ exit: id, code: -9 })),
  () => {
    chromium.removeAllListeners('exit');
    chromium.kill('SIGKILL');
    process.exit(0);
  },
);

cdp('Browser.getVersion').then(
  () => send({ ready: true }),
  (e) => {
    process.stderr.write('chromium did not answer: ' + e.message + '\n');
    process.exit(1);
  },
);
`;
