'use strict';
/* make bench-browser: time to the block page (issue 24), measured in real
 * headless Chromium and firefox-esr with the real extension and host, on
 * loopback. Not a test: it asserts nothing and is not part of `make test`;
 * its figures go to docs/performance.md ("Time to the block page").
 *
 * Per page and run it records, in ms after the navigation started:
 * DOMContentLoaded, the first snapshot sent, the snapshot that was blocked
 * sent, its verdict received by the service worker, and the block page
 * shown (its first contentful paint, and not before its words are in);
 * since issue 24 also the moment the top frame covered the blocked page
 * (covered), before the tab moves, and when that cover was first painted
 * with the block page's own words (words: the animation frame after it,
 * as the page's content script sees it). "hidden" is the first of covered
 * and shown; "blocked.html shown" is reported apart.
 * The extension's own stage times come from the blocked page's record in
 * storage.session (background.js noteSent/noteVerdict); nothing is
 * exposed to pages. In Chromium the navigation start and DOMContentLoaded
 * are taken from the DevTools protocol for both products, so the peer is
 * measured the same way.
 *
 * Modes: warm (the host already running: one page blocked first, not
 * counted) and cold (a fresh browser profile per page: the first page of
 * the browser session, the host started by it).
 *
 * NEHBORO_DIR=/path/to/nehboro: also the open-source peer Nehboro (an
 * unpacked MV3 extension, Chromium only) in its own browser profile, warm.
 * BENCH_REPS (default 3): warm runs per page. BENCH_BROWSERS (default
 * "chromium,firefox"), BENCH_MODES (default "warm,cold"). */
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { execFileSync } = require('node:child_process');
const h = require('../e2e/harness.js');
// BENCH_EXT: another copy of the extension (e.g. the code before a cut).
const EXT = path.resolve(process.env.BENCH_EXT || h.EXT_DIR);
const { build } = require(path.join(EXT, 'build.js'));

