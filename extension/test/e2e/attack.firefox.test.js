'use strict';
/* Issue 21 in firefox-esr (WebDriver BiDi), with the Firefox build of the
 * extension (attack-suite.js). Firefox has no navigator.keyboard.lock, and
 * the background page cannot be read from the test, so the checks of what
 * was sent to the host (missing scripts, pictures, the displayMedia event)
 * run in Chromium only; everything the page and the person see is checked
 * here too. */
const test = require('node:test');
const path = require('node:path');
const puppeteer = require('puppeteer-core');
const h = require('./harness.js');
const g = require('./attack-suite.js');
const { build } = require('../../build.js');

const { extra, reports, stalled } = g.pages();
let srv, browser, bin, dataDir;
const downloadDir = h.tmpdir('ag-downloads-');

test.before(async () => {
  const dist = build();
  bin = h.buildHost(h.tmpdir('ag-bin-'));
  dataDir = h.tmpdir('ag-data-');
  srv = await h.serveCorpus([], extra);
  const home = h.tmpdir('ag-ffhome-');
  h.installFirefoxHost(bin, home, dataDir);
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
      'dom.disable_open_during_load': false, 'dom.security.https_first': false, 'dom.security.https_first_schemeless': false,
      'dom.events.testing.asyncClipboard': true, 'dom.events.asyncClipboard.clipboardItem': true,
      'browser.download.dir': downloadDir, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false, 'browser.download.start_downloads_in_tmp_dir': false,
      'browser.safebrowsing.downloads.enabled': false, 'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/octet-stream,application/x-msdownload,application/x-msi',
      'full-screen-api.allow-trusted-requests-only': true, 'full-screen-api.warning.timeout': 0,
    },
  });
  await browser.installExtension(path.join(dist, 'firefox'));
});

test.after(async () => {
  for (const res of stalled) res.destroy();
  if (browser) await browser.close();
  if (srv) await srv.close();
});

g.register(test, () => ({ browser, findBlocked: (ms) => h.firefoxBlockedPage(browser, ms), downloadDir, keyboardLock: false, bin, dataDir,
  snapshots: async () => null, screenshots: null }), 'Firefox', reports);
