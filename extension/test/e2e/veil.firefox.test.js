'use strict';
/* Issue 24 in firefox-esr (WebDriver BiDi): the veil (veil-suite.js). */
const test = require('node:test');
const path = require('node:path');
const h = require('./harness.js');
const v = require('./veil-suite.js');
const { build } = require('../../build.js');

let srv, browser;

test.before(async () => {
  const dist = build();
  const bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus([], v.pages());
  const home = h.tmpdir('ag-ffhome-');
  h.installFirefoxHost(bin, home, h.tmpdir('ag-data-'));
  browser = await h.launchFirefox({ home, proxyPort: srv.port, extDir: path.join(dist, 'firefox') });
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

const ctx = () => ({ browser, chromium: false, findBlocked: (ms) => h.firefoxBlockedPage(browser, ms),
  closeOthers: async () => { for (const p of (await browser.pages()).slice(1)) await p.close().catch(() => {}); } });
v.register(test, ctx, 'Firefox');
v.registerCover(test, ctx, 'Firefox');
