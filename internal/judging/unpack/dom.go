package unpack

import (
	"encoding/base64"
	"strings"

	"github.com/dop251/goja"
)

// domStub is the inert DOM: every element accepts what a kit does to it and
// reports HTML and text written into it.
const domStub = `(function (g, html, text, frame) {
  function El(tag) {
    this.tagName = String(tag || 'div').toUpperCase();
    this.style = {}; this.dataset = {}; this.children = []; this.childNodes = [];
    this.classList = { add: function () {}, remove: function () {}, toggle: function () {}, contains: function () { return false; } };
    this.attributes = {};
  }
  var P = El.prototype;
  Object.defineProperty(P, 'innerHTML', { get: function () { return this._h || ''; }, set: function (v) { this._h = String(v); html(this._h); } });
  Object.defineProperty(P, 'outerHTML', { get: function () { return this._h || ''; }, set: function (v) { html(String(v)); } });
  Object.defineProperty(P, 'textContent', { get: function () { return this._t || ''; }, set: function (v) { this._t = String(v); text(this._t); } });
  Object.defineProperty(P, 'innerText', { get: function () { return this._t || ''; }, set: function (v) { this._t = String(v); text(this._t); } });
  Object.defineProperty(P, 'value', { get: function () { return this._v || ''; }, set: function (v) { this._v = String(v); text(this._v); } });
  Object.defineProperty(P, 'srcdoc', { get: function () { return this._s || ''; }, set: function (v) { this._s = String(v); frame(this._s); } });
  P.insertAdjacentHTML = function (pos, h) { html(String(h)); };
  P.insertAdjacentText = function (pos, t) { text(String(t)); };
  P.appendChild = function (c) { this.children.push(c); return c; };
  P.append = function () { for (var i = 0; i < arguments.length; i++) if (typeof arguments[i] === 'string') text(arguments[i]); };
  P.prepend = P.append;
  P.insertBefore = P.appendChild; P.removeChild = function (c) { return c; }; P.replaceChild = function (n) { return n; };
  P.remove = function () {}; P.setAttribute = function (k, v) { this.attributes[k] = String(v); if (k === 'title' || k === 'alt') text(String(v)); if (String(k).toLowerCase() === 'srcdoc') frame(String(v)); };
  P.getAttribute = function (k) { return this.attributes[k] || null; }; P.removeAttribute = function () {};
  P.addEventListener = function () {}; P.removeEventListener = function () {}; P.dispatchEvent = function () { return true; };
  P.click = function () {}; P.focus = function () {}; P.blur = function () {}; P.play = function () { return { then: function () {}, catch: function () {} }; }; P.pause = function () {};
  P.requestFullscreen = function () {}; P.webkitRequestFullscreen = P.requestFullscreen; P.mozRequestFullScreen = P.requestFullscreen; P.msRequestFullscreen = P.requestFullscreen;
  P.getElementsByTagName = function () { return []; }; P.getElementsByClassName = function () { return []; };
  P.querySelector = function () { return new El('div'); }; P.querySelectorAll = function () { return []; };
  P.getBoundingClientRect = function () { return { top: 0, left: 0, width: 0, height: 0 }; };
  P.cloneNode = function () { return new El(this.tagName); };
  var body = new El('body'), head = new El('head'), root = new El('html');
  var doc = {
    body: body, head: head, documentElement: root, cookie: '', referrer: '', readyState: 'complete', hidden: false, visibilityState: 'visible',
    write: function () { for (var i = 0; i < arguments.length; i++) html(String(arguments[i])); },
    writeln: function () { for (var i = 0; i < arguments.length; i++) html(String(arguments[i])); },
    open: function () {}, close: function () {},
    createElement: function (t) { return new El(t); }, createTextNode: function (t) { text(String(t)); return new El('#text'); },
    createDocumentFragment: function () { return new El('#fragment'); },
    getElementById: function () { return new El('div'); }, querySelector: function () { return new El('div'); },
    querySelectorAll: function () { return []; }, getElementsByTagName: function (t) { return t === 'body' ? [body] : []; },
    getElementsByClassName: function () { return []; }, getElementsByName: function () { return []; },
    addEventListener: function () {}, removeEventListener: function () {}, execCommand: function () { return true; },
    exitFullscreen: function () {}, hasFocus: function () { return true; }
  };
  Object.defineProperty(doc, 'title', { get: function () { return this._title || ''; }, set: function (v) { this._title = String(v); text(this._title); } });
  doc.location = g.location;
  g.document = doc;
  g.HTMLElement = El; g.Element = El;
  g.Image = function () { return new El('img'); }; g.Audio = function () { return new El('audio'); };
  g.localStorage = g.sessionStorage = { getItem: function () { return null; }, setItem: function () {}, removeItem: function () {} };
  g.history = { pushState: function () {}, replaceState: function () {}, back: function () {}, length: 1 };
})`

// document installs the DOM stub and returns the document object.
func (b *browser) document(loc *goja.Object) *goja.Object {
	_ = loc
	p, err := programs()
	if err != nil {
		return b.rt.NewObject()
	}
	fn, err := b.rt.RunProgram(p.dom)
	if err != nil {
		return b.rt.NewObject()
	}
	call, _ := goja.AssertFunction(fn)
	html := func(s string) { b.write(&b.html, s) }
	text := func(s string) { b.write(&b.text, s) }
	frame := func(s string) {
		if len(b.frames) < MaxFrames && b.room(len(s)) {
			b.frames = append(b.frames, s)
			b.framed += len(s)
		}
	}
	if _, err := call(goja.Undefined(), b.rt.GlobalObject(), b.rt.ToValue(html), b.rt.ToValue(text), b.rt.ToValue(frame)); err != nil {
		return b.rt.NewObject()
	}
	return b.rt.GlobalObject().Get("document").ToObject(b.rt)
}

// atob decodes base64 into a binary string, as browsers do.
func (b *browser) atob(s string) (string, error) {
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, s)
	data, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		data, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
		if err != nil {
			panic(b.rt.NewTypeError("atob: invalid base64"))
		}
	}
	rs := make([]rune, len(data))
	for i, c := range data {
		rs[i] = rune(c)
	}
	return string(rs), nil
}

// btoa encodes a binary string.
func (b *browser) btoa(s string) string {
	data := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			panic(b.rt.NewTypeError("btoa: character out of range"))
		}
		data = append(data, byte(r))
	}
	return base64.StdEncoding.EncodeToString(data)
}
