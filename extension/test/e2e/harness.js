/* End-to-end harness: the real host binary, the real extension, real
 * headless Chromium, corpus pages served on 127.0.0.1 under their corpus
 * addresses (through a local proxy, so IP-literal addresses work too).
 * Nothing leaves the machine. */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const tls = require('node:tls');
const { execFileSync } = require('node:child_process');
const puppeteer = require('puppeteer-core');

const EXT_DIR = path.resolve(__dirname, '../..');
const REPO = path.resolve(EXT_DIR, '..');
const CORPUS = process.env.ALERTGUARD_CORPUS || path.join(REPO, 'corpus');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const EXT_ID = 'ealcpimlhlabpbneglbjhodkadilbele';
const HOST_NAME = 'jp.alertguard.host';
// ALERTGUARD_E2E_INSTALLED=1: use the host a package installed (the .deb
// in make dist-test: /usr/bin/alertguard, found by the browsers through the
// system-wide manifests). Nothing is built and no per-profile manifest is
// written; the browsers pass ALERTGUARD_DATA_DIR on to the host they start.
const INSTALLED = process.env.ALERTGUARD_E2E_INSTALLED === '1';
const INSTALLED_HOST = process.env.ALERTGUARD_E2E_HOST || '/usr/bin/alertguard';

function tmpdir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** buildHost compiles the host once per run. */
function buildHost(outDir) {
  if (INSTALLED) return INSTALLED_HOST;
  // ALERTGUARD_E2E_HOST_BIN: a host binary built elsewhere (another branch's,
  // e.g. to try the attack suite's OCR expectations before a merge).
  if (process.env.ALERTGUARD_E2E_HOST_BIN) return process.env.ALERTGUARD_E2E_HOST_BIN;
  const bin = path.join(outDir, 'alertguard');
  execFileSync('go', ['build', '-o', bin, './host'], { cwd: REPO, stdio: 'inherit' });
  return bin;
}

/** readTSV parses one of the corpus's tab-separated files into rows. */
function readTSV(name) {
  const lines = fs.readFileSync(path.join(CORPUS, name), 'utf8').split('\n').filter(Boolean);
  const head = lines.shift().split('\t');
  return lines.map((l) => {
    const cols = l.split('\t');
    const row = {};
    head.forEach((h, i) => { row[h] = cols[i]; });
    return row;
  });
}

/** readCases lists the pages the browser tests open: the real captures of
 * the corpus (replicas written for AlertGuard are judged by `make eval` and
 * the Go corpus test; opening all of them in two browsers would add minutes
 * and test the same extension paths again). ALERTGUARD_E2E_ALL=1 opens all. */
function readCases() {
  const cases = readTSV('cases.tsv');
  if (process.env.ALERTGUARD_E2E_ALL === '1') return cases;
  const replica = new Set(readTSV('SOURCES.tsv').filter((s) => (s.license || '').startsWith('alertguard-replica')).map((s) => s.file));
  return cases.filter((c) => !replica.has(c.file));
}

/** e2eURL is the address a corpus page is opened at: its own (the local
 * proxy answers every host, over HTTP and HTTPS). */
function e2eURL(u) {
  return u;
}

/** testCert makes a throw-away self-signed certificate for the proxy's
 * HTTPS side (the browser runs with --ignore-certificate-errors). */
function testCert() {
  const dir = tmpdir('ag-cert-');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    '-days', '2', '-subj', '/CN=alertguard-e2e'], { stdio: 'ignore' });
  return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
}