// The fixed set: real captured scam pages of the corpus that are blocked,
// Japanese and English.
// Japanese and English (and one French locker), with the seven that the
// peer Nehboro blocks too (found with BENCH_PAGES over every real capture).
const PAGES = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(',') : [
  'scam/ja-ms-support-yosshy/index.html',
  'scam/ja-browlock-win/index.html',
  'scam/ja-oneclick-billing/index.html',
  'scam/ja-adult-ms-support-cloaked/index.html',
  'scam/en-defender-bsod-modal-php/index.html',
  'scam/mcafee-fakescan-datshimi/index.html',
  'scam/clickfix-fake-cloudflare-rs/index.html',
  // blocked by both
  'scam/en-ms-warning-obfuscated-eval/index.html',
  'scam/en-ms-locked-historyflood/index.html',
  'scam/clickfix-clickgrab-fake-meet/index.html',
  'scam/clickfix-clickgrab-wt-lumma/index.html',
  'scam/mcafee-fakescan-httrack/index.html',
  'scam/fr-browlock-chrome/index.html',
];
const REPS = Number(process.env.BENCH_REPS || 3);
const BROWSERS = (process.env.BENCH_BROWSERS || 'chromium,firefox').split(',');
const MODES = (process.env.BENCH_MODES || 'warm,cold').split(',');
const PEER = process.env.NEHBORO_DIR || '';
const BLOCK_WAIT_MS = Number(process.env.BENCH_WAIT_MS || 10000);
const STAGES = ['dcl', 'firstSent', 'blockSent', 'verdict', 'shot', 'covered', 'words', 'move', 'shown'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function closeOthers(browser) {
  const pages = await browser.pages();
  for (const p of pages.slice(1)) await p.close().catch(() => {});
}

// findBlocked: a tab showing the product's block page.
function blockedMatcher(product) {
  if (product === 'nehboro') return (u) => /^chrome-extension:\/\/[a-p]{32}\/blocked\/blocked\.html/.test(u);
  return (u) => /^(chrome|moz)-extension:\/\/[^/]+\/pages\/blocked\.html/.test(u);
}
async function findBlocked(browser, product, ms) {
  const match = blockedMatcher(product);
  return h.waitFor(async () => {
    for (const p of await browser.pages()) {
      // Asked of the page itself: in Firefox the page URL does not follow,
      // and a tab that went away may still be listed with its old URL.
      const u = await p.evaluate(() => location.href).catch(() => '');
      if (match(u)) return p;
    }
    return null;
  }, ms, 25);
}

// blockTimes reads, in the block page, when it was shown (epoch ms) and
// the extension's stage times.
async function blockTimes(page, product) {
  return page.evaluate(async (product) => {
    const api = globalThis.browser || globalThis.chrome;
    const fcp = () => { const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : 0; };
    for (let i = 0; i < 150 && (!fcp() || (product === 'alertguard' && !document.body.dataset.shownAt)); i++) await new Promise((r) => setTimeout(r, 20));
    const origin = performance.timeOrigin;
    const out = { origin, fcp: fcp() ? origin + fcp() : 0 };
    if (product === 'alertguard') {
      const key = 'blocked:' + location.hash.slice(1);
      const e = (await api.storage.session.get(key))[key] || {};
      out.filled = Number(document.body.dataset.shownAt) || 0;
      out.stages = e.stages || {};
    }
    return out;
  }, product);
}

// sample opens one page in a fresh tab and returns its stage times (ms
// after navigation start), or { blocked: false }.
// A page that goes away under the driver (Firefox's BiDi: "no such
// frame" while the tab moves) counts as not blocked in that run, rather
// than ending the whole benchmark.
async function sample(browser, kind, product, c) {
  try {
    return await sampleOnce(browser, kind, product, c);
  } catch (e) {
    console.log(`  ${kind} ${product} ${c.file}: ${String(e.message || e).split('\n')[0]}`);
    return { page: c.file, blocked: false };
  }
}
async function sampleOnce(browser, kind, product, c) {
  await closeOthers(browser);
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  let nav = null;
  let dclMono = 0;
  if (kind === 'chromium') {
    const cdp = await page.createCDPSession();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!nav && e.type === 'Document') nav = { wall: e.wallTime * 1000, mono: e.timestamp * 1000, frame: e.frameId };
    });
    cdp.on('Page.lifecycleEvent', (e) => { if (nav && !dclMono && e.frameId === nav.frame && e.name === 'DOMContentLoaded') dclMono = e.timestamp * 1000; });
    await cdp.send('Network.enable');
    await cdp.send('Page.enable');
    await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  }
  page.goto(c.url, { timeout: BLOCK_WAIT_MS }).catch(() => {});
  const blocked = await findBlocked(browser, product, BLOCK_WAIT_MS);
  if (!blocked) return { page: c.file, blocked: false };
  const b = await blockTimes(blocked, product);
  const st = b.stages || {};
  // Zero: the navigation's start (DevTools in Chromium, the page's own
  // timeOrigin in Firefox, where there is no peer to compare with).
  const zero = nav ? nav.wall : st.origin;
  const rel = (t) => (t ? Math.round(t - zero) : null);
  const r = { page: c.file, blocked: true };
  r.dcl = nav ? (dclMono ? Math.round(dclMono - nav.mono) : null) : rel(st.dcl);
  r.firstSent = rel(st.firstSent);
  r.blockSent = rel(st.blockSent);
  r.verdict = rel(st.verdict);
  r.shot = rel(st.shot);
  r.covered = rel(st.covered);
  r.words = rel(st.words);
  r.move = rel(st.move);
  r.shown = rel(Math.max(b.fcp || 0, b.filled || 0));
  return r;
}

function quantile(xs, q) {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
}
function median(xs) {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : Math.round((v[m - 1] + v[m]) / 2);
}

function report(label, rows) {
  const ok = rows.filter((r) => r.blocked);
  const line = [label.padEnd(28), `n=${ok.length}/${rows.length}`.padEnd(8)];
  for (const s of STAGES) line.push(`${s} ${median(ok.map((r) => r[s]))}/${quantile(ok.map((r) => r[s]), 0.9)}`);
  const afterDCL = ok.map((r) => (r.shown != null && r.dcl != null ? r.shown - r.dcl : null));
  line.push(`shown−dcl ${median(afterDCL)}/${quantile(afterDCL, 0.9)}`);
  // words: the block page's words on screen (the cover painted with them).
  const words = ok.map((r) => (r.words != null && r.dcl != null ? r.words - r.dcl : null));
  line.push(`words−dcl ${median(words)}/${quantile(words, 0.9)}`);
  // hidden: the scam is off the screen (the cover, or the block page).
  const hidden = ok.map((r) => (r.dcl != null ? (r.covered || r.shown) - r.dcl : null));
  line.push(`hidden−dcl ${median(hidden)}/${quantile(hidden, 0.9)}`);
  console.log(line.join('  '));
}

function perPage(label, rows) {
  for (const f of PAGES) {
    const mine = rows.filter((r) => r.page === f && r.blocked);
    if (!mine.length) { console.log(`  ${label} ${f}: not blocked`); continue; }
    console.log(`  ${label} ${f.padEnd(46)} ${STAGES.map((s) => `${s} ${median(mine.map((r) => r[s]))}`).join('  ')}  words−dcl ${median(mine.map((r) => (r.words != null ? r.words - r.dcl : null)))}  shown−dcl ${median(mine.map((r) => r.shown - r.dcl))}`);
  }
}

