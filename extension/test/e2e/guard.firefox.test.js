'use strict';
/* Issue 15 in firefox-esr (WebDriver BiDi), with the Firefox build of the
 * extension: the same holds as in Chromium (guard-suite.js). Firefox has no
 * navigator.keyboard.lock, and the profile grants notifications and the
 * clipboard through preferences. */
const test = require('node:test');
const fs = require('node:fs');
const path = require('node:path');
const puppeteer = require('puppeteer-core');
const h = require('./harness.js');
const g = require('./guard-suite.js');
const { build } = require('../../build.js');

const OUT = path.join(h.REPO, 'e2e-out');
const { extra, reports } = g.pages();
let srv, browser;
const downloadDir = h.tmpdir('ag-downloads-');

test.before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const dist = build();
  const bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus([], extra);
  const home = h.tmpdir('ag-ffhome-');
  h.installFirefoxHost(bin, home, h.tmpdir('ag-data-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    env: Object.assign({}, process.env, { HOME: home }),
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': srv.port,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': srv.port, 'network.proxy.allow_hijacking_localhost': true,
      'dom.disable_open_during_load': false,
      // The test reads the clipboard without the paste pop-up, and the
      // profile grants notifications, so a refusal is AlertGuard's.
      'dom.events.testing.asyncClipboard': true, 'dom.events.asyncClipboard.clipboardItem': true,
      'permissions.default.desktop-notification': 1,
      'browser.download.dir': downloadDir, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false,
      'browser.safebrowsing.downloads.enabled': false, 'browser.download.alwaysOpenPanel': false, 'pdfjs.disabled': true,
      'browser.helperApps.neverAsk.saveToDisk': 'application/octet-stream,application/pdf,application/x-msdownload',
    },
  });
  await browser.installExtension(path.join(dist, 'firefox'));
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

const findBlocked = (ms) => h.firefoxBlockedPage(browser, ms);
// WebDriver BiDi may not open a moz-extension:// address (random per
// install): a blocked page, already one of ours, goes to the options page.
async function openOptions() {
  const p = await browser.newPage();
  p.goto(g.origin('allow') + '/').catch(() => {});
  const blocked = await findBlocked(10000);
  await blocked.evaluate(() => { location.href = '/pages/log.html'; });
  await h.waitFor(() => blocked.evaluate(() => location.pathname === '/pages/log.html' && document.readyState !== 'loading'), 8000);
  return blocked;
}

g.register(test, () => ({ browser, findBlocked, downloadDir, keyboardLock: false, pointerLock: true, out: OUT, openOptions, canRevoke: false, downloadSeenLate: true }),
  'Firefox', reports);
