'use strict';
/* Family mode end to end in real headless Chromium with the real host: the
 * guardian PIN on the block page and the options page, the person's choices
 * in the log, site lists, pausing, the exported report, and accessibility
 * (axe-core on every page the parent sees, and 200 % zoom). */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');
const suite = require('./suite.js');

const OUT = path.join(h.REPO, 'e2e-out');
const DOCS = path.join(h.REPO, 'docs', 'screenshots');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PIN = '2580';
const SCAM = 'https://ms-support-jp.example.work/';
const cases = h.readCases();
let bin, srv, browser, dataDir;

function docCopy(name) {
  if (process.env.UPDATE_DOCS === '1') fs.copyFileSync(path.join(OUT, name), path.join(DOCS, name));
}
function cli(args, input = '') {
  return execFileSync(bin, args, { env: { ALERTGUARD_DATA_DIR: dataDir }, input }).toString();
}
const entriesFor = (url) => suite.logEntries(bin, dataDir).filter((e) => e.url.startsWith(url));
const ready = (page) => h.waitFor(() => page.evaluate(() => document.body.dataset.ready === '1'), 10000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openBlocked(url) {
  await suite.closeOthers(browser);
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  page.goto(h.e2eURL(url)).catch(() => {});
  const blocked = await h.blockedPage(browser, 20000);
  assert.ok(blocked, `${url} was not blocked`);
  assert.ok(await ready(blocked));
  return blocked;
}

async function openOptions() {
  await suite.closeOthers(browser);
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${h.EXT_ID}/pages/log.html`);
  assert.ok(await ready(page));
  return page;
}

// axe runs inside the page through the DevTools protocol, which the
// extension pages' strict CSP does not apply to.
async function axe(page, name) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `${name}: axe-core violations`);
  assert.ok(result.passes.length >= 5, `${name}: axe-core checked only ${result.passes.length} rules`);
}

// At 200 % zoom a 1280-pixel window is 640 CSS pixels wide: nothing may need
// sideways scrolling and the text must stay at its size.
async function zoom200(page, name) {
  await page.setViewport({ width: 640, height: 900, deviceScaleFactor: 2 });
  await sleep(300);
  const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
    font: parseFloat(getComputedStyle(document.querySelector('p, li') || document.body).fontSize) }));
  assert.ok(m.scroll <= m.client + 1, `${name}: sideways scrolling at 200 % zoom (${m.scroll} > ${m.client})`);
  assert.ok(m.font >= 16, `${name}: text of ${m.font}px`);
}

test.before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus(cases);
  const profile = h.tmpdir('ag-family-');
  dataDir = h.tmpdir('ag-family-data-');
  h.installHost(bin, profile, dataDir);
  assert.match(cli(['guardian', 'set-pin'], PIN + '\n'), /PIN is set/);
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, secureOrigins: h.origins(cases) });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

test('continue anyway: a wrong PIN is refused, the right PIN continues and is logged', async () => {
  const blocked = await openBlocked(SCAM);
  await blocked.click('#continue');
  assert.ok(await h.waitFor(() => blocked.evaluate(() => document.getElementById('confirm').open && !document.getElementById('pin-box').hidden), 5000), 'PIN asked');
  await blocked.type('#pin', '0000');
  await blocked.click('#confirm-yes');
  assert.ok(await h.waitFor(() => blocked.evaluate(() => document.getElementById('pin-error').textContent), 5000), 'wrong PIN message');
  await sleep(1000);
  assert.match(blocked.url(), /pages\/blocked\.html/, 'a wrong PIN let the page through');
  assert.match(await blocked.evaluate(() => document.getElementById('pin-error').textContent), /暗証番号がちがいます|not right/);
  await blocked.screenshot({ path: path.join(OUT, 'blocked-pin.png') });
  docCopy('blocked-pin.png');
  await blocked.type('#pin', PIN);
  await blocked.click('#confirm-yes');
  assert.ok(await h.waitFor(async () => blocked.url().startsWith(SCAM), 10000), 'right PIN continues to the page');
  await sleep(2500); // the page is judged again and stays
  assert.ok(blocked.url().startsWith(SCAM), 'the page was blocked again after the PIN');
  const e = entriesFor(SCAM)[0];
  assert.deepEqual(e.choices.map((c) => [c.choice, !!c.withPin]), [['continued', true]]);
});

test('report a false alarm: recorded for the guardian, nothing allowed', async () => {
  const c = cases.find((c) => c.expect === 'block' && c.url.startsWith('https://') && !c.url.startsWith(SCAM));
  const blocked = await openBlocked(c.url);
  await blocked.click('#report');
  assert.ok(await h.waitFor(() => blocked.evaluate(() => !document.getElementById('reported').hidden), 5000), 'report acknowledged');
  const e = entriesFor(c.url.split(/[?#]/)[0])[0];
  assert.deepEqual(e.choices.map((x) => x.choice), ['reported']);
  await blocked.click('#close');
  await sleep(1000);
  assert.deepEqual(entriesFor(c.url.split(/[?#]/)[0])[0].choices.map((x) => x.choice), ['reported', 'closed']);
});

test('options page: review with choices and filters; allowing a reported site needs the PIN', async () => {
  const page = await openOptions();
  const all = await page.evaluate(() => document.querySelectorAll('#entries li.entry').length);
  assert.ok(all >= 2, 'entries listed');
  await page.select('#choice', 'reported');
  const reported = await page.evaluate(() => Array.from(document.querySelectorAll('#entries li.entry'), (li) => ({ cls: li.className, text: li.textContent })));
  assert.equal(reported.length, 1, 'choice filter');
  assert.match(reported[0].cls, /reported/);
  assert.match(reported[0].text, /誤判定として報告|Reported as a false alarm/);
  await page.select('#choice', '');
  await page.type('#site-filter', 'ms-support-jp');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#entries li.entry').length), 1, 'site filter');
  assert.match(await page.evaluate(() => document.querySelector('#entries li.entry').textContent), /先に進んだ（暗証番号で）|with the PIN/);
  await page.screenshot({ path: path.join(OUT, 'options-review.png'), fullPage: false });
  docCopy('options-review.png');
  // Allow that site from the review: the PIN dialog, a wrong PIN, the right one.
  await page.click('#entries li.entry button[data-list="allow"]');
  assert.ok(await h.waitFor(() => page.evaluate(() => document.getElementById('pin-dialog').open), 5000), 'PIN dialog');
  await page.type('#pin-dialog-input', '1111');
  await page.click('#pin-dialog-ok');
  assert.ok(await h.waitFor(() => page.evaluate(() => document.getElementById('pin-dialog').open && document.getElementById('pin-dialog-error').textContent), 5000), 'wrong PIN said');
  await page.type('#pin-dialog-input', PIN);
  await page.click('#pin-dialog-ok');
  assert.ok(await h.waitFor(() => page.evaluate(() => document.getElementById('allow-list').textContent.includes('ms-support-jp.example.work')), 5000), 'site allowed');
  assert.deepEqual(JSON.parse(cli(['sites', 'list', '--json'])).allow, ['ms-support-jp.example.work']);
  // An allowed site is no longer blocked.
  await suite.closeOthers(browser);
  const again = await browser.newPage();
  again.on('dialog', (d) => d.dismiss().catch(() => {}));
  await again.goto(h.e2eURL(SCAM), { waitUntil: 'domcontentloaded' }).catch(() => {});
  await sleep(2500);
  assert.equal(await h.blockedPage(browser, 10), null, 'allow-listed site blocked');
});

test('options page: a blocked site is stopped; pausing needs the PIN and lets pages through', async () => {
  const legit = cases.find((c) => c.expect === 'allow' && c.url.startsWith('https://') && !/^https:\/\/(localhost|[\d.]+)/.test(c.url));
  const host = new URL(legit.url).host;
  let page = await openOptions();
  await page.type('#site-input', host);
  await page.select('#site-list', 'block');
  await page.click('#site-add');
  assert.ok(await h.waitFor(() => page.evaluate((s) => document.getElementById('block-list').textContent.includes(s), host), 5000), 'site blocked in the list');
  await page.click('a[href="#sites"]');
  await page.screenshot({ path: path.join(OUT, 'options-settings.png'), fullPage: false });
  docCopy('options-settings.png');
  const blocked = await openBlocked(legit.url);
  assert.match(await blocked.evaluate(() => document.getElementById('reasons').textContent), /ご家族|family/);
  assert.match(await blocked.evaluate(() => document.getElementById('lead').textContent), /ご家族が、このサイトを開かない|Your family has set this site/);
  // Pause: the PIN dialog, then the scam page is let through.
  page = await openOptions();
  await page.click('#pause');
  assert.ok(await h.waitFor(() => page.evaluate(() => document.getElementById('pin-dialog').open), 5000));
  await page.type('#pin-dialog-input', PIN);
  await page.click('#pin-dialog-ok');
  assert.ok(await h.waitFor(() => page.evaluate(() => !document.getElementById('resume').hidden), 5000), 'paused');
  const other = cases.find((c) => c.expect === 'block' && c.url.startsWith('https://') && !c.url.startsWith(SCAM));
  await suite.closeOthers(browser);
  const p2 = await browser.newPage();
  p2.on('dialog', (d) => d.dismiss().catch(() => {}));
  await p2.goto(h.e2eURL(other.url), { waitUntil: 'domcontentloaded' }).catch(() => {});
  await sleep(2500);
  assert.equal(await h.blockedPage(browser, 10), null, 'blocked while paused');
  page = await openOptions();
  await page.click('#resume');
  assert.ok(await h.waitFor(() => page.evaluate(() => !document.getElementById('pause').hidden), 5000), 'resumed');
  await openBlocked(other.url);
});

test('the exported report opens on its own and prints', async () => {
  const dir = h.tmpdir('ag-report-');
  for (const lang of ['ja', 'en']) {
    const file = path.join(dir, `report-${lang}.html`);
    cli(['log', 'export', '--lang', lang, '--html', file, '--csv', path.join(dir, `report-${lang}.csv`)]);
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await page.goto('file://' + file);
    assert.deepEqual(requests, [], 'the report loads nothing from outside');
    assert.ok(await page.evaluate(() => document.querySelectorAll('article').length >= 3));
    await axe(page, `report (${lang})`);
    if (lang === 'ja') {
      await page.screenshot({ path: path.join(OUT, 'report-ja.png'), fullPage: false });
      docCopy('report-ja.png');
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000, 'prints to PDF');
    }
    await page.close();
  }
});

test('accessibility: axe-core finds nothing on the pages the parent and guardian see, in ja and en, and 200 % zoom reflows', async () => {
  const pages = [
    ['blocked.html', () => openBlocked(cases.find((c) => c.expect === 'block' && c.url.startsWith('https://') && !c.url.startsWith(SCAM)).url)],
    ['log.html', openOptions],
    ['install.html', async () => { const p = await browser.newPage(); await p.goto(`chrome-extension://${h.EXT_ID}/pages/install.html`); await ready(p); return p; }],
    ['popup.html', async () => { const p = await browser.newPage(); await p.goto(`chrome-extension://${h.EXT_ID}/pages/popup.html`); await sleep(800); return p; }],
  ];
  for (const [name, open] of pages) {
    const page = await open();
    for (const lang of ['ja', 'en']) {
      const cur = await page.evaluate(() => document.documentElement.lang);
      if (cur !== lang && await page.$('#lang')) {
        await page.click('#lang');
        await h.waitFor(() => page.evaluate((l) => document.documentElement.lang === l, lang), 3000);
      }
      await axe(page, `${name} (${lang})`);
    }
    if (name !== 'popup.html') await zoom200(page, name);
    if (name === 'blocked.html') {
      await page.screenshot({ path: path.join(OUT, 'blocked-zoom200.png'), fullPage: false });
      docCopy('blocked-zoom200.png');
    }
    // Keyboard: from the top, Tab reaches a control, and it shows where focus is.
    await page.bringToFront();
    await page.evaluate(() => { if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0); });
    for (let i = 0; i < 3 && await page.evaluate(() => !document.activeElement || document.activeElement === document.body); i++) await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => { const el = document.activeElement; return el && el !== document.body ? getComputedStyle(el).outlineStyle : 'none'; });
    assert.notEqual(focus, 'none', `${name}: keyboard focus not visible`);
    await page.close();
  }
});
