'use strict';
/* Issue 21, no host (not installed): the holds fail closed for what is
 * dangerous and open for what is harmless, without waiting. A
 * caret-escaped command is never written, an archive never lands, a
 * document does, and the person's own copy of ordinary text still works. */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const g = require('./attack-suite.js');
const A = require('./attack-pages.js');
const { closeOthers } = require('./suite.js');

const { extra, reports, stalled } = g.pages();
let srv, browser;
const downloadDir = h.tmpdir('ag-downloads-');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seen = (k) => reports.get(g.HOSTS[k]);
const waitReport = (k, key, ms = 8000) => h.waitFor(async () => seen(k).includes(key), ms, 50);

test.before(async () => {
  srv = await h.serveCorpus([], extra);
  const profile = h.tmpdir('ag-nohost-profile-');
  // No host manifest: the host is missing.
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({
    download: { default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true }, safebrowsing: { enabled: false } }));
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
  const ctx = browser.defaultBrowserContext();
  for (const host of Object.values(g.HOSTS)) {
    await ctx.overridePermissions(`https://${host}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  }
});

test.after(async () => {
  for (const res of stalled) res.destroy();
  if (browser) await browser.close();
  if (srv) await srv.close();
});

async function open(url) {
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {});
  return page;
}

test('no host: a caret-escaped command is refused at once (fail closed); ordinary text is still copied (fail open)', async () => {
  await closeOthers(browser);
  const page = await open(g.origin('captcha') + '/stall');
  assert.ok(await waitReport('captcha', 'ready'));
  await sleep(1500);
  await page.bringToFront();
  const before = `AlertGuard nohost ${Date.now()}`;
  await page.evaluate((t) => navigator.clipboard.writeText(t), before);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), before, 'ordinary text written without a host');
  seen('captcha').length = 0;
  await page.click('#robot');
  assert.ok(await waitReport('captcha', 'refused'), `the command was refused: ${seen('captcha')}`);
  assert.equal(seen('captcha').includes('resolved'), false);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), before, 'clipboard unchanged');
  assert.match(A.CARET_CMD, /\^/, 'the command is caret-escaped');
});

test('no host: an archive from an unjudged page is cancelled (fail closed); a document lands (fail open)', async () => {
  await closeOthers(browser);
  const page = await open(g.origin('files') + '/');
  assert.ok(await waitReport('files', 'ready'));
  await page.bringToFront();
  await page.click('#zip');
  await page.click('#pdf');
  assert.ok(await h.waitFor(async () => fs.readdirSync(downloadDir).includes('report-2026.pdf'), 10000, 100), `the document landed: ${fs.readdirSync(downloadDir)}`);
  await sleep(2000);
  assert.deepEqual(fs.readdirSync(downloadDir).filter((f) => /\.zip/.test(f)), [], 'the archive did not land');
});
