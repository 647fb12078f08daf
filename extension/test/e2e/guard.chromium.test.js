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
let srv, browser;
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
    download: { default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true }, safebrowsing: { enabled: false },
    // Notifications granted the way a person grants them (a content
    // setting), so the options page can take them back; a DevTools
    // permission override would sit above both.
    profile: { content_settings: { exceptions: { notifications: Object.fromEntries(['allow', 'news'].map((k) =>
      [`https://${g.HOSTS[k]}:443,*`, { setting: 1, last_modified: '13370000000000000' }])) } } } }));
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
  const ctx = browser.defaultBrowserContext();
  for (const host of Object.values(g.HOSTS)) {
    await ctx.overridePermissions(`https://${host}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  }
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

g.register(test, () => ({ browser, findBlocked: (ms) => h.blockedPage(browser, ms), downloadDir, keyboardLock: true, pointerLock: false, out: OUT,
  optionsURL: async () => `chrome-extension://${h.EXT_ID}/pages/log.html`, canRevoke: true }),
  'Chromium', reports);
