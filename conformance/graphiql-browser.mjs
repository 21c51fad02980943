// Opens the server's GraphiQL page in real headless Chromium (playwright-core driving the machine's /usr/bin/chromium),
// runs `{ me { login } }` with a bearer token typed into the headers editor, and checks the answer in the page.
// CRM_URL is the HTTP GraphQL endpoint, CRM_TOKEN a bearer token, CHROMIUM the browser binary, SCREENSHOT where the
// picture goes. Every request the page makes must go to the server itself (no CDN). Exit 1 on failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.env.CRM_URL;
const token = process.env.CRM_TOKEN;
const screenshot = process.env.SCREENSHOT;
const profile = mkdtempSync(join(tmpdir(), 'crmgraph-chromium-'));
const failures = [];
const safeParse = (text) => { try { return JSON.parse(text); } catch { return null; } };
// The headers editor is the visible one of the two tool editors (variables is hidden: the page opens on headers).
const HEADERS = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';
const check = (ok, name, detail = '') => {
  console.log(`${ok ? 'OK  ' : 'FAIL'}  ${name}${ok || !detail ? '' : ` :: ${detail}`}`);
  if (!ok) failures.push(name);
};

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
try {
  const origin = new URL(url).origin;
  const foreign = [];
  const consoleErrors = [];
  page.on('request', (request) => {
    const requested = new URL(request.url());
    if (requested.protocol.startsWith('http') && requested.origin !== origin) foreign.push(request.url());
  });
  // Failed loads are judged by URL below (a browser asks for /favicon.ico on its own); other console errors count.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource')
    && consoleErrors.push(message.text()));
  const failedLoads = [];
  page.on('response', (loaded) => loaded.status() >= 400 && !loaded.url().endsWith('/favicon.ico')
    && failedLoads.push(`${loaded.status()} ${loaded.url()}`));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  const response = await page.goto(url, { waitUntil: 'load' });
  check(response.ok() && response.headers()['content-type']?.startsWith('text/html'), 'GET /graphql from a browser is the GraphiQL page',
    `${response.status()} ${response.headers()['content-type']}`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 60_000 });
  check(await page.evaluate(() => document.characterSet) === 'UTF-8', 'the page is read as UTF-8');
  check((await page.title()).includes('客户管理'), 'the Chinese title renders', await page.title());
  const query = () => page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue());
  check((await query()).includes('我是谁'), 'the Chinese default query renders', await query());
  const headers = await page.evaluate((HEADERS) => document.querySelector(HEADERS)?.CodeMirror.getValue() ?? '', HEADERS);
  check(headers.includes('"Authorization": "Bearer <paste a token'), 'the headers editor is pre-filled with an Authorization hint', headers);

  await page.evaluate(({ token, HEADERS }) => {
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ me { login } }');
    document.querySelector(HEADERS).CodeMirror.setValue(JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));
  }, { token, HEADERS });
  await page.click('.graphiql-execute-button');
  const shown = () => page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '');
  const result = await page.waitForFunction(() => {
    const text = document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? '';
    return text.includes('"data"') || text.includes('"errors"') ? text : null;
  }, null, { timeout: 60_000 }).then((handle) => handle.jsonValue(), async (error) => `${error.message}; shown: ${await shown()}`);
  check(safeParse(result)?.data?.me?.login === 'admin', 'running { me { login } } with the token shows admin in the page', result);


  check(foreign.length === 0, 'every request went to the server itself (no CDN)', foreign.join(', '));
  check(failedLoads.length === 0, 'every script and style the page asked for loaded', failedLoads.join(', '));
  check(consoleErrors.length === 0, 'no script errors in the page', consoleErrors.join(' | '));
} catch (error) {
  check(false, 'the browser session', error?.stack ?? String(error));
} finally {
  if (screenshot) {
    await page.screenshot({ path: screenshot }).catch((error) => console.log(`no screenshot: ${error}`));
    console.log(`screenshot: ${screenshot}`);
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures.length === 0 ? 0 : 1);
