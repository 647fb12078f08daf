'use strict';
/* The same end-to-end checks in firefox-esr (WebDriver BiDi), with the
 * Firefox build of the extension (dist/firefox) and HOME pointed at a
 * throw-away folder, so the host manifest goes to
 * $HOME/.mozilla/native-messaging-hosts. Firefox has no
 * navigator.keyboard.lock: that hold is Chromium-only (docs/extension.md). */
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const h = require('./harness.js');
const suite = require('./suite.js');
const kinds = require('./kinds.js');
const { build } = require('../../build.js');

const OUT = path.join(h.REPO, 'e2e-out');
const cases = h.readCases();
let bin, srv, browser, dataDir;
const timings = [];

test.before(async () => {
  require('node:fs').mkdirSync(OUT, { recursive: true });
  const dist = build();
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus(cases, suite.fightBackPage());
  const home = h.tmpdir('ag-ffhome-');
  dataDir = h.tmpdir('ag-data-');
  h.installFirefoxHost(bin, home, dataDir);
  // The person prefers Japanese; firefox-esr's UI here is English.
  browser = await h.launchFirefox({ home, proxyPort: srv.port, extDir: path.join(dist, 'firefox'), acceptLanguages: 'ja,en-US,en' });
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
  suite.writeTimings(path.join(OUT, 'firefox-timings.json'), timings);
});

suite.blockAndAllow(test, () => ({ browser, bin, dataDir, timings, findBlocked: (ms) => h.firefoxBlockedPage(browser, ms) }));

const allowCase = cases.find((c) => c.expect === 'allow' && c.url.startsWith('https://'));
suite.fightBack(test, () => ({ browser, findBlocked: (ms) => h.firefoxBlockedPage(browser, ms), usableURL: h.e2eURL(allowCase.url) }), 'Firefox');

test('Firefox: the blocked page is bilingual', async () => {
  await suite.closeOthers(browser);
  const page = await browser.newPage();
  page.goto('https://ms-support-jp.example.work/').catch(() => {});
  const blocked = await h.firefoxBlockedPage(browser, 20000);
  assert.ok(blocked);
  await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 5000);
  const before = await blocked.evaluate(() => document.documentElement.lang);
  await blocked.click('#lang');
  assert.ok(await h.waitFor(() => blocked.evaluate((l) => document.documentElement.lang !== l, before), 3000));
  await blocked.screenshot({ path: path.join(OUT, 'firefox-blocked.png') });
});

test('Firefox: English UI, preferred languages ja first: a ClickFix, a one-click bill and a phone scam each have their own first words in ja and en', async () => {
  await kinds.firstWords({ browser, findBlocked: (ms) => h.firefoxBlockedPage(browser, ms), closeOthers: () => suite.closeOthers(browser) });
});
