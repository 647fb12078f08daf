'use strict';
/* End to end in real headless Chromium: the real extension and the real
 * host judge every labelled corpus page. */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const suite = require('./suite.js');

const OUT = path.join(h.REPO, 'e2e-out');
const DOCS = path.join(h.REPO, 'docs', 'screenshots');
const cases = h.readCases();
let bin, srv, browser, dataDir;
const timings = [];

// Screenshots always land in e2e-out/; UPDATE_DOCS=1 also refreshes the
// copies in docs/screenshots/ (committed, shown in the README).
function docCopy(name) {
  if (process.env.UPDATE_DOCS === '1') fs.copyFileSync(path.join(OUT, name), path.join(DOCS, name));
}
const closeOthers = () => suite.closeOthers(browser);

test.before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  const probe = path.join(h.tmpdir('ag-probe-'), 'index.html');
  fs.writeFileSync(probe, `<!doctype html><html><body><p>Hello</p><script>
    Notification.requestPermission().then((p) => { document.body.dataset.notif = p; });
    if (navigator.keyboard && navigator.keyboard.lock) {
      let done = false;
      navigator.keyboard.lock().then(() => { done = true; document.body.dataset.lock = 'granted'; }, () => { done = true; document.body.dataset.lock = 'refused'; });
      setTimeout(() => { if (!done) document.body.dataset.lock = 'held'; }, 1500);
    } else document.body.dataset.lock = 'no-api';
  </script></body></html>`);
  srv = await h.serveCorpus(cases, Object.assign({ 'hostless.example.com/': probe }, suite.fightBackPage()));
  const profile = h.tmpdir('ag-profile-');
  dataDir = h.tmpdir('ag-data-');
  h.installHost(bin, profile, dataDir);
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, secureOrigins: h.origins(cases) });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
  suite.writeTimings(path.join(OUT, 'chromium-timings.json'), timings);
});

suite.blockAndAllow(test, () => ({ browser, bin, dataDir, timings, findBlocked: (ms) => h.blockedPage(browser, ms) }));

suite.fightBack(test, () => ({ browser, findBlocked: (ms) => h.blockedPage(browser, ms), usableURL: `chrome-extension://${h.EXT_ID}/pages/install.html` }), 'Chromium');

test('a harmful lure gets the warning banner, which the page cannot remove', async () => {
  await closeOthers();
  const c = cases.find((c) => c.file.startsWith('scam/perm-camphish-online-meeting'));
  const page = await browser.newPage();
  await page.goto(h.e2eURL(c.url), { waitUntil: 'domcontentloaded' }).catch(() => {});
  assert.ok(await h.waitFor(() => page.evaluate(() => !!document.querySelector('alertguard-banner')), 10000), 'banner shown');
  await page.evaluate(() => document.querySelector('alertguard-banner').remove());
  assert.ok(await h.waitFor(() => page.evaluate(() => !!document.querySelector('alertguard-banner')), 3000), 'banner restored after removal');
  await page.screenshot({ path: path.join(OUT, 'warn-banner.png') });
  docCopy('warn-banner.png');
});

test('screenshots of blocked.html (ja, en) and the log page', async () => {
  await closeOthers();
  const page = await browser.newPage();
  page.goto(h.e2eURL('https://ms-support-jp.example.work/')).catch(() => {});
  const blocked = await h.blockedPage(browser, 20000);
  assert.ok(blocked);
  await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 5000);
  for (const lang of ['ja', 'en']) {
    const cur = await blocked.evaluate(() => document.documentElement.lang);
    if (cur !== lang) {
      await blocked.click('#lang');
      await h.waitFor(() => blocked.evaluate((l) => document.documentElement.lang === l, lang), 3000);
    }
    const file = path.join(OUT, `blocked-${lang}.png`);
    await blocked.screenshot({ path: file, fullPage: true });
    docCopy(`blocked-${lang}.png`);
    const title = await blocked.evaluate(() => document.getElementById('title').textContent);
    assert.match(title, lang === 'ja' ? /止めました/ : /stopped this page/);
  }
  const log = await browser.newPage();
  await log.goto(`chrome-extension://${h.EXT_ID}/pages/log.html`);
  await h.waitFor(() => log.evaluate(() => document.body.dataset.ready === '1'), 10000);
  const rows = await log.evaluate(() => document.querySelectorAll('#entries li.entry').length);
  assert.ok(rows > 0, 'log page lists entries');
  await new Promise((r) => setTimeout(r, 1000));
  await log.screenshot({ path: path.join(OUT, 'log-page.png'), fullPage: false });
  docCopy('log-page.png');
});

test('a host that hangs, then one that dies mid-request: the extension reconnects, asks again, and blocks', async () => {
  for (const fault of ['hang', 'die']) {
    const profile = h.tmpdir('ag-fault-');
    const data = h.tmpdir('ag-fault-data-');
    h.installHost(bin, profile, data);
    // The first host started misbehaves; the next ones are healthy.
    const wrapper = path.join(profile, 'alertguard-host.sh');
    const flag = path.join(profile, 'first-start-done');
    const bad = fault === 'hang' ? 'cat >/dev/null; exit 0' : 'head -c 4 >/dev/null; exit 1';
    fs.writeFileSync(wrapper, `#!/bin/sh\nif [ ! -e '${flag}' ]; then touch '${flag}'; ${bad}; fi\nALERTGUARD_DATA_DIR='${data}' exec '${bin}' "$@"\n`, { mode: 0o755 });
    const b2 = await h.launch({ userDataDir: profile, proxyPort: srv.port, secureOrigins: h.origins(cases) });
    try {
      await h.waitForExtension(b2);
      const page = await b2.newPage();
      page.on('dialog', (d) => d.dismiss().catch(() => {}));
      const started = Date.now();
      page.goto('https://ms-support-jp.example.work/').catch(() => {});
      const blocked = await h.blockedPage(b2, 30000);
      assert.ok(blocked, `${fault}: not blocked after the host recovered`);
      console.log(`host ${fault}: blocked after ${Date.now() - started} ms`);
    } finally {
      await b2.close();
    }
  }
});

test('without the host: the install hint opens and locks and early prompts are refused', async () => {
  const profile = h.tmpdir('ag-nohost-');
  const b2 = await h.launch({ userDataDir: profile, proxyPort: srv.port, secureOrigins: h.origins(cases) });
  try {
    const hint = await h.waitFor(async () => (await b2.pages()).find((p) => p.url().includes('/pages/install.html')), 15000);
    assert.ok(hint, 'install hint opened');
    await h.waitFor(() => hint.evaluate(() => document.body.dataset.ready === '1'), 5000);
    assert.match(await hint.evaluate(() => document.getElementById('command').textContent), /alertguard install/);
    // A page that asks for keyboard lock and notifications on load, with no
    // click: without a host nothing can judge the page, so the hold's
    // fallback refuses the lock and answers the prompt "default" without
    // showing it (docs/extension.md, "Time bounds").
    const page = await b2.newPage();
    await page.goto('https://hostless.example.com/', { waitUntil: 'domcontentloaded' }).catch(() => {});
    const got = await h.waitFor(() => page.evaluate(() => document.body.dataset.lock && document.body.dataset.notif && Object.assign({}, document.body.dataset)), 8000);
    assert.ok(got, 'probe page reported');
    assert.equal(got.lock, 'refused', 'keyboard lock refused without a verdict');
    assert.equal(got.notif, 'default', 'early notification prompt refused');
  } finally {
    await b2.close();
  }
});