// peer prints, for every page both products blocked in Chromium (warm),
// the medians from navigation start: AlertGuard's page hidden (covered) and
// block page shown, Nehboro's block page shown.
function peer(results) {
  const ag = results['chromium alertguard warm'];
  const nb = results['chromium nehboro warm'];
  if (!ag || !nb) return;
  console.log('\nthe peer, pages both block (Chromium, warm; median ms after navigation start):');
  for (const f of PAGES) {
    const a = ag.filter((r) => r.page === f && r.blocked);
    const n = nb.filter((r) => r.page === f && r.blocked);
    if (!a.length || !n.length) continue;
    const hidden = median(a.map((r) => r.covered || r.shown));
    console.log(`  ${f.padEnd(46)} AlertGuard hidden ${hidden}, block page ${median(a.map((r) => r.shown))}; Nehboro block page ${median(n.map((r) => r.shown))}`);
  }
}

async function launchChromium(srv, cases, bin, product) {
  const profile = h.tmpdir('ag-bench-profile-');
  if (product === 'alertguard') {
    const dataDir = h.tmpdir('ag-bench-data-');
    h.installHost(bin, profile, dataDir);
  }
  const browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, secureOrigins: h.origins(cases), extensions: [product === 'nehboro' ? PEER : EXT] });
  if (product === 'alertguard') await h.waitForExtension(browser);
  else await sleep(1500); // the peer's service worker loads its rules
  return browser;
}

async function launchFirefox(srv, bin, dist) {
  const home = h.tmpdir('ag-bench-ffhome-');
  const dataDir = h.tmpdir('ag-bench-data-');
  h.installFirefoxHost(bin, home, dataDir);
  return h.launchFirefox({ home, proxyPort: srv.port, extDir: path.join(dist, 'firefox'), acceptLanguages: 'ja,en-US,en' });
}

async function run() {
  const all = h.readCases();
  const cases = PAGES.map((f) => all.find((c) => c.file === f || c.file === f + '/index.html')).filter(Boolean);
  if (cases.length !== PAGES.length) throw new Error('a benchmark page is missing from corpus/cases.tsv');
  const dist = build();
  const bin = h.buildHost(h.tmpdir('ag-bin-'));
  const srv = await h.serveCorpus(all);
  const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const cpu = (() => { try { return execFileSync('lscpu').toString().match(/Model name:\s*(.*)/)[1]; } catch (e) { return os.cpus()[0].model; } })();
  console.log(`bench-browser: ${cpu}, ${os.cpus().length} cores, load ${load()}, ${REPS} warm runs per page, ${new Date().toISOString()}`);
  const results = {};
  const products = [['alertguard']];
  if (PEER) products.push(['nehboro']);
  else console.log('NEHBORO_DIR not set: the peer is skipped');
  for (const kind of BROWSERS) {
    for (const [product] of products) {
      if (product === 'nehboro' && kind !== 'chromium') continue; // the peer is a Chromium extension
      const start = () => (kind === 'chromium' ? launchChromium(srv, all, bin, product) : launchFirefox(srv, bin, dist));
      if (MODES.includes('warm')) {
        const label = `${kind} ${product} warm`;
        const browser = await start();
        const rows = [];
        try {
          await sample(browser, kind, product, cases[0]); // the host is started and warm; not counted
          for (let i = 0; i < REPS; i++) for (const c of cases) rows.push(await sample(browser, kind, product, c));
        } finally { await browser.close().catch(() => {}); }
        results[label] = rows;
        report(label, rows);
      }
      if (MODES.includes('cold') && product === 'alertguard') {
        const label = `${kind} ${product} cold`;
        const rows = [];
        for (const c of cases) {
          const browser = await start();
          try { rows.push(await sample(browser, kind, product, c)); } finally { await browser.close().catch(() => {}); }
        }
        results[label] = rows;
        report(label, rows);
      }
    }
  }
  await srv.close();
  console.log(`\nmedian/p90, ms after navigation start; load now ${load()}\n`);
  for (const [label, rows] of Object.entries(results)) report(label, rows);
  console.log('\nper page (median):');
  for (const [label, rows] of Object.entries(results)) perPage(label, rows);
  peer(results);
  const out = path.join(h.REPO, 'e2e-out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'bench-block.json'), JSON.stringify({ cpu, load: load(), time: new Date().toISOString(), results }, null, 2));
}

run().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
