(async () => {
  'use strict';
  await I18N.load();
  document.getElementById('lang').addEventListener('click', () => I18N.toggle());
  document.body.dataset.ready = '1';
})();
