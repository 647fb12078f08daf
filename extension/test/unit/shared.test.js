'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const AG = require('../../lib/shared.js');
const fs = require('node:fs');
const path = require('node:path');

function fakeTimers() {
  let now = 0;
  let seq = 0;
  const timers = new Map();
  return {
    now: () => now,
    setTimeout: (f, ms) => { const id = ++seq; timers.set(id, { f, at: now + ms }); return id; },
    clearTimeout: (id) => timers.delete(id),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].f();
      }
      now = end;
    },
  };
}

test('EventRecorder: high-risk events ask at once, floods at their threshold', () => {
  const r = new AG.EventRecorder();
  assert.equal(r.record('fullscreen', 'HTML', false, 10), true);
  assert.equal(r.record('fullscreen', 'HTML', false, 20), false, 'only the first use is urgent');
  assert.equal(r.record('dialog', 'a', false, 1), false);
  assert.equal(r.record('dialog', 'b', false, 2), false);
  assert.equal(r.record('dialog', 'c', false, 3), true, 'third dialog is a loop');
  assert.equal(r.record('media-play', '', false, 3), false);
  const fs = r.list().find((e) => e.type === 'fullscreen');
  assert.deepEqual(fs, { type: 'fullscreen', count: 2, first: 10, last: 20, detail: 'HTML', gesture: false });
});

test('EventRecorder: gesture is true only when every use had one; details are capped', () => {
  const r = new AG.EventRecorder();
  r.record('fullscreen', '', true, 1);
  assert.equal(r.list()[0].gesture, true);
  r.record('fullscreen', '', false, 2);
  assert.equal(r.list()[0].gesture, false);
  r.record('clipboard-write', 'x'.repeat(5000), false, 3);
  assert.equal(r.list()[1].detail.length, AG.LIMITS.detail);
});

test('EventRecorder: a flood of a million calls stays one bounded record', () => {
  const r = new AG.EventRecorder();
  for (let i = 0; i < 1_200_000; i++) r.record('history', '', false, i);
  const [h] = r.list();
  assert.equal(h.count, AG.LIMITS.maxCount);
  const many = new AG.EventRecorder(3);
  for (const t of ['a', 'b', 'c', 'd', 'e']) many.record(t, '', false, 0);
  assert.equal(many.list().length, 3, 'types are bounded too');
});

test('EventRecorder.merge adds counts from frames', () => {
  const r = new AG.EventRecorder();
  r.record('dialog', 'x', false, 5);
  r.merge([{ type: 'dialog', count: 4, first: 1, last: 9, gesture: false }, { type: 'camera', count: 1, first: 2, last: 2 }, null, { count: 3 }]);
  const d = r.list().find((e) => e.type === 'dialog');
  assert.equal(d.count, 5);
  assert.equal(d.first, 1);
  assert.equal(d.last, 9);
  assert.equal(r.list().length, 2);
});

test('Scheduler: load, high-risk at once, mutations debounced and bounded', () => {
  const t = fakeTimers();
  const fired = [];
  const s = new AG.Scheduler((r) => fired.push([r, t.now()]), { ...t, debounce: 1000, maxMutations: 2, minGap: 500 });
  s.mutation();
  t.advance(2000);
  assert.deepEqual(fired, [], 'no mutation snapshots before load');
  s.domContentLoaded();
  s.highRisk('fullscreen');
  t.advance(499);
  assert.equal(fired.length, 1, 'high-risk right after load waits for the gap');
  t.advance(1);
  assert.deepEqual(fired.map((f) => f[0]), ['load', 'event:fullscreen']);
  for (let i = 0; i < 50; i++) { s.mutation(); t.advance(100); }
  t.advance(1000);
  for (let i = 0; i < 5; i++) { s.mutation(); t.advance(1500); }
  assert.equal(fired.filter((f) => f[0] === 'mutation').length, 2, 'bounded per page');
});

