'use strict';
/* make store-screenshots: the store listings' pictures, taken from the real
 * extension and host in headless Chromium (the e2e harness), at exactly
 * 1280x800 (the Chrome Web Store's size; addons.mozilla.org takes it too),
 * in Japanese and English: packaging/store/screenshots/{ja,en}/. */
const fs = require('node:fs');
const path = require('node:path');
const h = require('../../extension/test/e2e/harness.js');

const SIZE = { width: 1280, height: 800 };
// Pages in the listing's language: the block page speaks the scam page's
// language when it is Japanese, so the English pictures use English scams.
const SHOTS = {
  ja: [
    ['01-support-scam', 'scam/ja-ms-support-yosshy/index.html'],
    ['02-clickfix', 'scam/clickfix-fake-cloudflare-rs/index.html'],
    ['03-one-click-billing', 'scam/ja-oneclick-billing/index.html'],
    ['04-camera-lure-warned', 'scam/perm-camphish-online-meeting/index.html'],
  ],
  en: [
    ['01-support-scam', 'scam/en-defender-bsod-modal-php/index.html'],
    ['02-clickfix', 'scam/clickfix-fake-cloudflare-rs/index.html'],
    ['03-fake-virus-scan', 'scam/mcafee-fakescan-datshimi/index.html'],
    ['04-camera-lure-warned', 'scam/perm-camphish-online-meeting/index.html'],
  ],
};
const ACCEPT = { ja: 'ja,en-US,en', en: 'en-US,en' };

async function shoot(lang, cases, srv, bin) {
  const out = path.join(__dirname, 'screenshots', lang);
  fs.mkdirSync(out, { recursive: true });
  const profile = h.tmpdir(`alertguard-store-${lang}-`);
  const dataDir = h.tmpdir(`alertguard-store-data-${lang}-`);
  h.installHost(bin, profile, dataDir);
  const browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, lang, acceptLanguages: ACCEPT[lang], secureOrigins: h.origins(cases) });
  try {
    await h.waitForExtension(browser);
    for (const [name, file] of SHOTS[lang]) {
      const c = cases.find((x) => x.file === file);
      if (!c) throw new Error(`${file} is not in the corpus`);
      const page = await browser.newPage();
      await page.setViewport(SIZE);
      page.on('dialog', (d) => d.dismiss().catch(() => {}));
      page.goto(c.url, { waitUntil: 'domcontentloaded' }).catch(() => {});
      const shot = path.join(out, `${name}.png`);
      if (c.expect === 'block') {
        const blocked = await h.blockedPage(browser, 15000);
        if (!blocked) throw new Error(`${file} was not blocked`);
        await blocked.setViewport(SIZE);
        await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 5000);
        await blocked.screenshot({ path: shot });
        await blocked.close();
      } else {
        await h.waitFor(() => page.evaluate(() => !!document.querySelector('alertguard-banner')).catch(() => false), 10000);
        await page.screenshot({ path: shot });
      }
      await page.close().catch(() => {});
      console.log(shot);
    }
    // The guardian's record (the extension's log page), after those pages.
    const log = await browser.newPage();
    await log.setViewport(SIZE);
    await log.goto(`chrome-extension://${h.EXT_ID}/pages/log.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500)); // the record's pictures load
    const shot = path.join(out, '05-guardian-record.png');
    await log.screenshot({ path: shot });
    console.log(shot);
  } finally {
    await browser.close();
  }
}

(async () => {
  const bin = path.join(h.REPO, 'bin', 'alertguard');
  const cases = h.readCases();
  const srv = await h.serveCorpus(cases);
  try {
    for (const lang of ['ja', 'en']) await shoot(lang, cases, srv, bin);
  } finally {
    await srv.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
