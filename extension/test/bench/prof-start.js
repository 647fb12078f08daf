'use strict';
/* Where the time before DOMContentLoaded goes (issue 24): opens the bench
 * pages in headless Chromium with and without the extension, N times,
 * records DOMContentLoaded (DevTools lifecycle, ms after the document's
 * request) and, with the extension, the V8 CPU profile of the page's
 * renderer up to DOMContentLoaded, summed by script (self time). Not a
 * test. PROF_REPS (default 3), PROF_PAGES (comma-separated), BENCH_EXT. */
const path = require('node:path');
const h = require('../e2e/harness.js');
const EXT = path.resolve(process.env.BENCH_EXT || h.EXT_DIR);
const REPS = Number(process.env.PROF_REPS || 3);
const PAGES = process.env.PROF_PAGES ? process.env.PROF_PAGES.split(',') : [
  'scam/ja-ms-support-yosshy/index.html', 'scam/ja-adult-ms-support-cloaked/index.html', 'scam/en-ms-locked-historyflood/index.html',
  'scam/clickfix-clickgrab-fake-meet/index.html', 'scam/mcafee-fakescan-httrack/index.html', 'scam/fr-browlock-chrome/index.html',
];

async function one(browser, url, profile) {
  for (const p of (await browser.pages()).slice(1)) await p.close().catch(() => {});
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  const cdp = await page.createCDPSession();
  let nav = null;
  let dcl = 0;
  const done = new Promise((resolve) => {
    cdp.on('Network.requestWillBeSent', (e) => { if (!nav && e.type === 'Document') nav = { mono: e.timestamp * 1000, frame: e.frameId }; });
    cdp.on('Page.lifecycleEvent', (e) => { if (nav && !dcl && e.frameId === nav.frame && e.name === 'DOMContentLoaded') { dcl = e.timestamp * 1000 - nav.mono; resolve(); } });
  });
  await cdp.send('Network.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  if (profile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
  page.goto(url, { timeout: 15000 }).catch(() => {});
  await h.waitFor(async () => dcl || null, 15000, 10);
  await done;
  const by = {};
  if (profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const ids = new Map(p.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) || 0) + (p.timeDeltas[i] || 0) / 1000);
    for (const [id, ms] of dt) {
      const n = ids.get(id);
      const u = n.callFrame.url || '(' + n.callFrame.functionName + ')';
      const key = u.includes('-extension://') ? 'ext:' + u.split('/').slice(3).join('/') + (process.env.PROF_FN ? ' ' + n.callFrame.functionName + ':' + n.callFrame.lineNumber : '') : /^https?:/.test(u) ? 'page' : u;
      by[key] = (by[key] || 0) + ms;
    }
  }
  await page.close().catch(() => {});
  return { dcl, by };
}

async function main() {
  const all = h.readCases();
  const srv = await h.serveCorpus(all);
  const cases = PAGES.map((f) => all.find((c) => c.file === f));
  const out = {};
  for (const [label, exts] of [['none', []], ['alertguard', [EXT]]]) {
    const browser = await h.launch({ userDataDir: h.tmpdir('ag-prof-'), proxyPort: srv.port, secureOrigins: h.origins(all), extensions: exts });
    if (exts.length) await new Promise((r) => setTimeout(r, 1500));
    const dcls = [];
    const by = {};
    await one(browser, cases[0].url, false); // warm-up
    for (let i = 0; i < REPS; i++) for (const c of cases) {
      const r = await one(browser, c.url, label !== 'none');
      dcls.push(r.dcl);
      for (const [k, v] of Object.entries(r.by)) by[k] = (by[k] || 0) + v;
    }
    await browser.close();
    dcls.sort((a, b) => a - b);
    out[label] = { median: Math.round(dcls[dcls.length >> 1]), dcls: dcls.map(Math.round) };
    console.log(label, 'DCL median', out[label].median, 'all', out[label].dcls.join(' '));
    const n = REPS * cases.length;
    for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / n).toFixed(2).padStart(8)} ms/page  ${k}`);
  }
  console.log('load', require('node:fs').readFileSync('/proc/loadavg', 'utf8').trim());
  await srv.close();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