test('Scheduler: scripts that came late are judged at once, the first time only', () => {
  const t = fakeTimers();
  const fired = [];
  const s = new AG.Scheduler((r) => fired.push([r, t.now()]), { ...t, debounce: 1000, minGap: 500 });
  s.domContentLoaded();
  t.advance(40);
  s.scriptsArrived();
  assert.deepEqual(fired, [['load', 0], ['event:scripts', 40]], 'not held back by the gap after the first snapshot');
  s.scriptsArrived();
  t.advance(499);
  assert.equal(fired.length, 2, 'a second time is an ordinary high-risk event: it waits for the gap');
  t.advance(1);
  assert.deepEqual(fired.map((f) => f[0]), ['load', 'event:scripts', 'event:scripts']);
});

test('buildSnapshot reads a document and caps every part', () => {
  const frameDoc = { documentElement: { outerHTML: '<html><body>frame</body></html>' }, body: { innerText: 'frame' } };
  const doc = {
    title: 'T'.repeat(5000),
    documentElement: { outerHTML: '<html>' + 'x'.repeat(AG.LIMITS.html + 10) + '</html>', lang: 'ja' },
    body: { innerText: 'お使いのコンピュータは感染しています' },
    querySelectorAll: () => [{ src: 'https://a.example/f', contentDocument: frameDoc }, { src: 'https://b.example/', get contentDocument() { throw new Error('cross-origin'); } }],
  };
  const s = AG.buildSnapshot(doc, { href: 'https://x.example/?phone=1' }, [{ type: 'fullscreen', count: 1 }], 'load', { browser: 'chromium' });
  assert.equal(s.url, 'https://x.example/?phone=1');
  assert.equal(s.title.length, 1024);
  assert.equal(s.html.length, AG.LIMITS.html);
  assert.equal(s.lang, 'ja');
  assert.equal(s.text, 'お使いのコンピュータは感染しています');
  assert.deepEqual(s.frameUrls, ['https://a.example/f', 'https://b.example/']);
  assert.equal(s.frames.length, 1, 'cross-origin frames are listed, not read');
  assert.equal(s.frames[0].text, 'frame');
  assert.equal(s.reason, 'load');
  assert.equal(s.events.length, 1);
});

test('Pending matches replies by id, in any order, and times out', async () => {
  const t = fakeTimers();
  const p = new AG.Pending(t);
  const a = p.add(1000);
  const b = p.add(1000);
  assert.equal(p.resolve({ id: b.id, type: 'pong' }), true);
  assert.equal(p.resolve({ id: a.id, type: 'verdict', verdict: { verdict: 'allow' } }), true);
  assert.equal((await a.promise).type, 'verdict');
  assert.equal((await b.promise).type, 'pong');
  assert.equal(p.resolve({ id: 'nope' }), false);
  let timedOut = null;
  const c = p.add(1000, (id) => { timedOut = id; });
  t.advance(1000);
  await assert.rejects(c.promise, /timeout/);
  assert.equal(timedOut, c.id);
  const d = p.add(1000);
  p.resolve({ id: d.id, type: 'error', code: 'bad_request', message: 'x' });
  await assert.rejects(d.promise, (e) => e.code === 'bad_request');
  const e = p.add(1000);
  p.rejectAll(new Error('host died'));
  await assert.rejects(e.promise, /host died/);
  assert.equal(p.size, 0);
});

test('LRU keeps the newest entries', () => {
  const c = new AG.LRU(2);
  c.set('a', 1); c.set('b', 2); c.get('a'); c.set('c', 3);
  assert.equal(c.get('b'), undefined);
  assert.equal(c.get('a'), 1);
  c.deleteWhere((k) => k === 'a');
  assert.equal(c.get('a'), undefined);
});

test('helpers', () => {
  assert.equal(AG.hostStateFromError('Specified native messaging host not found.'), 'missing');
  assert.equal(AG.hostStateFromError('Native host has exited.'), 'broken');
  assert.equal(AG.hostStateFromError('Access to the specified native messaging host is forbidden.'), 'forbidden');
  assert.equal(AG.pickLang('ja-JP'), 'ja');
  assert.equal(AG.pickLang('en-US'), 'en');
  assert.equal(AG.pickLang('ja', 'en'), 'en');
  assert.equal(AG.verdictKey(3, 'https://x/#a'), '3|https://x/');
  assert.equal(AG.isExtensionSender({ id: 'me' }, 'me'), true);
  assert.equal(AG.isExtensionSender({ id: 'other' }, 'me'), false);
  assert.equal(AG.isExtensionSender(undefined, 'me'), false);
});

