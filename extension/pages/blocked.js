/* blocked.html: what the person sees instead of the scam page. Everything
 * from the verdict is inserted as text, never as HTML. */
(async () => {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const $ = (id) => document.getElementById(id);
  const token = location.hash.slice(1);
  const key = 'blocked:' + token;
  const data = /^b[0-9a-z]+$/.test(token) ? (await api.storage.session.get(key))[key] : null;

  function li(parent, build) { const el = document.createElement('li'); build(el); parent.appendChild(el); return el; }
  function text(tag, s, cls) { const el = document.createElement(tag); el.textContent = s; if (cls) el.className = cls; return el; }

  function render(lang) {
    const v = data.verdict;
    const numbers = $('numbers');
    numbers.replaceChildren();
    for (const p of v.phones || []) {
      li(numbers, (el) => {
        el.append(text('span', p.display));
        if (p.e164) el.append(text('span', p.e164, 'e164'));
      });
    }
    $('no-numbers').hidden = (v.phones || []).length > 0;
    $('explanation').textContent = (v.explanation && v.explanation[lang]) || '';
    const reasons = $('reasons');
    reasons.replaceChildren();
    for (const r of (v.reasons || []).filter((r) => r.weight > 0)) li(reasons, (el) => { el.textContent = r.title[lang]; });
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
    $('url').textContent = data.url;
    document.title = I18N.t('blockedTitle');
  }

  let lang = await I18N.load(new URLSearchParams(location.search).get('lang'));
  if (!data) { $('missing').hidden = false; return; }
  render(lang);
  if (data.thumbnail && data.thumbnail.startsWith('data:image/')) {
    $('thumb').src = data.thumbnail;
    $('pic-section').hidden = false;
  }

  $('lang').addEventListener('click', async () => { lang = await I18N.toggle(); render(lang); });
  const self = await api.tabs.getCurrent();
  $('close').addEventListener('click', () => api.tabs.remove(self.id));
  $('safe').addEventListener('click', async () => { await api.tabs.create({}); api.tabs.remove(self.id); });
  $('report').addEventListener('click', async () => {
    await api.runtime.sendMessage({ type: 'report', url: data.url, logId: data.logId });
    $('reported').hidden = false;
    $('report').disabled = true;
  });
  const dlg = $('confirm');
  $('continue').addEventListener('click', () => dlg.showModal());
  $('confirm-no').addEventListener('click', () => dlg.close());
  $('confirm-yes').addEventListener('click', async () => {
    await api.runtime.sendMessage({ type: 'continue', url: data.url });
    location.replace(data.url);
  });
  document.body.dataset.ready = '1';
})();
