// hooks/clipboard.js: clipboard writes and copies.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- clipboard: every programmatic write waits for a verdict on its text --
  function hookClipboard(w, nav, doc) {
    const proto = (C) => (typeof w[C] === 'function' ? w[C].prototype : null);
    const getter = (o, n) => { const d = o && getDesc(o, n); return d && d.get; };
    const C = proto('Clipboard');
    const CI = w.ClipboardItem;
    const Blob_ = w.Blob;
    const DataTransfer_ = w.DataTransfer;
    const ClipboardEvent_ = w.ClipboardEvent;
    const ciTypes = getter(CI && CI.prototype, 'types');
    const ciGetType = CI && CI.prototype.getType;
    const blobText = Blob_ && Blob_.prototype.text;
    const clipGet = getter(proto('Navigator'), 'clipboard');
    const nativeWriteText = C && C.writeText;
    const nativeWrite = C && C.write;
    const clipboard = () => (clipGet ? R(clipGet, nav, []) : null);
    const DT = proto('DataTransfer');
    const dtTypes = getter(DT, 'types');
    const dtGet = DT && DT.getData;
    const dtSet = DT && DT.setData;
    const dtClear = DT && DT.clearData;
    const targetGet = getter(w.Event.prototype, 'target');
    const ceData = getter(proto('ClipboardEvent'), 'clipboardData');
    const E = w.Event.prototype;
    const prevented = getter(E, 'defaultPrevented');
    const nativePrevent = E.preventDefault;
    const dispatch = w.EventTarget.prototype.dispatchEvent;
    const getSel = w.Document.prototype.getSelection;
    const activeEl = getter(w.Document.prototype, 'activeElement');
    const S = proto('Selection') || {};
    const rangeCount = getter(S, 'rangeCount');
    const anchorNode = getter(S, 'anchorNode');
    const getRangeAt = S.getRangeAt;
    const removeAllRanges = S.removeAllRanges;
    const addRange = S.addRange;
    const selToString = S.toString;
    const cloneRange = w.Range.prototype.cloneRange;
    const nodeType = getter(w.Node.prototype, 'nodeType');
    const parentNode = getter(w.Node.prototype, 'parentNode');
    // Text fields keep their own selection; both kinds have the same API.
    const fields = [proto('HTMLInputElement'), proto('HTMLTextAreaElement')];
    const fieldOf = (a) => {
      for (let p = getProto(a), n = 0; p && n < 32; p = getProto(p), n++) if (p === fields[0] || p === fields[1]) return p;
      return null;
    };
    const fieldSel = (a) => {
      const F = fieldOf(a);
      if (!F) return null;
      try {
        const s = R(getter(F, 'selectionStart'), a, []);
        const e = R(getter(F, 'selectionEnd'), a, []);
        return typeof s === 'number' && s !== e ? { F, s, e, value: str(R(getter(F, 'value'), a, [])) } : null;
      } catch (err) { return null; }
    };
    const execCommand = w.Document.prototype.execCommand;

    // writeData puts judged data, and only that, on the clipboard: the async
    // API when the page has it, else a copy command whose event carries it.
    function writeData(data) {
      const text = data['text/plain'] !== undefined ? data['text/plain'] : '';
      const cb = clipboard();
      if (cb && nativeWrite && CI && Blob_ && data['text/html'] !== undefined) {
        const item = create(null);
        item['text/plain'] = new Blob_([text], { type: 'text/plain' });
        item['text/html'] = new Blob_([data['text/html']], { type: 'text/html' });
        return R(nativeWrite, cb, [[new CI(item)]]);
      }
      if (cb && nativeWriteText) return R(nativeWriteText, cb, [text]);
      return replayCopy(data);
    }
    const writeLater = (data) => (v) => {
      if (!granted(v)) return;
      try { const p = writeData(data); if (p) R(then, p, [() => {}, () => {}]); } catch (e) {}
    };

    if (C) {
      hookMethod(C, 'writeText', (self, args, orig) => {
        const text = str(args[0]); // converted once: what is judged is what is written
        return held('clipboard-write', text, () => R(orig, self, [text]));
      });
      hookMethod(C, 'write', (self, args, orig) => new P((resolve, reject) => {
        readItems(args[0], (blobs, text) => {
          if (!blobs) { reject(new DOMEx('The clipboard item could not be read', 'DataError')); return; }
          hold('clipboard-write', text, (v) => {
            if (!granted(v)) { reject(refused()); return; }
            try {
              const copies = [];
              for (let i = 0; i < blobs.length; i++) copies[i] = new CI(blobs[i]);
              R(then, R(orig, self, [copies]), [resolve, reject]);
            } catch (e) { reject(e); }
          });
        });
      }));
    }

    // readItems reads every representation of the ClipboardItems once, with
    // the browser's own functions; the blobs read are the ones written.
    function readItems(items, done) {
      if (!CI || !ciTypes || !ciGetType || !blobText) { done(null, ''); return; }
      const blobs = [];
      let text = '';
      let pending = 1;
      let failed = false;
      const step = () => { if (--pending === 0) done(failed ? null : blobs, text); };
      try {
        const n = items ? items.length : 0;
        for (let i = 0; i < n && i < 16; i++) {
          const it = items[i];
          const types = R(ciTypes, it, []);
          const out = create(null);
          blobs[i] = out;
          for (let j = 0; j < types.length && j < 16; j++) {
            const type = str(types[j]);
            pending++;
            R(then, R(ciGetType, it, [type]), [(blob) => {
              out[type] = blob;
              const t = lower(type);
              if (t === 'text/plain' || t === 'text/html') {
                pending++;
                R(then, R(blobText, blob, []), [(s) => { text += (text ? '\n' : '') + s; step(); }, () => { failed = true; step(); }]);
              }
              step();
            }, () => { failed = true; step(); }]);
          }
        }
      } catch (e) { failed = true; }
      step();
    }

    // Copy and cut events the browser dispatches (Ctrl+C, the menu). The
    // page never sees the browser's own event: our listener, the first on
    // the window, stops it and runs the page's handlers on a stand-in event
    // with a fresh DataTransfer (runHandlers). What would land on the
    // clipboard is then read, not guessed from the calls a handler made: the
    // stand-in's data if a handler cancelled it (by any realm's
    // preventDefault, returnValue or `return false`), else the selection as
    // the handlers left it. If that is the person's own selection, untouched,
    // the browser copies it as always (with its formatting); otherwise the
    // selection is put aside for the moment of the browser's default, so it
    // copies nothing, and the data is held and written once judged (review
    // 1 and 2: the selection swap, calls from another realm).
    // Our own copy command (replayCopy) is filled here too, before any page
    // listener can see or change it (review 3).
    each(['copy', 'cut'], (type) => R(addListener, w, [type, (e) => {
      if (!ceData) return;
      if (replay.data) {
        const dt = R(ceData, e, []);
        try { R(dtClear, dt, []); } catch (err) {}
        for (const k in replay.data) R(dtSet, dt, [k, replay.data[k]]);
        R(nativePrevent, e, []);
        R(stopImmediate, e, []);
        replay.done = true;
        return;
      }
      if (!isTrusted(e)) return;
      R(stopImmediate, e, []);
      const before = selectedText();
      const r = runHandlers(R(targetGet, e, []), type);
      if (!r) return; // no stand-in possible: the browser copies the selection
      if (!r.prevented && r.selection === before) return;
      const saved = stashSelection();
      later(() => restoreSelection(saved), 0);
      holdWrite(r.prevented ? r.data : textData(r.selection));
    }, true]));
    const textData = (t) => { const d = create(null); if (t) d['text/plain'] = t; return d; };
    // runHandlers dispatches a stand-in copy or cut event to target, so the
    // page's handlers run as they would, and reads the result: the data set
    // on it, whether it was cancelled, and the selection after it.
    function runHandlers(target, type) {
      if (!DataTransfer_ || !ClipboardEvent_ || replay.depth > 0) return null;
      replay.depth++;
      try {
        const d = doc();
        if (!target || (R(nodeType, target, []) !== 1 && R(nodeType, target, []) !== 9)) target = d.body || d.documentElement;
        const dt = new DataTransfer_();
        const ev = new ClipboardEvent_(type, { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
        R(dispatch, target, [ev]);
        // Firefox gives the event its own copy of the DataTransfer passed in.
        const got = R(ceData, ev, []) || dt;
        const data = create(null);
        const types = R(dtTypes, got, []);
        for (let i = 0; i < types.length && i < 16; i++) {
          const k = str(types[i]);
          if (k !== 'Files') data[k] = str(R(dtGet, got, [k]));
        }
        return { data, prevented: !!R(prevented, ev, []), selection: selectedText() };
      } catch (e) { return null; } finally { replay.depth--; }
    }
    function stashSelection() {
      const saved = { ranges: [], field: null };
      try {
        const a = R(activeEl, doc(), []);
        const f = a && fieldSel(a);
        if (f) { saved.field = { a, F: f.F, s: f.s, e: f.e }; R(f.F.setSelectionRange, a, [f.e, f.e]); }
        const s = R(getSel, doc(), []);
        if (s) {
          const n = R(rangeCount, s, []);
          for (let i = 0; i < n && i < 16; i++) saved.ranges[i] = R(cloneRange, R(getRangeAt, s, [i]), []);
          R(removeAllRanges, s, []);
        }
      } catch (e) {}
      return saved;
    }
    function restoreSelection(saved) {
      try {
        if (saved.field) R(saved.field.F.setSelectionRange, saved.field.a, [saved.field.s, saved.field.e]);
        const s = R(getSel, doc(), []);
        if (s) each(saved.ranges, (r) => R(addRange, s, [r]));
      } catch (e) {}
    }
    // selectedText is what a copy command would take: the focused field's
    // selection or the document's.
    function selectedText() {
      try {
        const a = R(activeEl, doc(), []);
        const f = a && fieldSel(a);
        if (f) return R(strSlice, f.value, [f.s, f.e]);
        const s = R(getSel, doc(), []);
        return s ? str(R(selToString, s, [])) : '';
      } catch (e) { return ''; }
    }
    // replayCopy writes judged data with a copy command (pages without the
    // async clipboard API): our first listener fills the trusted event and
    // stops it, so no page listener sees it or writes over the data.
    function replayCopy(data) {
      replay.data = data;
      replay.done = false;
      try {
        R(execCommand, doc(), ['copy']);
        return resolved(replay.done);
      } finally { replay.data = null; }
    }
    // execCommand('copy'|'cut'): the page's copy handlers run on a stand-in
    // event (runHandlers); what they set, or else the selection they leave,
    // is held and written only when the page is judged safe. The call
    // returns true as the real one would; a cut does not delete.
    hookMethod(w.Document.prototype, 'execCommand', (self, args, orig) => {
      const c = lower(str(args[0]));
      // insertHTML (and the like) can make an iframe no hooked method sees.
      if (c !== 'copy' && c !== 'cut') { try { return R(orig, self, args); } finally { hookChildren(w); } }
      if (replay.data) return R(orig, self, args);
      if (replay.depth > 0) return false; // a copy command inside a copy handler
      let target = null;
      try {
        const d = doc();
        const a = R(activeEl, d, []);
        const s = R(getSel, d, []);
        target = a && a !== d.body ? a : (s && R(anchorNode, s, [])) || d.body || d.documentElement;
        if (target && R(nodeType, target, []) !== 1) target = R(parentNode, target, []);
      } catch (e) { target = null; }
      const r = runHandlers(target, c);
      if (!r) return holdWrite(textData(selectedText()));
      return holdWrite(r.prevented ? r.data : textData(r.selection));
    });
    function holdWrite(data) {
      const text = data['text/plain'] !== undefined ? data['text/plain'] : data['text/html'] || '';
      if (!text) return false;
      hold('clipboard-write', text, writeLater(data));
      return true;
    }
  }