test('manifest: fixed id, least permissions, no web-accessible resources, strict CSP', () => {
  const crypto = require('node:crypto');
  const m = require('../../manifest.json');
  const der = Buffer.from(m.key, 'base64');
  const id = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32).replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
  assert.equal(id, 'ealcpimlhlabpbneglbjhodkadilbele');
  assert.deepEqual(m.permissions.sort(), ['contentSettings', 'downloads', 'nativeMessaging', 'storage', 'tabs']);
  assert.equal(m.web_accessible_resources, undefined);
  assert.match(m.content_security_policy.extension_pages, /script-src 'self'/);
  assert.doesNotMatch(m.content_security_policy.extension_pages, /unsafe-eval|unsafe-inline/);
  const main = m.content_scripts.find((c) => c.world === 'MAIN');
  assert.equal(main.run_at, 'document_start');
  assert.equal(main.all_frames, true);
  assert.equal(main.match_about_blank, true);
});

test('locales: ja and en have the same keys', () => {
  const ja = require('../../_locales/ja/messages.json');
  const en = require('../../_locales/en/messages.json');
  assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
  for (const k of Object.keys(ja)) assert.ok(ja[k].message && en[k].message, k);
});

test('locales: every category a log entry may carry (generated from the host) has its name', () => {
  const ja = require('../../_locales/ja/messages.json');
  assert.ok(AG.LOG_CATEGORIES.includes('guardian-block') && AG.LOG_CATEGORIES.includes('scam-next-step') && !AG.LOG_CATEGORIES.includes('context'));
  for (const c of AG.LOG_CATEGORIES) assert.ok(ja['cat_' + c.replace(/-/g, '_')], c);
  assert.deepEqual(AG.SITE_LISTS, ['allow', 'block']);
});

test('no hand-written host tables in the pages: categories, PIN codes and site lists come from shared.js', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const dir = path.resolve(__dirname, '../../pages');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.js'))) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.doesNotMatch(src, /['"]pin_(required|wrong|locked)['"]|\/\^pin_\//, `${f}: a PIN error code written by hand (AG.ERROR_CODES)`);
    assert.doesNotMatch(src, /['"]fake-alert['"]|['"]scam-next-step['"]/, `${f}: a category written by hand (AG.LOG_CATEGORIES)`);
  }
});

test('the options page offers exactly the host values (log.html selects, alerts.js channels)', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const html = fs.readFileSync(path.resolve(__dirname, '../../pages/log.html'), 'utf8');
  const options = (id) => {
    const m = new RegExp(`<select id="${id}">([\\s\\S]*?)</select>`).exec(html);
    assert.ok(m, id);
    return [...m[1].matchAll(/<option value="([^"]*)"/g)].map((x) => x[1]).filter((v) => v !== '');
  };
  assert.deepEqual(options('choice').filter((v) => v !== 'none').sort(), Object.values(AG.LOG_CHOICES).sort());
  assert.deepEqual(options('email-security'), AG.ALERT_OPTIONS.emailSecurity);
  assert.deepEqual(options('webhook-format').sort(), AG.ALERT_OPTIONS.webhookFormats.slice().sort());
  const lists = /<select id="([^"]+)">\s*<option value="block"/.exec(html);
  assert.ok(lists, 'the site list select');
  assert.deepEqual(options(lists[1]).sort(), AG.SITE_LISTS.slice().sort());
  const alerts = fs.readFileSync(path.resolve(__dirname, '../../pages/alerts.js'), 'utf8');
  for (const [, ch] of alerts.matchAll(/ch\.has\('([a-z]+)'\)/g)) assert.ok(AG.ALERT_OPTIONS.channels.includes(ch), ch);
});

