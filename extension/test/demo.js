'use strict';
/* make demo: the real extension and host in Chromium, a few corpus pages
 * served on 127.0.0.1, screenshots in demo-out/. Headless unless a display
 * is available. */
const fs = require('node:fs');
const path = require('node:path');
const h = require('./e2e/harness.js');

const PAGES = [
  ['scam/ja-ms-support-yosshy/index.html', 'Japanese Microsoft support scam (full screen, keyboard lock, alarm)'],
  ['scam/clickfix-fake-cloudflare-rs/index.html', 'fake Cloudflare check that puts a PowerShell command on the clipboard'],
  ['scam/ja-oneclick-billing/index.html', 'Japanese one-click billing'],
  ['scam/perm-camphish-online-meeting/index.html', 'camera lure (warned)'],
  ['benign/ja-nttwest-denwa-contact/index.html', 'NTT West contact page with real 0120 numbers (left alone)'],
];

(async () => {
  const out = path.join(h.REPO, 'demo-out');
  fs.mkdirSync(out, { recursive: true });
  const bin = path.join(h.REPO, 'bin', 'alertguard');
  const cases = h.readCases();
  const srv = await h.serveCorpus(cases);
  const profile = h.tmpdir('alertguard-demo-profile-');
  const dataDir = path.join(out, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  h.installHost(bin, profile, dataDir);
  const headless = !process.env.DISPLAY;
  const browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, headless, secureOrigins: h.origins(cases) });
  await h.waitForExtension(browser);
  console.log(`AlertGuard demo in ${headless ? 'headless ' : ''}Chromium; pages served on 127.0.0.1:${srv.port}\n`);
  let n = 0;
  for (const [file, what] of PAGES) {
    const c = cases.find((x) => x.file === file);
    const page = await browser.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    page.goto(c.url, { waitUntil: 'domcontentloaded' }).catch(() => {});
    const blocked = await h.blockedPage(browser, c.expect === 'block' ? 15000 : 3000);
    const shot = path.join(out, `${String(++n).padStart(2, '0')}-${path.basename(path.dirname(file))}.png`);
    let result;
    if (blocked) {
      await h.waitFor(() => blocked.evaluate(() => document.body.dataset.ready === '1'), 5000);
      const numbers = await blocked.evaluate(() => Array.from(document.querySelectorAll('#numbers li > span:first-child'), (e) => e.textContent));
      await blocked.screenshot({ path: shot, fullPage: true });
      result = `BLOCKED → blocked.html${numbers.length ? ' — do not call ' + numbers.join(', ') : ''}`;
      if (headless) await blocked.close();
    } else {
      await new Promise((r) => setTimeout(r, 1500));
      const banner = await page.evaluate(() => !!document.querySelector('alertguard-banner')).catch(() => false);
      await page.screenshot({ path: shot }).catch(() => {});
      result = banner ? 'WARNED (banner shown)' : 'left alone';
      if (headless) await page.close();
    }
    console.log(`${result}\n  ${what}\n  ${c.url}\n  screenshot: ${shot}\n`);
  }
  // The guardian's view: the record as a printable report and a spreadsheet.
  const env = Object.assign({}, process.env, { ALERTGUARD_DATA_DIR: dataDir });
  require('node:child_process').execFileSync(bin, ['log', 'export', '--html', path.join(out, 'report.html'), '--csv', path.join(out, 'report.csv')], { env, stdio: 'ignore' });
  console.log(`Report for the family: ${path.join(out, 'report.html')} (and report.csv)`);
  console.log(`Log of this demo: ALERTGUARD_DATA_DIR=${dataDir} bin/alertguard log list`);
  if (headless) { await browser.close(); await srv.close(); }
  else console.log('Close the browser window to end the demo.');
})().catch((e) => { console.error(e); process.exit(1); });
