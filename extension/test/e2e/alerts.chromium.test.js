'use strict';
/* Issue 22 in real headless Chromium: guardian alerts (alerts-suite.js),
 * set up from the options page with the PIN, and the alert e-mail and the
 * options page as the docs show them. */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const a = require('./alerts-suite.js');
const { closeOthers } = require('./suite.js');

const OUT = path.join(h.REPO, 'e2e-out');
const DOCS = path.join(h.REPO, 'docs', 'screenshots');
const cases = h.readCases();
let bin, web, browser, dataDir, srv;

function docCopy(name) {
  if (process.env.UPDATE_DOCS === '1') fs.copyFileSync(path.join(OUT, name), path.join(DOCS, name));
}

async function openBlocked(url) {
  await closeOthers(browser);
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  page.goto(url).catch(() => {});
  const blocked = await h.blockedPage(browser, 20000);
  assert.ok(blocked, `${url} was not blocked`);
  assert.ok(await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 10000));
  return blocked;
}

test.before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await a.startServers();
  web = await h.serveCorpus(cases, a.sessionPages());
  const profile = h.tmpdir('ag-alerts-');
  dataDir = h.tmpdir('ag-alerts-data-');
  h.installHost(bin, profile, dataDir);
  assert.match(a.cli(bin, dataDir, ['guardian', 'set-pin'], a.PIN + '\n'), /PIN is set/);
  a.configure(bin, dataDir, srv, { webhook: false });
  browser = await h.launch({ userDataDir: profile, proxyPort: web.port, secureOrigins: h.origins(cases) });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
});

test.after(async () => {
  if (browser) await browser.close();
  if (web) await web.close();
  if (srv) srv.close();
});

test('Chromium: the options page sets up the webhook with the PIN and sends a test alert', async () => {
  await closeOthers(browser);
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${h.EXT_ID}/pages/log.html#alerts`);
  assert.ok(await h.waitFor(() => page.evaluate(() => document.body.dataset.ready === '1'), 10000));
  assert.equal(await page.evaluate(() => document.body.dataset.alertsOn), '1');
  assert.equal(await page.$eval('#email-host', (e) => e.value), '127.0.0.1', 'the CLI settings are shown');
  assert.equal(await page.$eval('#email-password', (e) => e.value), '', 'no secret comes back');
  await page.select('#webhook-format', 'slack');
  await page.type('#webhook-url', `${srv.info.webhookURL}/services/T0/B0/options`);
  await page.click('#alerts-save');
  assert.ok(await h.waitFor(() => page.evaluate(() => document.getElementById('pin-dialog').open), 5000), 'PIN asked');
  await page.type('#pin-dialog-input', a.PIN);
  await page.click('#pin-dialog-ok');
  assert.ok(await h.waitFor(() => page.evaluate(() => /webhook/.test(document.getElementById('alerts-state').textContent)), 8000), 'webhook saved');
  assert.match(a.cli(bin, dataDir, ['guardian', 'alerts', 'status']), /webhook: 127\.0\.0\.1:\d+ \(slack\)/);
  await page.click('#alerts-test');
  const sent = await h.waitFor(() => page.evaluate(() => document.querySelectorAll('#alerts-results li[data-ok="1"]').length === 3), 10000);
  assert.ok(sent, 'test sent on three channels: ' + await page.evaluate(() => document.getElementById('alerts-results').textContent + ' / ' + document.getElementById('alerts-error').textContent + ' / ' + document.getElementById('host-problem').textContent));
  assert.ok(await a.waitCounts(srv, 1, 10000), 'test alerts arrived');
  srv.got.length = 0; // the test alerts are not the block's
  await page.evaluate(() => { document.getElementById('webhook-url').value = ''; document.getElementById('alerts-results').replaceChildren(); });
  const section = await page.$('#alerts');
  await section.screenshot({ path: path.join(OUT, 'options-alerts-ja.png') });
  docCopy('options-alerts-ja.png');
  await page.click('#lang');
  await h.waitFor(() => page.evaluate(() => document.documentElement.lang === 'en'), 5000);
  await section.screenshot({ path: path.join(OUT, 'options-alerts-en.png') });
  docCopy('options-alerts-en.png');
  await page.click('#lang');
});

a.register(test, () => ({ browser, bin, dataDir, srv, cases, openBlocked, out: OUT }), 'Chromium');
a.registerSession(test, () => ({ browser, bin, dataDir, srv, cases, openBlocked, closeOthers, out: OUT }), 'Chromium');

test('Chromium: the alert e-mails as the guardian sees them', async () => {
  if (process.env.UPDATE_DOCS === '1') fs.copyFileSync(path.join(OUT, 'session-anydesk-Chromium.png'), path.join(DOCS, 'session-anydesk-ja.png'));
  for (const lang of ['ja', 'en']) {
    const html = fs.readFileSync(path.join(OUT, `alert-email-${lang}-Chromium.html`), 'utf8');
    const page = await browser.newPage();
    await page.setViewport({ width: 700, height: 900 });
    await page.setContent(html, { waitUntil: 'load' });
    assert.match(await page.title(), /AlertGuard/);
    await page.screenshot({ path: path.join(OUT, `alert-email-${lang}.png`), fullPage: true });
    docCopy(`alert-email-${lang}.png`);
    await page.close();
  }
});
