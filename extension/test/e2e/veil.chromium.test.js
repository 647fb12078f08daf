'use strict';
/* Issue 24 in real headless Chromium: the veil (veil-suite.js). */
const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.js');
const v = require('./veil-suite.js');

let srv, browser;

test.before(async () => {
  const bin = h.buildHost(h.tmpdir('ag-bin-'));
  srv = await h.serveCorpus([], v.pages());
  const profile = h.tmpdir('ag-veil-profile-');
  h.installHost(bin, profile, h.tmpdir('ag-data-'));
  browser = await h.launch({ userDataDir: profile, proxyPort: srv.port });
  assert.ok(await h.waitForExtension(browser), 'extension service worker started');
});

test.after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
});

const ctx = () => ({ browser, chromium: true, findBlocked: (ms) => h.blockedPage(browser, ms),
  closeOthers: async () => { for (const p of (await browser.pages()).slice(1)) await p.close().catch(() => {}); } });
v.register(test, ctx, 'Chromium');
v.registerCover(test, ctx, 'Chromium');