test('no eval or string timers in extension code', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const root = path.resolve(__dirname, '../..');
  const files = ['background.js', 'content.js', 'hooks.js', 'lib/shared.js', ...fs.readdirSync(path.join(root, 'pages')).filter((f) => f.endsWith('.js')).map((f) => 'pages/' + f)];
  for (const f of files) {
    const src = fs.readFileSync(path.join(root, f), 'utf8');
    assert.doesNotMatch(src, /\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*['"`]/, f);
  }
});

test('Firefox build: background scripts and gecko id instead of the service worker and Chromium keys', () => {
  const { firefoxManifest } = require('../../build.js');
  const f = firefoxManifest(require('../../manifest.json'));
  assert.deepEqual(f.background, { scripts: ['lib/shared.js', 'lib/words.js', 'background.js'] });
  assert.equal(f.browser_specific_settings.gecko.id, 'alertguard@alertguard.app');
  assert.equal(f.key, undefined);
  assert.equal(f.minimum_chrome_version, undefined);
  assert.ok(f.content_scripts.every((c) => c.match_origin_as_fallback === undefined));
  assert.equal(f.content_scripts.find((c) => c.world === 'MAIN').run_at, 'document_start');
  assert.deepEqual(f.permissions.sort(), ['downloads', 'nativeMessaging', 'storage', 'tabs'], 'no contentSettings in Firefox');
});

test('isOwnPage: extension pages only, never content scripts or other extensions', () => {
  const base = 'chrome-extension://abc/';
  const cases = [
    [{ id: 'abc', url: base + 'pages/log.html' }, undefined, true],
    [{ id: 'abc', url: base + 'pages/blocked.html#b1' }, 'pages/blocked.html', true],
    [{ id: 'abc', url: base + 'pages/log.html' }, 'pages/blocked.html', false],
    [{ id: 'abc', url: 'https://scam.example/', tab: { id: 1 } }, undefined, false], // our content script on a page
    [{ id: 'other', url: 'chrome-extension://other/pages/log.html' }, undefined, false],
    [{ id: 'abc', url: 'https://scam.example/chrome-extension://abc/' }, undefined, false],
    [null, undefined, false],
  ];
  for (const [sender, page, want] of cases) assert.equal(AG.isOwnPage(sender, 'abc', base, page), want, JSON.stringify(sender) + ' ' + page);
});

test('pinMessage: every host answer to a guarded request has words', () => {
  assert.equal(AG.pinMessage({ type: 'settings' }), '');
  assert.equal(AG.pinMessage({ type: 'ok' }), '');
  assert.equal(AG.pinMessage({ type: 'error', code: 'pin_required' }), 'pinRequired');
  assert.equal(AG.pinMessage({ type: 'error', code: 'pin_wrong' }), 'pinWrong');
  assert.equal(AG.pinMessage({ type: 'error', code: 'pin_locked', retryAfterSeconds: 30 }), 'pinLocked');
  assert.equal(AG.pinMessage({ type: 'error', code: 'bad_request' }), 'badInput');
  assert.equal(AG.pinMessage({ type: 'error', code: 'config_failed' }), 'hostFailed');
  const ja = require('../../_locales/ja/messages.json');
  for (const k of ['pinRequired', 'pinWrong', 'pinLocked', 'badInput', 'hostFailed']) assert.ok(ja[k], k);
});

test('filterEntries: date, category, site and choice filters', () => {
  const entries = [
    { id: 'a', time: '2026-11-20T01:00:00Z', url: 'https://support-ms.example/x', categories: ['fake-alert', 'phone-lure'], choices: [{ choice: 'reported' }] },
    { id: 'b', time: '2026-11-21T01:00:00Z', url: 'https://camera.example/', categories: ['permission-lure'], choices: [] },
    { id: 'c', time: '2026-11-22T01:00:00Z', url: 'not a url', categories: ['clickfix'], choices: [{ choice: 'closed' }, { choice: 'continued', withPin: true }] },
  ];
  const ids = (f) => AG.filterEntries(entries, f).map((e) => e.id).join('');
  assert.equal(ids({}), 'abc');
  assert.equal(ids({ from: '2026-11-21' }), 'bc');
  assert.equal(ids({ to: '2026-11-21' }), 'ab');
  assert.equal(ids({ from: '2026-11-21', to: '2026-11-21' }), 'b');
  assert.equal(ids({ category: 'phone-lure' }), 'a');
  assert.equal(ids({ site: 'CAMERA' }), 'b');
  assert.equal(ids({ site: 'ms.example' }), 'a');
  assert.equal(ids({ site: 'not a' }), 'c');
  assert.equal(ids({ choice: 'reported' }), 'a');
  assert.equal(ids({ choice: 'continued' }), 'c');
  assert.equal(ids({ choice: 'none' }), 'b');
  assert.equal(ids({ choice: 'reported', category: 'clickfix' }), '');
  // The day is the viewer's: a zone where 01:00 UTC on the 20th is the 19th.
  assert.equal(AG.filterEntries(entries, { to: '2026-11-19' }, () => '2026-11-19').length, 3);
});

test('mergeEvent: one rule for adding reports of uses', () => {
  const e = { type: 'dialog', count: 0, first: 0, last: 0, detail: '', gesture: true };
  AG.mergeEvent(e, { count: 1, first: 500, last: 500, detail: 'Your PC is infected', gesture: true }, 10, (d) => d.slice(0, 4));
  assert.deepEqual(e, { type: 'dialog', count: 1, first: 500, last: 500, detail: 'Your', gesture: true });
  AG.mergeEvent(e, { count: 20, first: 100, last: 900, detail: 'other', gesture: false }, 10, (d) => d);
  assert.deepEqual(e, { type: 'dialog', count: 10, first: 100, last: 900, detail: 'Your', gesture: false });
});

test('reports of increments add up once: flood crossing is urgent once, take() forgets what it listed', () => {
  const r = new AG.EventRecorder();
  const flood = AG.FLOOD.dialog;
  assert.equal(r.add({ type: 'dialog', count: 1, first: 1, last: 1 }), flood === 1);
  assert.equal(r.add({ type: 'dialog', count: flood - 1, first: 2, last: 9 }), true, 'the report that makes the flood');
  assert.equal(r.add({ type: 'dialog', count: 5, first: 10, last: 20 }), false, 'only once');
  assert.equal(r.list()[0].count, flood + 5);
  assert.equal(r.add({ type: 'fullscreen', count: 1, first: 3, last: 3 }), true, 'first high-risk use');
  assert.equal(r.add({ type: 'fullscreen', count: 1, first: 4, last: 4 }), false);
  const out = new AG.EventRecorder();
  out.add({ type: 'history', count: 7, first: 1, last: 2 });
  assert.equal(out.take()[0].count, 7);
  assert.deepEqual(out.take(), []);
  const worker = new AG.EventRecorder();
  worker.merge([{ type: 'history', count: 7, first: 1, last: 2 }]);
  worker.merge([{ type: 'history', count: 3, first: 5, last: 6 }]);
  assert.equal(worker.list()[0].count, 10, 'increments from a child frame are added, never counted twice');
});

test('the generated command pattern and program list agree with the host (internal/judging/commands cases)', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../internal/judging/commands/testdata/commands.json'), 'utf8'));
  assert.ok(cases.commands.length >= 10);
  for (const [text, want] of cases.commands) assert.equal(AG.looksLikeCommand(text), want, text);
  for (const [name, mime, want] of cases.downloads) assert.equal(AG.isExecutable(name, mime), want, `${name} ${mime}`);
});

