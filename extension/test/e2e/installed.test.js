'use strict';
/* The installed host, as a family gets it from the .deb: real Chromium and
 * firefox-esr find /usr/bin/alertguard only through the system-wide
 * native-messaging manifests the package put in /etc/chromium and
 * /usr/lib/mozilla (no `alertguard install`, no per-profile manifest), and
 * block a scam with it. Runs only with ALERTGUARD_E2E_INSTALLED=1, which
 * make dist-test sets after `dpkg -i` (packaging/dist-test.sh). */
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');
const { build } = require('../../build.js');

const SKIP = !h.INSTALLED && 'needs the installed package: make dist-test (ALERTGUARD_E2E_INSTALLED=1)';
const SCAM = 'https://ms-support-jp.example.work/';
const SYSTEM = {
  chromium: '/etc/chromium/native-messaging-hosts/jp.alertguard.host.json',
  firefox: '/usr/lib/mozilla/native-messaging-hosts/jp.alertguard.host.json',
};

/** The host's log in dataDir: written only by a host the browser started
 * with the test's ALERTGUARD_DATA_DIR. */
function logged(dataDir) {
  const out = execFileSync(h.INSTALLED_HOST, ['log', 'list', '--json'], { env: { ALERTGUARD_DATA_DIR: dataDir } }).toString();
  return JSON.parse(out); // one JSON array (log list --json)
}

function systemManifest(family) {
  const m = JSON.parse(fs.readFileSync(SYSTEM[family], 'utf8'));
  assert.equal(m.name, h.HOST_NAME);
  assert.equal(m.path, h.INSTALLED_HOST, `${SYSTEM[family]} points at the installed program`);
  return m;
}

test('Chromium blocks a scam with the installed host, found through /etc/chromium', { skip: SKIP }, async () => {
  const m = systemManifest('chromium');
  assert.deepEqual(m.allowed_origins, [`chrome-extension://${h.EXT_ID}/`]);
  const cases = h.readCases();
  const srv = await h.serveCorpus(cases);
  const profile = h.tmpdir('ag-inst-profile-');
  const dataDir = h.tmpdir('ag-inst-data-');
  h.installHost(h.buildHost(), profile, dataDir);
  assert.ok(!fs.existsSync(path.join(profile, 'NativeMessagingHosts')), 'no per-profile registration');
  const browser = await h.launch({ userDataDir: profile, proxyPort: srv.port, secureOrigins: h.origins(cases) });
  try {
    assert.ok(await h.waitForExtension(browser), 'extension service worker started');
    const page = await browser.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    page.goto(SCAM, { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {});
    assert.ok(await h.blockedPage(browser, 20000), 'the scam ends on blocked.html');
    const hit = await h.waitFor(async () => logged(dataDir).find((e) => (e.url || '').startsWith(SCAM)), 5000);
    assert.ok(hit, 'the installed host judged the page and logged it');
    assert.equal(hit.verdict, 'block');
  } finally {
    await browser.close();
    await srv.close();
  }
});

test('Firefox blocks a scam with the installed host, found through /usr/lib/mozilla', { skip: SKIP }, async () => {
  const m = systemManifest('firefox');
  assert.deepEqual(m.allowed_extensions, ['alertguard@alertguard.app']);
  const cases = h.readCases();
  const dist = build();
  const srv = await h.serveCorpus(cases);
  const home = h.tmpdir('ag-inst-ffhome-');
  const dataDir = h.tmpdir('ag-inst-data-');
  h.installFirefoxHost(h.buildHost(), home, dataDir);
  assert.ok(!fs.existsSync(path.join(home, '.mozilla', 'native-messaging-hosts')), 'no per-user registration');
  const browser = await h.launchFirefox({ home, proxyPort: srv.port, extDir: path.join(dist, 'firefox') });
  try {
    const page = await browser.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    page.goto(SCAM).catch(() => {});
    assert.ok(await h.firefoxBlockedPage(browser, 20000), 'the scam ends on blocked.html');
    const hit = await h.waitFor(async () => logged(dataDir).find((e) => (e.url || '').startsWith(SCAM)), 5000);
    assert.ok(hit, 'the installed host judged the page and logged it');
    assert.equal(hit.verdict, 'block');
  } finally {
    await browser.close();
    await srv.close();
  }
});
