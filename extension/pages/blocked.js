/* blocked.html: what the person sees instead of the scam page. Everything
 * from the verdict is inserted as text, never as HTML. */
(async () => {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  const token = location.hash.slice(1);
  const key = 'blocked:' + token;
  I18N.start(); // the language and the words, while the record is read
  const data = /^b[0-9a-z]+$/.test(token) ? await record() : null;

  // record reads the block's record, which the service worker writes as
  // the tab moves: if it is not there yet, it is waited for (at most 3 s).
  function record() {
    return new Promise((resolve) => {
      let timer = 0;
      const done = (v) => { api.storage.onChanged.removeListener(changed); clearTimeout(timer); resolve(v || null); };
      const changed = (ch, area) => { if (area === 'session' && ch[key] && ch[key].newValue) done(ch[key].newValue); };
      api.storage.onChanged.addListener(changed);
      const read = () => api.storage.session.get(key).then((r) => r[key], () => null);
      read().then((v) => { if (v) done(v); });
      timer = setTimeout(() => read().then(done), 3000);
    });
  }

  function li(parent, build) { const el = document.createElement('li'); build(el); parent.appendChild(el); return el; }
  function text(tag, s, cls) { const el = document.createElement(tag); el.textContent = s; if (cls) el.className = cls; return el; }

  // The first sentence and the first action come from the kind of scam
  // (lib/words.js blockFirst, the same the cover shows while the tab
  // moves): no "do not call" on a page that shows no number.
  function renderFirst(v) {
    const first = AGW.blockFirst(v);
    const kind = first.kind;
    const phones = first.phones;
    document.body.dataset.kind = kind;
    $('lead').textContent = I18N.t(first.lead);
    $('action').textContent = I18N.t(first.action);
    $('action-detail').textContent = I18N.t(first.detail);
    $('action-detail').hidden = !$('action-detail').textContent;
    $('call-line').hidden = !first.callLine;
    const numbers = $('numbers');
    numbers.replaceChildren();
    for (const p of phones) {
      li(numbers, (el) => {
        el.append(text('span', p.display));
        if (p.e164) el.append(text('span', p.e164, 'e164'));
      });
    }
    numbers.hidden = phones.length === 0;
    // For a phone scam the numbers come right under "do not call"; for
    // other kinds after the kind's own action and its reason.
    if (kind === 'phone') $('action').after(numbers); else $('call-line').after(numbers);
  }

  function render(lang) {
    const v = data.verdict;
    renderFirst(v);
    const advice = $('advice');
    advice.replaceChildren();
    for (const a of v.advice || []) {
      li(advice, (el) => {
        el.append(text('strong', a.title[lang]), text('span', a.body[lang]));
        if (a.url) { const link = text('a', ' ' + (lang === 'ja' ? '（くわしく）' : '(more)')); link.href = a.url; link.target = '_blank'; link.rel = 'noopener'; el.append(link); }
      });
    }
    const help = $('help');
    help.replaceChildren();
    for (const h of v.helpLines || []) {
      li(help, (el) => {
        const a = text('a', h.name[lang]); a.href = h.url; a.target = '_blank'; a.rel = 'noopener';
        el.append(text('span', h.number, 'num'), a, text('div', h.hours[lang], 'small'));
      });
    }
    $('explanation').textContent = (v.explanation && v.explanation[lang]) || '';
    const reasons = $('reasons');
    reasons.replaceChildren();
    for (const line of AGW.reasonLines(v.reasons, lang)) li(reasons, (el) => { el.textContent = line; });
    $('url').textContent = data.url;
    document.title = I18N.t('blockedTitle');
  }

  let lang = await I18N.load(new URLSearchParams(location.search).get('lang'), data ? data.pageLang || '' : '');
  if (!data) { $('missing').hidden = false; return; }
  render(lang);
  document.body.dataset.shownAt = String(performance.timeOrigin + performance.now()); // the browser benchmark reads it
  if (data.thumbnail && data.thumbnail.startsWith('data:image/')) {
    $('thumb').src = data.thumbnail;
    $('pic-section').hidden = false;
  }

  $('lang').addEventListener('click', async () => { lang = await I18N.toggle(); render(lang); });
  const self = await api.tabs.getCurrent();

  // tell records the person's choice with the host; closing or leaving the
  // page does not wait long for it.
  function tell(choice, pin) {
    const sent = api.runtime.sendMessage({ type: 'choice', choice, logId: data.logId, url: data.url, pin });
    return Promise.race([sent, new Promise((r) => setTimeout(() => r({ ok: false, timeout: true }), 1500))]);
  }
  $('close').addEventListener('click', async () => { await tell('closed'); api.tabs.remove(self.id); });
  $('safe').addEventListener('click', async () => { await tell('went-back'); await api.tabs.create({}); api.tabs.remove(self.id); });
  $('report').addEventListener('click', async () => {
    $('report').disabled = true;
    const r = await tell('reported');
    if (r && r.ok) $('reported').hidden = false;
    else { $('choice-error').textContent = I18N.t('hostFailed'); $('report').disabled = false; }
  });

  const dlg = $('confirm');
  let pinSet = false;
  $('continue').addEventListener('click', async () => {
    const s = await api.runtime.sendMessage({ type: 'settings.get' });
    pinSet = !!(s && s.ok && s.reply.pinSet);
    $('pin-box').hidden = !pinSet;
    $('pin').value = '';
    $('pin-error').textContent = '';
    dlg.showModal();
    if (pinSet) $('pin').focus();
  });
  $('confirm-no').addEventListener('click', () => dlg.close());
  $('pin').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') $('confirm-yes').click(); });
  $('confirm-yes').addEventListener('click', async () => {
    const pin = pinSet ? $('pin').value : undefined;
    const r = await api.runtime.sendMessage({ type: 'choice', choice: 'continued', logId: data.logId, url: data.url, pin });
    if (r && r.ok) { location.replace(data.url); return; }
    const key = r && r.reply ? AG.pinMessage(r.reply) : 'hostFailed';
    let msg = I18N.t(key);
    if (key === 'pinLocked' && r.reply.retryAfterSeconds) msg += ' ' + I18N.t('pinWaitMinutes').replace('$1', String(Math.ceil(r.reply.retryAfterSeconds / 60)));
    if (key === 'pinRequired' || key === 'pinWrong' || key === 'pinLocked') { $('pin-box').hidden = false; pinSet = true; }
    $('pin-error').textContent = msg;
    $('pin').value = '';
    $('pin').focus();
  });
  document.body.dataset.ready = '1';
})();
