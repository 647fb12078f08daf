'use strict';
/* Issue 21's proof, shared by the Chromium and Firefox runs: the ten ways
 * past the holds, each closed at its mechanism, and the legitimate pages
 * (a docs Copy, the person's own Ctrl+C, an installer download, a video's
 * full-screen button, a game's keyboard lock) still working. */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');
const A = require('./attack-pages.js');
const { closeOthers, logEntries } = require('./suite.js');

const HOSTS = {
  helper: 'clipboard-helper.example.org',
  captcha: 'verify.human-check.example.net',
  notes: 'notes.example.org',
  update: 'chrome-update.example.net',
  player: 'player.example.com',
  alertframe: 'alerts.support-desk.example.net',
  game: 'starpuzzle.example.com',
  cleangame: 'play.tilerun.example.com',
  imgalert: 'security-alert.example.net',
  leave: 'photos.example.org',
  tostr: 'recipes.example.com',
  camera: 'agecheck.example.net',
  share: 'remote-help.example.net',
  article: 'news.riverside.example.com',
  docs: 'docs.quill.example.dev',
  media: 'www.mediaplayer.example.org',
  archiver: 'www.archiver.example.org',
  video: 'video.example.com',
  files: 'files.riverside-library.example.org',
};
const origin = (k) => (k === 'notes' ? `http://${HOSTS[k]}` : `https://${HOSTS[k]}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const SETTLE_MS = 1500;
// The expectations that need the host to read text in a picture run
// whenever Tesseract and its Japanese data are installed (the host looks
// for the same program, docs/ocr.md). Where ALERTGUARD_REQUIRE_OCR is set
// (.ci/run, which installs them) their absence fails those tests rather
// than skip them.
const OCR = ocrInstalled();
const OCR_REQUIRED = !!process.env.ALERTGUARD_REQUIRE_OCR;

function ocrInstalled() {
  try {
    const langs = execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20000 });
    return langs.split(/\s+/).includes('jpn');
  } catch (e) {
    return false;
  }
}

// needsOCR: true when the test may expect a picture to be read; a skip
// otherwise, or a failure where OCR is required.
function needsOCR(t) {
  if (OCR) return true;
  assert.ok(!OCR_REQUIRED, 'ALERTGUARD_REQUIRE_OCR is set but tesseract (with its jpn data) is not installed: apt-get install tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng');
  t.skip('tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-jpn): the host cannot read pictures');
  return false;
}

const HELPER_PAGE = `<!doctype html><html lang="en"><head><title>Notes</title></head><body><h1>Notes</h1><textarea id="t"></textarea>
  <script>navigator.sendBeacon('/__report?k=ready');</script></body></html>`;
const exe = (n) => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(n)]);

/** pages writes the test pages and returns serveCorpus's extra pages, the
 * reports each host's pages sent (host → keys), and the requests that were
 * never answered (closed at the end). */
function pages() {
  const dir = h.tmpdir('ag-attack-');
  const reports = new Map();
  const stalled = [];
  const file = (name, body) => { const f = path.join(dir, name); fs.writeFileSync(f, body); return f; };
  const extra = {};
  for (const host of Object.values(HOSTS)) {
    reports.set(host, []);
    extra[host + '/__report'] = (req, res, u) => {
      reports.get(host).push(u.searchParams.get('k'));
      req.resume();
      res.writeHead(204).end();
    };
    extra[host + '/blank.html'] = file('blank.html', A.BLANK_PAGE);
  }
  const c = HOSTS.captcha;
  extra[HOSTS.helper + '/'] = file('helper.html', HELPER_PAGE);
  extra[c + '/kit.json'] = file('kit.json', JSON.stringify({ cmd: A.CMD, steps: '1. Press Win+R 2. Press Ctrl+V 3. Press Enter' }));
  extra[c + '/swap'] = file('swap.html', A.SWAP_PAGE);
  extra[c + '/realm'] = file('realm.html', A.REALM_PAGE);
  extra[c + '/stall'] = file('stall.html', A.STALL_PAGE);
  // Never answered (until the suite ends).
  for (const p of ['/stall.js', '/stall.txt']) extra[c + p] = (req, res) => { stalled.push(res); req.resume(); };
  extra[HOSTS.update + '/stall.js'] = extra[c + '/stall.js'];
  extra[c + '/missing.js'] = (req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1><p>Your computer is infected. Call +1-855-555-0148 now.</p>');
  };
  extra[c + '/bomb'] = file('bomb.html', A.bombPage());
  for (let i = 0; i < A.BOMB_SCRIPTS; i++) extra[`${c}/bomb${i}.js`] = file(`bomb${i}.js`, A.BOMB_SCRIPT);
  extra[HOSTS.notes + '/'] = file('notes.html', A.REPLAY_PAGE);
  extra[HOSTS.notes + '/c.txt'] = file('c.txt', A.CMD);
  extra[c + '/caret.txt'] = file('caret.txt', A.CARET_CMD);
  extra[HOSTS.update + '/'] = file('outlive.html', A.OUTLIVE_PAGE);
  extra[HOSTS.update + '/thanks'] = file('thanks.html', A.THANKS_PAGE);
  // A program sent slowly, so it is still coming when the page has gone.
  extra[HOSTS.update + '/slow/ChromeUpdate.exe'] = (req, res) => {
    const body = exe(64 * 1024);
    res.writeHead(200, { 'content-type': 'application/x-msdownload', 'content-length': body.length, 'content-disposition': 'attachment; filename="ChromeUpdate.exe"' });
    let i = 0;
    const step = () => {
      if (res.destroyed) return;
      if (i >= body.length) { res.end(); return; }
      res.write(body.subarray(i, i + 4096));
      i += 4096;
      setTimeout(step, 150);
    };
    step();
  };
  extra[HOSTS.player + '/'] = file('xfs-top.html', A.XFS_TOP(`https://${HOSTS.alertframe}/alert`));
  extra[HOSTS.alertframe + '/alert'] = file('xfs-inner.html', A.XFS_INNER);
  extra[HOSTS.game + '/'] = file('canvas-game.html', A.CANVAS_GAME);
  extra[HOSTS.cleangame + '/'] = file('clean-game.html', A.CLEAN_GAME);
  extra[HOSTS.imgalert + '/'] = file('image-alert.html', A.IMAGE_ALERT);
  extra[HOSTS.leave + '/'] = file('leave.html', A.LEAVE_PAGE);
  extra[HOSTS.leave + '/popup.html'] = file('popup.html', A.POPUP_PAGE);
  extra[HOSTS.tostr + '/'] = file('tostring.html', A.TOSTRING_PAGE);
  extra[HOSTS.camera + '/'] = file('camera.html', A.CAMERA_PAGE);
  extra[HOSTS.share + '/'] = file('share.html', A.SHARE_PAGE);
  extra[HOSTS.article + '/'] = file('article.html', A.ARTICLE_PAGE);
  extra[HOSTS.docs + '/config'] = file('attrib.html', A.ATTRIB_PAGE);
  extra[HOSTS.media + '/download'] = file('media.html', A.installerPage('Harbour Media Player', 'harbour-player-3.0.21-win64.exe'));
  extra[HOSTS.media + '/files/harbour-player-3.0.21-win64.exe'] = file('harbour-player-3.0.21-win64.exe', exe(256 * 1024));
  extra[HOSTS.archiver + '/download'] = file('archiver.html', A.installerPage('Pack Archiver', 'pack-3.0.21-x64.msi'));
  extra[HOSTS.archiver + '/files/pack-3.0.21-x64.msi'] = file('pack-3.0.21-x64.msi', exe(256 * 1024));
  extra[HOSTS.video + '/'] = file('video.html', A.VIDEO_PAGE);
  extra[HOSTS.files + '/'] = file('files.html', A.FILES_PAGE);
  extra[HOSTS.files + '/files/tools-2026.zip'] = file('tools-2026.zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64 * 1024)]));
  extra[HOSTS.files + '/files/report-2026.pdf'] = file('report-2026.pdf', '%PDF-1.4\n% AlertGuard test file\n%%EOF\n');
  // An archive made as it is sent: no length, no ranges (chunked), so a
  // paused download of it cannot be resumed.
  extra[HOSTS.files + '/files/maps-2026.zip'] = (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="maps-2026.zip"', 'cache-control': 'no-store' });
    const body = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(MAPS_SIZE - 4, 7)]);
    let i = 0;
    const step = () => {
      if (res.destroyed) return;
      if (i >= body.length) { res.end(); return; }
      res.write(body.subarray(i, i + 16384));
      i += 16384;
      setTimeout(step, 20);
    };
    step();
  };
  return { extra, reports, stalled };
}
const MAPS_SIZE = 256 * 1024;

