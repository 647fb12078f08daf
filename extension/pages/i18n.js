/* Page strings from _locales, in Japanese or English by the browser's
 * language, switchable on the page (a family may read either). */
(function (root) {
  'use strict';
  const api = root.browser || root.chrome;
  let messages = {};
  let lang = 'ja';
  async function load(override) {
    const stored = (await api.storage.local.get('lang')).lang;
    lang = root.AG.pickLang(api.i18n.getUILanguage(), override || stored);
    const r = await fetch(api.runtime.getURL('_locales/' + lang + '/messages.json'));
    messages = await r.json();
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-alt]')) el.alt = t(el.dataset.i18nAlt);
    for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
    return lang;
  }
  function t(key) { return (messages[key] && messages[key].message) || key; }
  async function toggle() {
    const next = lang === 'ja' ? 'en' : 'ja';
    await api.storage.local.set({ lang: next });
    return load(next);
  }
  root.I18N = { load, t, toggle, get lang() { return lang; } };
})(globalThis);
