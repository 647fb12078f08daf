'use strict';
/* Issue 20 in real headless Chromium: legitimate pages that use a program
 * download, the camera, autoplaying sound, the arrow keys, full screen or a
 * full-window layer keep working after the person's click; their scam
 * twins end on blocked.html (mechanics-pages.js). */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const puppeteer = require('puppeteer-core');
const h = require('./harness.js');
const m = require('./mechanics-pages.js');

const { extra, reports } = m.pages();
let srv, browser, bin, dataDir;
const downloadDir = h.tmpdir('ag-mech-downloads-');

test.before(async () => {
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  dataDir = h.tmpdir('ag-mech-data-');
  srv = await h.serveCorpus([], extra);
  const profile = h.tmpdir('ag-mech-profile-');
  h.installHost(bin, profile, dataDir);
  // The download folder through the profile's preferences, as a person's
  // browser has it (DevTools' own download handling would bypass
  // chrome.downloads.onDeterminingFilename, the extension's check).
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({
    download: { default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true }, safebrowsing: { enabled: false } }));
  // As h.launch, plus a fake camera and microphone for the meeting page
  // (a headless machine has none).
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    pipe: true,
    userDataDir: profile,
    enableExtensions: [h.EXT_DIR],
    defaultViewport: { width: 1280, height: 900 },
    env: Object.assign({}, process.env, { LANGUAGE: 'ja', LANG: 'ja_JP.UTF-8' }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', '--lang=ja',
      `--proxy-server=http://127.0.0.1:${srv.port}`, '--proxy-bypass-list=<-loopback>', '--window-size=1280,900',
      '--ignore-certificate-errors', '--use-fake-device-for-media-stream'],
  });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
  const ctx = browser.defaultBrowserContext();
  for (const host of Object.values(m.HOSTS)) {
    await ctx.overridePermissions(`https://${host}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write', 'camera', 'microphone']);
  }
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

// The host's judgement is the product's: where it warns on a legitimate
// page the case is marked todo with what the host said (run on 2026-12-07;
// `alertguard scan --json --url URL page.html` gives the same reasons), so
// the run reports it without failing. Remove a mark once the host allows
// the page.
const TODO = {
};

m.register(test, () => ({ browser, findBlocked: (ms) => h.blockedPage(browser, ms), downloadDir, bin, dataDir, webAudio: true }), 'Chromium', reports, { todo: TODO });