test('blockPicture: a blocked page\'s picture is its own snapshot\'s when it has one, else taken now, never of a veil', () => {
  const pic = 'data:image/jpeg;base64,' + 'A'.repeat(1000);
  const own = { url: 'https://scam.example/lock', dataURL: pic };
  const rows = [
    // [why, own, url, veiled, want]
    ['its latest snapshot carried a picture', own, 'https://scam.example/lock', false, 'own'],
    ['the same page, with a fragment', own, 'https://scam.example/lock#x', false, 'own'],
    ['veiled, but its picture was taken with the veil down', own, 'https://scam.example/lock', true, 'own'],
    ['no picture of its own', null, 'https://scam.example/lock', false, 'capture'],
    ['no picture of its own, veiled', null, 'https://scam.example/lock', true, 'none'],
    ['another page\'s picture', own, 'https://scam.example/next', false, 'capture'],
    ['another page\'s picture, veiled', own, 'https://scam.example/next', true, 'none'],
    ['no address known', own, '', false, 'capture'],
    ['not a picture', { url: own.url, dataURL: 'javascript:alert(1)' }, own.url, false, 'capture'],
    ['over the host\'s cap', { url: own.url, dataURL: 'data:image/jpeg;base64,' + 'A'.repeat(AG.MAX_THUMBNAIL) }, own.url, false, 'capture'],
  ];
  for (const [why, o, url, veiled, want] of rows) assert.equal(AG.blockPicture(o, url, veiled), want, why);
});