/** origins lists every corpus origin (and extras) as served here. */
function origins(cases, extra = []) {
  const set = new Set(extra);
  for (const c of cases) if (c.url.startsWith('http:')) set.add(new URL(c.url).origin);
  return Array.from(set);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.mp3': 'audio/mpeg', '.json': 'application/json', '.md': 'text/plain; charset=utf-8' };

/** serveCorpus answers proxy requests: a corpus address gives its page
 * (an extra page may be a file or a function(req, res, url));
 * any other path on a known host gives a file of that name beside one of
 * the host's pages; everything else is a 404. */
async function serveCorpus(cases, extraPages = {}) {
  const pages = new Map();
  const dirs = new Map();
  for (const c of cases) {
    const u = new URL(c.url);
    pages.set(u.host + u.pathname, path.join(CORPUS, c.file));
    if (!dirs.has(u.host)) dirs.set(u.host, []);
    dirs.get(u.host).push(path.dirname(path.join(CORPUS, c.file)));
  }
  for (const [k, f] of Object.entries(extraPages)) pages.set(k, f);
  const server = http.createServer((req, res) => {
    let u;
    try { u = new URL(req.url.startsWith('/') ? 'http://' + req.headers.host + req.url : req.url); } catch (e) { res.writeHead(400).end(); return; }
    let file = pages.get(u.host + u.pathname);
    if (typeof file === 'function') { file(req, res, u); return; }
    if (!file) {
      const base = path.basename(u.pathname);
      for (const d of dirs.get(u.host) || []) {
        const f = path.join(d, base);
        if (base && fs.existsSync(f) && fs.statSync(f).isFile()) { file = f; break; }
      }
    }
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  // HTTPS through the proxy: answer CONNECT and speak TLS ourselves.
  const cert = testCert();
  server.on('connect', (req, socket) => {
    socket.on('error', () => {});
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const secure = new tls.TLSSocket(socket, { isServer: true, key: cert.key, cert: cert.cert });
    secure.on('error', () => {});
    server.emit('connection', secure);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

/** installHost writes the native-messaging manifest into a Chromium
 * profile, pointing at a wrapper that keeps the log in dataDir. */
function installHost(bin, userDataDir, dataDir) {
  if (INSTALLED) { process.env.ALERTGUARD_DATA_DIR = dataDir; return; }
  const wrapper = path.join(userDataDir, 'alertguard-host.sh');
  fs.writeFileSync(wrapper, `#!/bin/sh\nALERTGUARD_DATA_DIR='${dataDir}' exec '${bin}' "$@"\n`, { mode: 0o755 });
  const dir = path.join(userDataDir, 'NativeMessagingHosts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, HOST_NAME + '.json'), JSON.stringify({
    name: HOST_NAME, description: 'AlertGuard host', path: wrapper, type: 'stdio', allowed_origins: [`chrome-extension://${EXT_ID}/`],
  }, null, 2));
}

/** launch starts headless Chromium with the extension (extensions: other
 * unpacked ones instead, e.g. the benchmark's peer). lang is the UI
 * language; acceptLanguages (e.g. 'ja,en-US,en') the person's preferred
 * languages, written into the profile as Chromium keeps them. */
async function launch({ userDataDir, proxyPort, lang = 'ja', headless = true, secureOrigins = [], acceptLanguages, extraArgs = [], extensions = [EXT_DIR] }) {
  if (acceptLanguages) {
    fs.mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ intl: { accept_languages: acceptLanguages, selected_languages: acceptLanguages } }));
  }
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    userDataDir,
    enableExtensions: extensions,
    defaultViewport: { width: 1280, height: 900 },
    env: Object.assign({}, process.env, { LANGUAGE: lang, LANG: lang.startsWith('ja') ? 'ja_JP.UTF-8' : 'en_US.UTF-8' }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', `--lang=${lang}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>', '--window-size=1280,900',
      '--ignore-certificate-errors',
      // Plain-HTTP corpus addresses count as secure, as they would be on
      // HTTPS (clipboard and keyboard-lock APIs need a secure context).
      `--unsafely-treat-insecure-origin-as-secure=${secureOrigins.join(',')}`, ...extraArgs],
  });
}

/** installFirefoxHost writes the host manifest under HOME/.mozilla. */
function installFirefoxHost(bin, home, dataDir) {
  if (INSTALLED) { process.env.ALERTGUARD_DATA_DIR = dataDir; return; }
  const wrapper = path.join(home, 'alertguard-host.sh');
  fs.writeFileSync(wrapper, `#!/bin/sh\nALERTGUARD_DATA_DIR='${dataDir}' exec '${bin}' "$@"\n`, { mode: 0o755 });
  const dir = path.join(home, '.mozilla', 'native-messaging-hosts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, HOST_NAME + '.json'), JSON.stringify({
    name: HOST_NAME, description: 'AlertGuard host', path: wrapper, type: 'stdio', allowed_extensions: ['alertguard@alertguard.app'],
  }, null, 2));
}

/** launchFirefox starts headless firefox-esr over WebDriver BiDi with HOME
 * pointed at a throw-away folder and the Firefox build of the extension.
 * acceptLanguages sets the person's preferred languages. */
async function launchFirefox({ home, proxyPort, extDir, acceptLanguages }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    env: Object.assign({}, process.env, { HOME: home }),
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort, 'network.proxy.allow_hijacking_localhost': true,
      'media.autoplay.default': 0, 'dom.disable_open_during_load': false,
      ...(acceptLanguages ? { 'intl.accept_languages': acceptLanguages } : {}),
    },
  });
  await browser.installExtension(extDir);
  return browser;
}

/** firefoxBlockedPage finds a tab showing blocked.html. Puppeteer's page URL
 * does not follow an extension's navigation in Firefox, so ask the page. */
async function firefoxBlockedPage(browser, timeout = 20000) {
  return waitFor(async () => {
    for (const p of await browser.pages()) {
      // Not waiting on a page that does not answer (a busy or detached
      // one): the tab that moved is asked again at the next round.
      const href = await Promise.race([p.evaluate(() => location.href).catch(() => ''), new Promise((r) => setTimeout(() => r(''), 1000))]);
      if (/^moz-extension:\/\/[^/]+\/pages\/blocked\.html/.test(href)) return p;
    }
    return null;
  }, timeout, 200);
}

async function waitFor(fn, timeout, step = 100) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, step));
  }
}

/** blockedPage finds a tab showing blocked.html. */
async function blockedPage(browser, timeout = 20000) {
  const prefix = `chrome-extension://${EXT_ID}/pages/blocked.html`;
  return waitFor(async () => (await browser.pages()).find((p) => p.url().startsWith(prefix)), timeout);
}

/** waitForExtension waits until the service worker runs. */
async function waitForExtension(browser) {
  return waitFor(async () => browser.targets().find((t) => t.type() === 'service_worker' && t.url().includes(EXT_ID)), 15000);
}

module.exports = { INSTALLED, INSTALLED_HOST, installFirefoxHost, launchFirefox, firefoxBlockedPage, origins, EXT_DIR, REPO, CORPUS, EXT_ID, HOST_NAME, tmpdir, buildHost, readCases, e2eURL, serveCorpus, installHost, launch, waitFor, blockedPage, waitForExtension };
