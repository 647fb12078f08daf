'use strict';
/* Issue 21 in real headless Chromium: ten ways past the holds and the
 * legitimate pages that must keep working (attack-suite.js). */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const g = require('./attack-suite.js');

const { extra, reports, stalled } = g.pages();
let srv, browser, worker;
const downloadDir = h.tmpdir('ag-downloads-');

test.before(async () => {
  const bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus([], extra);
  const profile = h.tmpdir('ag-attack-profile-');
  h.installHost(bin, profile, h.tmpdir('ag-data-'));
  // The download folder through the profile's preferences, so
  // chrome.downloads.onDeterminingFilename runs (guard.chromium.test.js).
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({
    download: { default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true }, safebrowsing: { enabled: false } }));
  // Plain HTTP stays plain HTTP (no automatic upgrade): the replay test
  // needs a page without navigator.clipboard.
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, extraArgs: ['--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable'] });
  const sw = await h.waitForExtension(browser);
  assert.ok(sw, 'extension service worker started');
  worker = await sw.worker();
  const ctx = browser.defaultBrowserContext();
  for (const [k, host] of Object.entries(g.HOSTS)) {
    if (k === 'notes') continue; // plain HTTP: no clipboard API to grant
    await ctx.overridePermissions(`https://${host}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write', 'notifications']);
  }
});

test.after(async () => {
  for (const res of stalled) res.destroy();
  if (browser) await browser.close();
  if (srv) await srv.close();
});

// What the service worker sent the host lately (background.js pageSnaps),
// without the bulky text.
const snapshots = () => worker.evaluate(() => Array.from(pageSnaps.m.values(), (c) => ({
  url: c.snapshot.url, reason: c.snapshot.reason, events: c.snapshot.events,
  scripts: (c.snapshot.scripts || []).map((s) => Object.assign({}, s, { source: s.source.length > 200 ? s.source.slice(0, 200) : s.source })),
})));
const screenshots = (url) => worker.evaluate((u) => { for (const t of tabs.values()) if (t.url === u) return t.lastScreenshot || null; return null; }, url);

// The verdicts the service worker holds, for failure messages.
const verdicts = () => worker.evaluate(() => Array.from(verdicts.m.entries(), ([k, c]) => [k.split('|')[1], c.verdict.verdict, c.verdict.score,
  (c.verdict.reasons || []).map((r) => r.id || r.signature || r.title).slice(0, 6)]));

// The verdict the service worker holds for a page, with the host's problems.
const verdictOf = (url) => worker.evaluate((u) => {
  for (const [k, c] of verdicts.m) if (k.endsWith('|' + u)) return { verdict: c.verdict.verdict, problems: c.verdict.problems || [] };
  return null;
}, url);

// AG_E2E_DUMP=<folder>: what the service worker kept (whole stored
// snapshots, verdicts, tabs) is written there at the points a test names,
// to read the real stored snapshot of a failing run (docs/performance.md).
const dump = process.env.AG_E2E_DUMP ? async (name) => {
  const d = await worker.evaluate(() => ({ snaps: Array.from(pageSnaps.m.entries()), verdicts: Array.from(verdicts.m.entries()),
    tabs: Array.from(tabs.entries(), ([id, t]) => ({ id, url: t.url, verdict: t.verdict, stages: t.stages || null })) }));
  fs.mkdirSync(process.env.AG_E2E_DUMP, { recursive: true });
  fs.writeFileSync(path.join(process.env.AG_E2E_DUMP, `${name}-${Date.now()}.json`), JSON.stringify(d, null, 1));
  return '';
} : null;

g.register(test, () => ({ browser, findBlocked: (ms) => h.blockedPage(browser, ms), downloadDir, keyboardLock: true, snapshots, screenshots, verdicts, verdictOf, dump }),
  'Chromium', reports);
