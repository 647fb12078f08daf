'use strict';
/* Issue 15 in real headless Chromium: holds on clipboard writes, locks,
 * full screen, permission prompts and downloads (guard-suite.js). */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const g = require('./guard-suite.js');

const OUT = path.join(h.REPO, 'e2e-out');
const { extra, reports } = g.pages();
let srv, browser, worker;
const downloadDir = h.tmpdir('ag-downloads-');

test.before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus([], extra);
  const profile = h.tmpdir('ag-guard-profile-');
  h.installHost(bin, profile, h.tmpdir('ag-data-'));
  // The download folder through the profile's preferences, as a person's
  // browser has it: DevTools' own download handling would bypass
  // chrome.downloads.onDeterminingFilename.
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({
    download: { default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true }, safebrowsing: { enabled: false } }));
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port });
  const sw = await h.waitForExtension(browser);
  assert.ok(sw, 'extension service worker started');
  worker = await sw.worker();
  const ctx = browser.defaultBrowserContext();
  for (const host of Object.values(g.HOSTS)) {
    await ctx.overridePermissions(`https://${host}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write', 'notifications']);
  }
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

g.register(test, () => ({ browser, findBlocked: (ms) => h.blockedPage(browser, ms), downloadDir, keyboardLock: true, pointerLock: true, out: OUT,
  openOptions: async () => {
    const p = await browser.newPage();
    await p.goto(`chrome-extension://${h.EXT_ID}/pages/log.html`, { waitUntil: 'domcontentloaded' });
    return p;
  },
  canRevoke: true,
  // The test profile grants notifications with a DevTools override, which
  // sits above every content setting: what taking back changed is read
  // from chrome.contentSettings itself.
  notificationSetting: (url) => worker.evaluate((u) => chrome.contentSettings.notifications.get({ primaryUrl: u }).then((r) => r.setting), url) }),
  'Chromium', reports);
