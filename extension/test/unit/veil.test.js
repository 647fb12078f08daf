'use strict';
/* The veil's trigger (issue 24; docs/extension.md, "The veil"): which
 * pages are covered before their first verdict, and which never are. */
const test = require('node:test');
const assert = require('node:assert/strict');
const AG = require('../../lib/shared.js');

test('veilReason: a high-risk sign before the first verdict veils the page', () => {
  const rows = [
    // [name, input, want]
    ['nothing', {}, ''],
    ['no input', null, ''],
    ['full screen by itself', { event: { type: 'fullscreen', gesture: false } }, 'event:fullscreen'],
    ['keyboard lock by itself', { event: { type: 'keyboard-lock', gesture: false } }, 'event:keyboard-lock'],
    ['pointer lock by itself', { event: { type: 'pointer-lock' } }, 'event:pointer-lock'],
    ['clipboard write by itself', { event: { type: 'clipboard-write', gesture: false } }, 'event:clipboard-write'],
    ['speech by itself', { event: { type: 'speech', gesture: false } }, 'event:speech'],
    ['a looping alarm that plays by itself', { siren: true }, 'siren'],
    ['a site on the block list', { blockList: true }, 'block-list'],
    ['a scam session in progress', { scamSession: true }, 'scam-session'],
    ['the block list comes first', { blockList: true, scamSession: true, event: { type: 'fullscreen' } }, 'block-list'],
    // Never: what ordinary pages do, and what follows the person's click.
    ['a game\'s full screen after a click', { event: { type: 'fullscreen', gesture: true } }, ''],
    ['a video\'s pointer lock after a click', { event: { type: 'pointer-lock', gesture: true } }, ''],
    ['a copy button', { event: { type: 'clipboard-write', gesture: true } }, ''],
    ['a muted video that plays', { event: { type: 'media-play', gesture: false } }, ''],
    ['an audio context (players, fingerprinting)', { event: { type: 'audio-context', gesture: false } }, ''],
    ['history, dialogs, pop-ups', { event: { type: 'history', gesture: false } }, ''],
    ['a notification prompt', { event: { type: 'notification', gesture: false } }, ''],
    ['a malformed event', { event: { gesture: false } }, ''],
    // After the first verdict nothing veils the page.
    ['judged, full screen', { judged: true, event: { type: 'fullscreen', gesture: false } }, ''],
    ['judged, block list', { judged: true, blockList: true }, ''],
  ];
  for (const [name, input, want] of rows) assert.equal(AG.veilReason(input), want, name);
});

test('the veil is bounded and its events are known event types', () => {
  assert.ok(AG.VEIL_MAX_MS > 0 && AG.VEIL_MAX_MS <= 300, 'at most 300 ms');
  for (const t of AG.VEIL_EVENTS) assert.ok(AG.EVENT_TYPES.includes(t), `${t} is an event the hooks report`);
});

test('onBlockList: the site itself or a parent of it, host names and addresses', () => {
  const list = ['scam.example', 'Other.Example.', '198.51.100.7', '::1'];
  const rows = [
    ['https://scam.example/', true],
    ['https://www.scam.example/a?b#c', true],
    ['http://SCAM.example:8080/', true],
    ['https://other.example/', true],
    ['http://198.51.100.7/lock.html', true],
    ['http://[::1]:9/', true],
    ['https://notscam.example/', false],
    ['https://scam.example.evil.test/', false],
    ['http://198.51.100.70/', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false],
  ];
  for (const [url, want] of rows) assert.equal(AG.onBlockList(url, list), want, url);
  assert.equal(AG.onBlockList('https://scam.example/', []), false);
  assert.equal(AG.onBlockList('https://scam.example/', undefined), false);
  assert.equal(AG.onBlockList('https://scam.example/', ['', null]), false);
});

test('inScamSession: a block in this browser session, lately', () => {
  const now = 10 * 60 * 60 * 1000;
  assert.equal(AG.inScamSession(0, now), false, 'never blocked');
  assert.equal(AG.inScamSession(now - 1000, now), true);
  assert.equal(AG.inScamSession(now - AG.SCAM_SESSION_MS + 1, now), true);
  assert.equal(AG.inScamSession(now - AG.SCAM_SESSION_MS, now), false, 'the window is over');
  assert.equal(AG.inScamSession(now + 5000, now), false, 'a clock that went back');
});

test('the hooks veil on the same uses as AG.VEIL_EVENTS', () => {
  const src = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../hooks/state.js'), 'utf8');
  const m = src.match(/const VEIL_TYPES = (\[[^\]]*\]);/);
  assert.ok(m, 'hooks/state.js lists VEIL_TYPES');
  assert.deepEqual(JSON.parse(m[1].replace(/'/g, '"')), AG.VEIL_EVENTS);
});
