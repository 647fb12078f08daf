'use strict';
/* The end-to-end checks shared by the Chromium and Firefox runs. */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');

// Kits whose script replaces the number in the served HTML at load time:
// the live page shows no number, so the blocked page cannot either.
const NUMBER_REPLACED_AT_LOAD = {
  'scam/fr-browlock-chrome/index.html': 'fills .phone_number from ?p_num= (absent) at load',
};

function logEntries(bin, dataDir) {
  const out = execFileSync(bin, ['log', 'list', '--json'], { env: { ALERTGUARD_DATA_DIR: dataDir } }).toString();
  return out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function scan(bin, c) {
  return JSON.parse(execFileSync(bin, ['scan', '--json', '--url', c.url, path.join(h.CORPUS, c.file)]).toString());
}

async function closeOthers(browser) {
  const pages = await browser.pages();
  for (const p of pages.slice(1)) await p.close().catch(() => {});
}

function writeTimings(file, timings) {
  if (!timings.length) return;
  const ms = timings.map((t) => t.ms).sort((a, b) => a - b);
  const summary = { pages: ms.length, medianMs: ms[Math.floor(ms.length / 2)], maxMs: ms[ms.length - 1], timings };
  fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  console.log(`DOMContentLoaded → blocked.html: median ${summary.medianMs} ms, max ${summary.maxMs} ms over ${ms.length} pages (${path.basename(file)})`);
}

/** blockAndAllow registers the corpus checks. ctx() gives { browser, bin,
 * dataDir, timings, findBlocked(ms) → page showing blocked.html }. */
function blockAndAllow(test, ctx) {
  const cases = h.readCases();
  test('every block page ends on blocked.html with its numbers, logged', async (t) => {
    const c_ = ctx();
    for (const c of cases.filter((c) => c.expect === 'block')) {
      await t.test(c.file, async () => {
        await closeOthers(c_.browser);
        const page = await c_.browser.newPage();
        page.on('dialog', (d) => d.dismiss().catch(() => {}));
        let dcl = 0;
        page.once('domcontentloaded', () => { dcl = Date.now(); });
        const started = Date.now();
        page.goto(h.e2eURL(c.url), { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {});
        const blocked = await c_.findBlocked(20000);
        assert.ok(blocked, `${c.file} was not blocked`);
        c_.timings.push({ file: c.file, ms: Date.now() - (dcl || started) });
        await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 5000);
        const shown = await blocked.evaluate(() => ({
          numbers: Array.from(document.querySelectorAll('#numbers li > span:first-child'), (e) => e.textContent),
          url: document.getElementById('url').textContent,
          fullscreen: !!document.fullscreenElement,
          media: Array.from(document.querySelectorAll('audio, video')).some((m) => !m.paused),
        }));
        assert.equal(shown.fullscreen, false);
        assert.equal(shown.media, false);
        assert.ok(shown.url.startsWith(c.url.split(/[?#]/)[0]), `blocked page names ${shown.url}, not ${c.url}`);
        const expected = NUMBER_REPLACED_AT_LOAD[c.file] ? [] : scan(c_.bin, c).phones.map((p) => p.display.replace(/\D/g, ''));
        for (const want of expected) {
          assert.ok(shown.numbers.some((n) => n.replace(/\D/g, '') === want), `${c.file}: number ${want} not shown (shown: ${shown.numbers})`);
        }
        const entry = logEntries(c_.bin, c_.dataDir).find((e) => e.verdict === 'block' && e.url.startsWith(c.url.split(/[?#]/)[0]));
        assert.ok(entry, `${c.file}: no log entry`);
        assert.deepEqual(shown.numbers.map((n) => n.replace(/\D/g, '')).sort(), entry.phones.map((p) => p.display.replace(/\D/g, '')).sort(), 'blocked page and log agree');
      });
    }
  });

  test('every allow page stays untouched, with no banner', async (t) => {
    const c_ = ctx();
    for (const c of cases.filter((c) => c.expect === 'allow')) {
      await t.test(c.file, async () => {
        await closeOthers(c_.browser);
        const page = await c_.browser.newPage();
        page.on('dialog', (d) => d.dismiss().catch(() => {}));
        const url = h.e2eURL(c.url);
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {});
        await new Promise((r) => setTimeout(r, 2500));
        assert.equal(await c_.findBlocked(10), null, `${c.file} was blocked`);
        assert.ok(!page.isClosed(), `${c.file}: tab closed`);
        assert.equal(await page.evaluate(() => !!document.querySelector('alertguard-banner')), false, `${c.file}: banner shown`);
      });
    }
  });
}

module.exports = { blockAndAllow, closeOthers, writeTimings, logEntries };
