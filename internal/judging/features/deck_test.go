package features

import (
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

// talkDeck is a conference talk about scareware: its second slide quotes
// the alert, the number and the paste steps (corpus: len-slides-scareware-talk-fullscreen).
const talkDeck = `<title>Scareware in 2026 - Slides</title>
<style>.slide{display:none}.slide.on{display:block}</style>
<section class="slide on"><h1>Scareware in 2026</h1><p>How fake virus alerts lock your browser, and how to get out</p><p>BSides Leeds · Sarah Okafor</p></section>
<section class="slide"><h2>What victims see</h2><ul><li>"Windows Defender" warning: your computer is blocked</li><li>Call support 0800 555 0199</li></ul></section>
<section class="slide"><h2>ClickFix</h2><p>"Verify you are human: press Win + R, Ctrl + V, Enter"</p></section>
<section class="slide"><h1>Questions?</h1></section>
<div class="bar"><span id="n">1</span>/4</div>
<script>var s=document.querySelectorAll('.slide'),i=0;function go(k){s[i].classList.remove('on');i=k;s[i].classList.add('on');}
document.addEventListener('keydown',function(e){if(e.key==='ArrowRight')go(i+1);if(e.key==='ArrowLeft')go(i-1);});</script>`

// plainDeck is a twelve-slide lecture deck claiming nothing, its first
// marked slides marked current.
func plainDeck(marked int) string {
	var b strings.Builder
	b.WriteString(`<title>Lecture slides</title><style>.pg{display:none}.pg.on{display:block}</style>`)
	for i := 0; i < 12; i++ {
		if i < marked {
			b.WriteString(`<div class="pg on"><p>topic</p></div>`)
		} else {
			b.WriteString(`<div class="pg"><p>topic</p></div>`)
		}
	}
	b.WriteString(`<script>document.onkeydown=function(e){if(e.key==="ArrowRight"){turn(1)}}</script>`)
	return b.String()
}

func TestDeck(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	swap := func(old, new string) string { return strings.Replace(talkDeck, old, new, 1) }
	tests := []struct {
		name, url, html string
		events          []snapshot.Event
		want            float64 // negative.deck
	}{
		{"a talk's deck: its framing in the title and the first slide, a closing slide", "https://slides.example.com/sokafor/scareware", talkDeck, nil, 1},
		{"no closing slide: half", "https://slides.example.com/t", swap("Questions?", "Summary"), nil, 0.5},
		{"speaker notes count", "https://slides.example.com/t", swap("<h1>Questions?</h1>", `<h1>Summary</h1><aside class="notes">thank the organisers</aside>`), nil, 1},
		{"no talk named anywhere: no sign", "https://slides.example.com/t",
			strings.NewReplacer("Slides", "", "BSides Leeds", "Leeds", "Questions?", "End").Replace(talkDeck), nil, 0},
		{"slides not hidden: every slide shows", "https://slides.example.com/t", swap(".slide{display:none}", ".slide{margin:0}"), nil, 0},
		{"no way to turn them: no counter, no keys", "https://slides.example.com/t",
			strings.NewReplacer("/4", "", "ArrowRight", "x", "ArrowLeft", "y").Replace(talkDeck), nil, 0},
		{"the slide shown first is the alert", "https://x.example.top/",
			swap("<h1>Scareware in 2026</h1>", "<h1>Windows Defender: your computer is infected</h1>"), nil, 0},
		{"the title slide names the alarm as fake: the talk's subject", "https://slides.example.com/t",
			swap("How fake virus alerts lock your browser, and how to get out", "Fake virus alerts lock your browser"), nil, 1},
		{"the title slide puts the alarm on the reader's own browser", "https://x.example.top/",
			swap("How fake virus alerts lock your browser, and how to get out", "Virus alert: your browser is locked"), nil, 0},
		{"the alert around the slides", "https://x.example.top/", swap(`<div class="bar">`, `<h1>Your PC is infected with a virus</h1><div class="bar">`), nil, 0},
		{"the slide marked current is the alert", "https://x.example.top/",
			strings.NewReplacer(`class="slide on"`, `class="slide"`, `<section class="slide"><h2>What victims see`, `<section class="slide on"><h2>What victims see`).Replace(talkDeck), nil, 0},
		{"the address opens the deck on the alert", "https://x.example.top/deck#/1", talkDeck, nil, 0},
		{"a timer turns the slides", "https://x.example.top/", swap("</script>", "setTimeout(function(){go(1)},800);</script>"), nil, 0},
		{"a timer handed a function by name", "https://x.example.top/", swap("</script>", "<script>setTimeout(next,800)</script>"), nil, 0},
		{"a shop's countdown writes only the time", "https://slides.example.com/t",
			swap("</script>", `</script><span id="cd">09:59</span><script>var t=599;setInterval(function(){t--;document.getElementById("cd").textContent=t},1000);</script>`), nil, 1},
		{"an ask alone on arrival is no claim", "https://slides.example.com/t", swap(`<div class="bar">`, `<h2>Call us: 1-800-555-0199</h2><div class="bar">`), nil, 1},
		{"one slide marked current among twelve", "https://slides.example.com/t", plainDeck(1), nil, 0.5},
		{"every slide marked current: no deck", "https://x.example.top/", plainDeck(12), nil, 0},
		{"the keys are locked", "https://x.example.top/", swap("</script>", "<script>navigator.keyboard.lock()</script>"), nil, 0},
		{"it leaves no way out", "https://x.example.top/", swap("</script>", "<script>window.onbeforeunload=function(){return 'x'}</script>"), nil, 0},
		{"it speaks", "https://x.example.top/", swap("</script>", "<script>speechSynthesis.speak(new SpeechSynthesisUtterance('hi'))</script>"), nil, 0},
		{"full screen taken without a click", "https://x.example.top/", talkDeck, []snapshot.Event{{Type: "fullscreen", Count: 1}}, 0},
		{"ClickFix steps in step boxes are no slides", "https://x.example.top/",
			`<title>Verify you are human</title><div class="step">1. Press Win + R</div><div class="step">2. Press Ctrl + V</div><div class="step">3. Press Enter</div><p>slides</p>`, nil, 0},
		{"a japanese lecture deck", "https://lecture.example-u.ac.jp/infosec/06/",
			`<title>情報セキュリティ 第6回 講義スライド</title><style>.pg{display:none}.pg.on{display:block}</style><div class="pg on"><h1>サポート詐欺の手口</h1><p>情報学部 講義</p></div><div class="pg"><h2>偽警告の例</h2><p>「お使いのパソコンはウイルスに感染しています」</p></div><div class="pg"><h2>ご清聴ありがとうございました</h2></div><div>1 / 3</div><script>document.onkeydown=function(e){if(e.key==="ArrowRight"){turn(1)}}</script>`, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(t, e, tt.url, tt.html, tt.events...)
			if got["negative.deck"] != tt.want {
				t.Errorf("negative.deck = %.2f, want %.2f (all: %v)", got["negative.deck"], tt.want, got)
			}
			if tt.want == 1 {
				for k, v := range got {
					if strings.HasPrefix(k, "conj.") && v != 0 {
						t.Errorf("%s = %.2f on a deck in its speaker's voice", k, v)
					}
				}
			}
		})
	}
}

// FuzzDeckKey holds deckKey's shortcut to the expression it skips.
func FuzzDeckKey(f *testing.F) {
	for _, s := range []string{talkDeck, "if(e.keyCode == 39)next()", "e.which===37", "PageUp", "Arrow", "page", "keycode==39", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := deckKey(s), deckKeys.MatchString(s); got != want {
			t.Errorf("deckKey(%q) = %v, the expression %v", s, got, want)
		}
	})
}