async function open(browser, url, dialogs) {
  const page = await browser.newPage();
  page.on('dialog', (d) => { if (dialogs) dialogs.push(d.type()); d.dismiss().catch(() => {}); });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20000 }).catch(() => {});
  return page;
}

async function pressCopy(page) {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyC', { commands: ['copy'] });
  await page.keyboard.up('Control');
}

/** register adds the tests. ctx() gives { browser, findBlocked(ms),
 * downloadDir, keyboardLock, name, snapshots() → the snapshots the service
  * worker kept (Chromium only; null where the worker cannot be read),
  * screenshots(url), verdicts(), verdictOf(url) → { verdict, problems }
  * (Chromium only) }. */
function register(test, ctx, name, reports) {
  const waitReport = (key, k, ms = 8000) => h.waitFor(async () => reports.get(HOSTS[key]).includes(k), ms, 50);
  const seen = (key) => reports.get(HOSTS[key]);
  async function clipboard(helper, write) {
    for (let attempt = 1; ; attempt++) {
      await helper.bringToFront();
      try {
        if (write !== undefined) await helper.evaluate((t) => navigator.clipboard.writeText(t), write);
        return await helper.evaluate(() => navigator.clipboard.readText());
      } catch (err) {
        if (attempt >= 5 || !/not focused/.test(String(err))) throw err;
        await sleep(200);
      }
    }
  }
  async function helperPage(c) {
    const helper = await open(c.browser, origin('helper') + '/');
    await waitReport('helper', 'ready');
    return helper;
  }
  // A fake CAPTCHA that must end on blocked.html with the clipboard as it was.
  async function clickfix(c, variant, { key = false, readyMs = 8000 } = {}) {
    await closeOthers(c.browser);
    const helper = await helperPage(c);
    const before = `AlertGuard test ${variant} ${Date.now()}`;
    assert.equal(await clipboard(helper, before), before, 'the test can write and read the clipboard');
    seen('captcha').length = 0;
    const page = await open(c.browser, `${origin('captcha')}/${variant}`);
    assert.ok(await waitReport('captcha', 'ready', readyMs), 'page ran');
    await sleep(SETTLE_MS);
    assert.equal(await c.findBlocked(10), null, `not blocked before the click: ${c.verdicts ? JSON.stringify(await c.verdicts()) : ''} ${c.snapshots ? JSON.stringify(await c.snapshots()) : ''}`);
    await page.bringToFront();
    await page.click('#robot');
    if (key) {
      assert.ok(await waitReport('captcha', 'tried'));
      await pressCopy(page);
      assert.ok(await waitReport('captcha', 'handler'), `the copy event reached the page's handler: ${seen('captcha')}`);
    }
    assert.ok(await c.findBlocked(15000), `blocked after the copy (${seen('captcha')})`);
    await sleep(800);
    assert.equal(seen('captcha').includes('resolved'), false, 'the write did not succeed');
    assert.equal(await clipboard(helper), before, 'clipboard unchanged');
    return page;
  }

  test(`${name}: 1. selection swap: the page moves the person's Ctrl+C onto a hidden command; the clipboard keeps what it had, blocked`, async () => {
    await clickfix(ctx(), 'swap', { key: true });
  });

  test(`${name}: 2. cross-realm calls: setData and preventDefault from a frame with its own hooks; the clipboard keeps what it had, blocked`, async () => {
    await clickfix(ctx(), 'realm', { key: true });
  });

  test(`${name}: 3. replay on plain HTTP: the judged link is what lands, not the command the page writes on the trusted copy event`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    const helper = await helperPage(c);
    await clipboard(helper, 'something else');
    seen('notes').length = 0;
    const page = await open(c.browser, origin('notes') + '/');
    assert.ok(await waitReport('notes', 'ready'));
    await sleep(SETTLE_MS);
    assert.equal(await c.findBlocked(10), null, `not blocked at load: ${c.verdicts ? JSON.stringify(await c.verdicts()) : ''}`);
    assert.match(page.url(), /^http:/, 'still plain HTTP');
    assert.equal(await page.evaluate(() => typeof navigator.clipboard), 'undefined', 'no async clipboard on plain HTTP');
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#copy');
    assert.ok(await waitReport('notes', 'exec-true'), `execCommand: ${seen('notes')}`);
    // The page keeps the focus until the held copy is written (Chromium
    // writes only from a focused page): past the hold's bound, then read.
    await sleep(4000);
    assert.equal(await clipboard(helper), A.SHARE_LINK, 'the link the person copied, judged, is on the clipboard');
    assert.equal(seen('notes').includes('overwrote'), false, `the page never saw the trusted copy event: ${seen('notes')}`);
  });

  test(`${name}: 4. stalled snapshot: scripts that never answer do not stop the verdict; a caret-escaped command is refused, blocked`, async () => {
    const c = ctx();
    await clickfix(c, 'stall');
    const snaps = await c.snapshots();
    if (!snaps) return; // the service worker cannot be read here
    const snap = snaps.find((s) => s.url.endsWith('/stall'));
    assert.ok(snap, 'the page was snapshotted');
    const byName = Object.fromEntries((snap.scripts || []).map((s) => [s.url.split('/').pop(), s]));
    assert.deepEqual(byName['stall.js'], { url: `${origin('captcha')}/stall.js`, source: '', missing: true }, 'the script that never answered went as missing');
    assert.equal(byName['stall.txt'], undefined, 'a text/plain data block is not fetched');
    assert.deepEqual(byName['missing.js'], { url: `${origin('captcha')}/missing.js`, source: '', missing: true }, '10. a 404 goes as missing, not as its error page');
  });

  test(`${name}: 5. snapshot bomb: a page that escapes past the host's 16 MiB frame is trimmed and judged; the host is not dropped`, async () => {
    const c = ctx();
    await clickfix(c, 'bomb', { readyMs: 20000 });
    const snaps = await c.snapshots();
    if (snaps) assert.ok(snaps.some((s) => s.url.endsWith('/bomb')), 'the bomb page was judged');
  });

  test(`${name}: 6. a download outliving its page: the program a fake update started never lands after the page moved on`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    for (const f of fs.readdirSync(c.downloadDir)) fs.rmSync(path.join(c.downloadDir, f), { force: true, recursive: true });
    seen('update').length = 0;
    const page = await open(c.browser, origin('update') + '/');
    await page.bringToFront().catch(() => {});
    // What the extension knew, for a failure: the tabs, its verdicts and
    // the snapshots it kept (the download is judged with the stored one).
    const state = async () => (c.dump ? await c.dump('attack6-failed') : '') + `tabs ${JSON.stringify((await c.browser.pages()).map((p) => p.url()))}`
      + (c.verdicts ? ` verdicts ${JSON.stringify(await c.verdicts())}` : '') + (c.snapshots ? ` snapshots ${JSON.stringify(await c.snapshots())}` : '');
    assert.ok(await waitReport('update', 'tried'), 'the page started its download');
    const moved = await waitReport('update', 'ready', 8000) && await h.waitFor(async () => seen('update').filter((k) => k === 'ready').length >= 2, 8000);
    assert.ok(moved, moved ? '' : `the tab went on to the clean page: ${seen('update')}; ${await state()}`);
    await sleep(6000); // the program takes about 2.5 s to arrive
    if (c.dump) await c.dump('attack6');
    const landed = fs.readdirSync(c.downloadDir).filter((f) => /ChromeUpdate.*\.exe$/.test(f));
    assert.deepEqual(landed, [], landed.length ? `the program did not land: ${fs.readdirSync(c.downloadDir)}; ${await state()}` : '');
  });

  test(`${name}: 7. a fake alert in a cross-origin frame that may go full screen: judged with its frame, no full screen, blocked`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    seen('alertframe').length = 0;
    seen('player').length = 0;
    const page = await open(c.browser, origin('player') + '/');
    assert.ok(await waitReport('alertframe', 'ready'), 'frame ran');
    await sleep(SETTLE_MS);
    const frame = await h.waitFor(async () => page.frames().find((f) => f.url().startsWith(origin('alertframe'))), 5000);
    assert.ok(frame, 'alert frame found');
    if (!(await c.findBlocked(10))) {
      await page.bringToFront();
      await frame.click('#ok').catch(() => {});
    }
    assert.ok(await c.findBlocked(15000), `blocked (${seen('alertframe')})`);
    await sleep(800);
    const got = [...seen('alertframe'), ...seen('player')].filter((k) => /^(fullscreen$|fullscreen-resolved|keyboard-lock)/.test(k));
    assert.deepEqual(got, [], 'no full screen, no lock');
  });

  test(`${name}: 8. a game that draws an alert on its canvas after it got full screen and the keyboard: revisited with a picture, blocked`, async (t) => {
    if (!needsOCR(t)) return;
    const c = ctx();
    await closeOthers(c.browser);
    seen('game').length = 0;
    const page = await open(c.browser, origin('game') + '/');
    assert.ok(await waitReport('game', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#play');
    // The control part: a clean game gets full screen (and the keyboard) on a click.
    assert.ok(await waitReport('game', 'fullscreen-resolved'), `the game got full screen: ${seen('game')}`);
    if (c.keyboardLock) assert.ok(await waitReport('game', 'keyboard-lock'), `the game got the keyboard: ${seen('game')}`);
    assert.ok(await waitReport('game', 'drawn'));
    if (c.screenshots) {
      const shots = await h.waitFor(async () => {
        const s = await c.screenshots(origin('game') + '/');
        return s && s.trigger === 'fullscreen' && /^revisit:/.test(s.reason) ? s : null;
      }, 10000, 250);
      assert.ok(shots, 'a picture of the full-screen page went with a revisit');
    }
    assert.ok(await c.findBlocked(15000), `blocked once the drawn text is read (${seen('game')})`);
    assert.ok(await waitReport('game', 'fullscreen-left'), 'full screen left');
    await page.evaluate(() => document.exitFullscreen().catch(() => {})).catch(() => {});
  });

  test(`${name}: 8 control: a canvas game with full screen and the keyboard after a click, its picture read, is not blocked`, async (t) => {
    if (!needsOCR(t)) return;
    const c = ctx();
    await closeOthers(c.browser);
    seen('cleangame').length = 0;
    const page = await open(c.browser, origin('cleangame') + '/');
    assert.ok(await waitReport('cleangame', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#play');
    assert.ok(await waitReport('cleangame', 'fullscreen-resolved'), `the game got full screen: ${seen('cleangame')}`);
    if (c.keyboardLock) assert.ok(await waitReport('cleangame', 'keyboard-lock'), `the game got the keyboard: ${seen('cleangame')}`);
    assert.ok(await waitReport('cleangame', 'drawn'));
    if (c.screenshots) {
      // The same path as the alert above: a picture went with the revisit, and was judged.
      const shot = await h.waitFor(async () => {
        const s = await c.screenshots(origin('cleangame') + '/');
        return s && s.trigger === 'fullscreen' && /^revisit:/.test(s.reason) ? s : null;
      }, 10000, 250);
      assert.ok(shot, 'a picture of the full-screen page went with a revisit');
    }
    await sleep(6000); // the alert above is blocked well within this
    assert.equal(await c.findBlocked(10), null, `the game is not blocked: ${c.verdicts ? JSON.stringify(await c.verdicts()) : ''}`);
    if (c.verdictOf) {
      // Not blocked because its picture was read, not because it was not.
      const v = await c.verdictOf(origin('cleangame') + '/');
      assert.ok(v, 'the game was judged');
      assert.deepEqual(v.problems.filter((p) => /picture/.test(p)), [], `the picture was read: ${JSON.stringify(v)}`);
    }
    assert.equal(seen('cleangame').includes('fullscreen-left'), false, `the game keeps full screen: ${seen('cleangame')}`);
    await page.evaluate(() => document.exitFullscreen().catch(() => {})).catch(() => {});
  });

  test(`${name}: 8b. an image-only fake alert: judged with a picture of it, blocked`, async (t) => {
    if (!needsOCR(t)) return;
    const c = ctx();
    await closeOthers(c.browser);
    seen('imgalert').length = 0;
    const page = await open(c.browser, origin('imgalert') + '/');
    await page.bringToFront();
    assert.ok(await waitReport('imgalert', 'drawn'));
    if (c.screenshots) {
      const s = await h.waitFor(async () => { const x = await c.screenshots(origin('imgalert') + '/'); return x && x.trigger === 'images' ? x : null; }, 10000, 250);
      assert.ok(s, 'a picture went with the snapshot (trigger: images)');
    }
    assert.ok(await c.findBlocked(15000), 'blocked once the picture is read');
  });

  test(`${name}: 9. leaving a blocked page: no unload, pagehide or beforeunload handler of any realm runs, no "Leave site?", its pop-up closed`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    seen('leave').length = 0;
    const dialogs = [];
    const page = await open(c.browser, origin('leave') + '/', dialogs);
    assert.ok(await waitReport('leave', 'armed'), 'handlers added');
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#prep');
    assert.ok(await waitReport('leave', 'popup-ready'), `the pop-up opened: ${seen('leave')}`);
    await page.bringToFront();
    await sleep(300);
    await page.click('#view');
    assert.ok(await waitReport('leave', 'tried'));
    assert.ok(await c.findBlocked(15000), `blocked (${seen('leave')})`);
    await sleep(2500);
    const ran = seen('leave').filter((k) => /-ran$/.test(k));
    assert.deepEqual(ran, [], `no leaving handler ran: ${seen('leave')}`);
    assert.deepEqual(dialogs.filter((d) => d === 'beforeunload'), [], 'no "Leave site?" prompt');
    const closed = await h.waitFor(async () => {
      for (const p of await c.browser.pages()) if ((await p.evaluate(() => location.pathname).catch(() => '')) === '/popup.html') return null;
      return true;
    }, 5000, 200);
    assert.ok(closed, 'the pop-up was closed');
  });

  test(`${name}: 10. hooks do not reveal themselves: toString from this realm and from a frame with its own hooks says native code, wrapped constructors are the ones their instances name`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    seen('tostr').length = 0;
    await open(c.browser, origin('tostr') + '/');
    assert.ok(await h.waitFor(async () => seen('tostr').find((k) => k.startsWith('checked-')), 8000), `checked: ${seen('tostr')}`);
    assert.deepEqual(seen('tostr').filter((k) => k.startsWith('not-native') || k.startsWith('constructor-') || (k.startsWith('checked-') && k !== 'checked-0')), []);
  });

  test(`${name}: 10. a warned page stays warned: AlertGuard's own banner is not read as the page's overlay`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    seen('camera').length = 0;
    const page = await open(c.browser, origin('camera') + '/');
    assert.ok(await waitReport('camera', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#go');
    const banner = await h.waitFor(() => page.evaluate(() => !!document.querySelector('alertguard-banner')), 10000, 200);
    if (!banner) { console.log(`${name}: 10. the camera page was not warned here (${seen('camera')}); nothing to check`); return; }
    // Changes that bring new snapshots, with the banner up.
    for (let i = 0; i < 3; i++) {
      await page.evaluate((n) => { document.getElementById('more').insertAdjacentHTML('beforeend', `<p>Step ${n} of the check.</p>`); }, i);
      await sleep(1800);
    }
    assert.equal(await c.findBlocked(10), null, 'still only warned');
    assert.ok(await page.evaluate(() => !!document.querySelector('alertguard-banner')), 'banner still there');
  });

  test(`${name}: getDisplayMedia (screen sharing) is held and reported as display-media`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    seen('share').length = 0;
    const page = await open(c.browser, origin('share') + '/');
    assert.ok(await waitReport('share', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#share');
    assert.ok(await waitReport('share', 'tried'));
    const snaps = await c.snapshots();
    if (snaps) {
      const s = await h.waitFor(async () => (await c.snapshots()).find((x) => x.url === origin('share') + '/' && (x.events || []).some((e) => e.type === 'display-media')), 8000, 250);
      assert.ok(s, 'the page was judged with the screen-sharing request as evidence');
      assert.equal(s.reason, 'hold:display-media', 'asked as a hold');
    }
    // What the browser does next (its own picker) is not ours to test.
  });

  // --- controls -------------------------------------------------------------
  test(`${name}: control: the person's own Ctrl+C on an article copies the selection`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    const helper = await helperPage(c);
    await clipboard(helper, 'something else');
    const page = await open(c.browser, origin('article') + '/');
    assert.ok(await waitReport('article', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.evaluate(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('line')); getSelection().removeAllRanges(); getSelection().addRange(r); });
    await pressCopy(page);
    const got = await h.waitFor(async () => { const t = (await clipboard(helper)).trim(); return t === A.ARTICLE_LINE ? t : null; }, 5000, 300);
    assert.equal(got, A.ARTICLE_LINE);
  });

  test(`${name}: control: a docs page's copy handler that adds the source still copies, with the source`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    const helper = await helperPage(c);
    await clipboard(helper, 'something else');
    seen('docs').length = 0;
    const page = await open(c.browser, origin('docs') + '/config');
    assert.ok(await waitReport('docs', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.evaluate(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('line')); getSelection().removeAllRanges(); getSelection().addRange(r); });
    await pressCopy(page);
    assert.ok(await waitReport('docs', 'handler'));
    const want = 'Set the output folder with the out key.' + A.ATTRIBUTION;
    const got = await h.waitFor(async () => { const t = await page.evaluate(() => navigator.clipboard.readText()).catch(() => ''); return t === want ? t : null; }, 6000, 300);
    assert.equal(got, want);
  });

  // The installer's own download: the hold never turns it into a block
  // page, and the file lands (a download on a page that claims nothing
  // adds nothing: issue 20, docs/detection.md).
  for (const [key, file] of [['media', 'harbour-player-3.0.21-win64.exe'], ['archiver', 'pack-3.0.21-x64.msi']]) {
    const what = key === 'media' ? "a media player's" : "an archiver's";
    let landed = null;
    let inDir = [];
    test(`${name}: control: ${what} official download page is never blocked by its own download`, async () => {
      const c = ctx();
      await closeOthers(c.browser);
      for (const f of fs.readdirSync(c.downloadDir)) fs.rmSync(path.join(c.downloadDir, f), { force: true, recursive: true });
      const page = await open(c.browser, origin(key) + '/download');
      assert.ok(await waitReport(key, 'ready'));
      await sleep(SETTLE_MS);
      await page.bringToFront();
      await page.click('#dl');
      // Whole: the file at its full size and no partial file beside it (the
      // hold pauses the download until the verdict, which takes longer on a
      // loaded machine). Firefox may show a file for a moment before a
      // cancel removes it: landed means it is still there a little later.
      const p = path.join(c.downloadDir, file);
      const whole = () => fs.existsSync(p) && fs.statSync(p).size > 256 * 1024 && !fs.readdirSync(c.downloadDir).some((f) => f.endsWith('.part') || f.endsWith('.crdownload'));
      landed = await h.waitFor(async () => whole(), 30000, 100);
      if (landed) {
        await sleep(2500);
        landed = whole();
      }
      inDir = fs.readdirSync(c.downloadDir);
      if (!landed && c.verdicts) inDir.push(`verdicts: ${JSON.stringify(await c.verdicts())}`);
      if (!landed && c.bin) {
        inDir.push(`the host logged: ${logEntries(c.bin, c.dataDir).filter((e) => e.url.includes(`//${HOSTS[key]}/`)).map((e) => `${e.verdict} ${e.score} [${e.signatures.join(', ')}]`).join('; ') || 'nothing'}`);
      }
      assert.equal(await c.findBlocked(10), null, `the download page is not blocked: ${c.verdicts ? JSON.stringify(await c.verdicts()) : ''}`);
    });
    test(`${name}: control: ${what} installer lands`, async () => {
      assert.ok(landed, `the installer was downloaded (the download folder holds: ${inDir.join(', ') || 'nothing'})`);
    });
  }

  // Issue 21: Firefox pauses an archive while its page is judged; one sent
  // with no length cannot be resumed, and was never finished.
  test(`${name}: control: an archive from an allowed page, sent with no length (chunked), lands whole`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    for (const f of fs.readdirSync(c.downloadDir)) fs.rmSync(path.join(c.downloadDir, f), { force: true, recursive: true });
    seen('files').length = 0;
    const page = await open(c.browser, origin('files') + '/');
    assert.ok(await waitReport('files', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#maps');
    const p = path.join(c.downloadDir, 'maps-2026.zip');
    const whole = await h.waitFor(async () => fs.existsSync(p) && fs.statSync(p).size === MAPS_SIZE, 20000, 200);
    assert.ok(whole, `the archive landed whole: ${fs.readdirSync(c.downloadDir).map((f) => `${f} ${fs.statSync(path.join(c.downloadDir, f)).size}`)}`);
    assert.equal(await c.findBlocked(10), null, 'the page is not blocked');
  });

  test(`${name}: control: a video's full-screen button works`, async () => {
    const c = ctx();
    await closeOthers(c.browser);
    const page = await open(c.browser, origin('video') + '/');
    assert.ok(await waitReport('video', 'ready'));
    await sleep(SETTLE_MS);
    await page.bringToFront();
    await page.click('#fs');
    assert.ok(await waitReport('video', 'fullscreen-resolved'), `video: ${seen('video')}`);
    await page.evaluate(() => document.exitFullscreen().catch(() => {}));
  });
}

module.exports = { HOSTS, origin, pages, register };
