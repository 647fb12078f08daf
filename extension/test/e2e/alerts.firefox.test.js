'use strict';
/* Issue 22 in firefox-esr (WebDriver BiDi) with the Firefox build of the
 * extension: guardian alerts set up from the command line reach the real
 * servers once per blocked page, none when off; and the scam's next step
 * (alerts-suite.js). The options page's alerts form is checked in Chromium. */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const a = require('./alerts-suite.js');
const { closeOthers } = require('./suite.js');
const { build } = require('../../build.js');

const OUT = path.join(h.REPO, 'e2e-out');
const cases = h.readCases();
let bin, web, browser, dataDir, srv;

async function openBlocked(url) {
  await closeOthers(browser);
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  page.goto(url).catch(() => {});
  const blocked = await h.firefoxBlockedPage(browser, 20000);
  assert.ok(blocked, `${url} was not blocked`);
  assert.ok(await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 10000));
  return blocked;
}

test.before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const dist = build();
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await a.startServers();
  web = await h.serveCorpus(cases, a.sessionPages());
  const home = h.tmpdir('ag-ffalerts-');
  dataDir = h.tmpdir('ag-ffalerts-data-');
  h.installFirefoxHost(bin, home, dataDir);
  assert.match(a.cli(bin, dataDir, ['guardian', 'set-pin'], a.PIN + '\n'), /PIN is set/);
  a.configure(bin, dataDir, srv);
  browser = await h.launchFirefox({ home, proxyPort: web.port, extDir: path.join(dist, 'firefox'), acceptLanguages: 'ja,en-US,en' });
});

test.after(async () => {
  if (browser) await browser.close();
  if (web) await web.close();
  if (srv) srv.close();
});

a.register(test, () => ({ browser, bin, dataDir, srv, cases, openBlocked, out: OUT }), 'Firefox');
a.registerSession(test, () => ({ browser, bin, dataDir, srv, cases, openBlocked, closeOthers, out: OUT }), 'Firefox');
