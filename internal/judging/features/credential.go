package features

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/page"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// A phishing landing page asks the reader to type what only they and
// their bank know — a card's number, expiry and security code, a PIN, a
// one-time code from an SMS, an online-banking password, a My Number —
// into a form. The credential ask (lure.credential-form) is which of these
// kinds the page's fields ask for, read from what names a field: its name,
// id, autocomplete, placeholder, aria-label and title, and the text of its
// label (a <label for>, the label around it, or the nearest short text of
// its row). A shop's checkout and a bank's own sign-in ask the same: the
// ask weighs only with a claim (conj.*-credentials), and a brand's own
// site makes none (issue 20, 2026-12-07, branch phish).

// Bounds on the form walk.
const (
	maxCredFields   = 200 // fields read per page
	maxFieldContext = 100 // runes of a row's text taken as a field's label
	maxLabelClimb   = 3   // ancestors climbed to find a field's row text
)

// credentialKind is one kind of secret and the words that name a field
// asking for it: latin words as whole tokens of the field's name, id or
// label (camelCase and snake_case split: cardNumber → "card number"),
// other phrases anywhere in its folded label text.
type credentialKind struct {
	kind         string
	latin, local []string
}

// credentialKinds: "password" is the weakest kind (every sign-in asks for
// one); the others are what a sign-in rarely asks all at once.
var credentialKinds = []credentialKind{
	{"card", []string{"card number", "cardnumber", "cardno", "card no", "cc number", "ccnumber", "ccnum", "cc num", "credit card", "kartennummer", "numero de carte", "numero tarjeta"},
		[]string{"カード番号", "クレジットカード番号"}},
	{"expiry", []string{"cc exp", "exp month", "expmonth", "exp year", "expyear", "expiry", "expiration", "exp date", "expdate", "mm yy", "valid thru", "ablaufdatum"},
		[]string{"有効期限", "有効期間"}},
	{"cvv", []string{"cvv", "cvv2", "cvc", "cvc2", "csc", "cc csc", "security code", "securitycode", "card code"},
		[]string{"セキュリティコード", "セキュリティーコード", "カード裏面の3桁"}},
	{"pin", []string{"pin", "pin code", "pincode", "atm pin", "card pin"},
		[]string{"暗証番号", "第二暗証", "4桁の番号"}},
	{"otp", []string{"otp", "one time code", "one time password", "onetime", "sms code", "smscode", "verification code", "auth code", "authcode", "2fa"},
		[]string{"ワンタイムパスワード", "ワンタイム", "認証コード", "確認コード", "認証番号", "smsに記載"}},
	{"mynumber", []string{"my number", "mynumber", "ssn", "social security"},
		[]string{"マイナンバー", "個人番号"}},
	{"bank", []string{"account number", "accountnumber", "acct no", "routing number", "branch code", "sort code", "iban"},
		[]string{"口座番号", "支店番号", "店番号", "店番", "乱数表", "合言葉"}},
	{"password", []string{"password", "passwd", "pwd", "passcode", "kennwort", "mot de passe", "contrasena"},
		[]string{"パスワード"}},
}

// autocompleteKinds are the standard autocomplete tokens of the kinds.
var autocompleteKinds = map[string]string{
	"cc-number": "card", "cc-exp": "expiry", "cc-exp-month": "expiry", "cc-exp-year": "expiry", "cc-csc": "cvv",
	"one-time-code": "otp", "current-password": "password", "new-password": "password",
}

// typedField says whether n is one of the input types a person types a secret into.
func typedField(n *html.Node) bool {
	if n.Data == "select" {
		return true
	}
	switch strings.ToLower(attrOf(n, "type")) {
	case "", "text", "tel", "number", "password", "email":
		return true
	}
	return false
}

// credentialAsk reads the kinds of secret the page's forms ask for, in
// the documents of the page and its frames, and sets lure.credential-form:
// 0.4 for a password alone, 0.5 for one other kind, 0.75 for two, 1 for
// three or more.
func (p *pageState) credentialAsk() {
	kinds := credentialKindsIn(p.f.Docs)
	if len(kinds) == 0 {
		return
	}
	strong := len(kinds)
	if _, ok := kinds["password"]; ok {
		strong--
	}
	x := 0.4
	switch {
	case len(kinds) >= 3:
		x = 1
	case len(kinds) == 2:
		x = 0.75
	case strong == 1:
		x = 0.5
	}
	var ev []string
	for _, k := range credentialKinds { // in the table's order, so evidence is stable
		if w, ok := kinds[k.kind]; ok {
			ev = append(ev, w)
		}
	}
	p.set("lure.credential-form", x, ev...)
	// "カード番号" is a gift-card lure's ask to read a card's number out;
	// beside a card-number field it is the field's own label
	if _, card := kinds["card"]; card {
		if i, ok := p.e.index["lure.gift-card"]; ok && p.evidenceAll(i, func(e string) bool { return e == "カード番号" }) {
			p.v.Values[i] = 0
			delete(p.v.Evidence, i)
		}
	}
}

// credentialKindsIn maps each kind of secret the documents' fields ask for
// to the word that named its first field.
func credentialKindsIn(docs []*page.Document) map[string]string {
	var kinds map[string]string
	read := 0
	for _, d := range docs {
		if d == nil || d.Doc == nil {
			continue
		}
		labels := labelsFor(d.Doc)
		d.Doc.Find("input, select").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			n := s.Get(0)
			if !typedField(n) {
				return true
			}
			read++
			if kind, word := fieldKind(n, labels); kind != "" {
				if kinds == nil {
					kinds = map[string]string{}
				}
				if _, seen := kinds[kind]; !seen {
					kinds[kind] = word
				}
			}
			return read < maxCredFields
		})
		if read >= maxCredFields {
			break
		}
	}
	return kinds
}

// labelsFor maps the ids <label for> names to the label's text.
func labelsFor(doc *goquery.Document) map[string]string {
	var out map[string]string
	doc.Find("label[for]").Each(func(_ int, s *goquery.Selection) {
		if out == nil {
			out = map[string]string{}
		}
		id, _ := s.Attr("for")
		out[id] += " " + clip(s.Text(), maxFieldContext)
	})
	return out
}

// fieldKind is the first kind of secret (in credentialKinds' order) that
// the field's names and label ask for, with the word that said it. The
// field's own attributes are read first: a row's text may name its
// neighbour ("カード番号・有効期限").
func fieldKind(n *html.Node, labels map[string]string) (kind, word string) {
	if k, ok := autocompleteKinds[strings.ToLower(strings.TrimSpace(attrOf(n, "autocomplete")))]; ok {
		return k, attrOf(n, "autocomplete")
	}
	if strings.EqualFold(attrOf(n, "type"), "password") {
		for _, row := range []bool{false, true} {
			if k, w := kindOf(fieldText(n, labels, row)); k != "" && k != "password" {
				return k, w // a PIN, a code or an answer typed hidden
			}
		}
		return "password", "type=password"
	}
	if k, w := kindOf(fieldText(n, labels, false)); k != "" {
		return k, w
	}
	return kindOf(fieldText(n, labels, true))
}

// fieldText is what names the field: its attributes and label, and with
// row the nearest short text of its ancestors.
func fieldText(n *html.Node, labels map[string]string, row bool) string {
	var b strings.Builder
	if !row {
		for _, k := range []string{"name", "id", "placeholder", "aria-label", "title"} {
			b.WriteString(attrOf(n, k))
			b.WriteByte(' ')
		}
		if id := attrOf(n, "id"); id != "" {
			b.WriteString(labels[id])
		}
		return b.String()
	}
	for a, up := n.Parent, 0; a != nil && up < maxLabelClimb; a, up = a.Parent, up+1 {
		if a.Type != html.ElementNode || a.Data == "form" || a.Data == "body" {
			break
		}
		t := strings.TrimSpace(nodeText(a, 4*maxFieldContext))
		if t == "" {
			continue
		}
		if utf8.RuneCountInString(t) > maxFieldContext {
			break // a block of prose, not a label
		}
		return t
	}
	return ""
}

// kindOf finds the first kind of secret text names.
func kindOf(text string) (kind, word string) {
	if strings.TrimSpace(text) == "" {
		return "", ""
	}
	folded := textnorm.Fold(text)
	tokens := " " + tokenize(text) + " "
	for _, k := range credentialKinds {
		for _, w := range k.local {
			if strings.Contains(folded, textnorm.Fold(w)) {
				return k.kind, w
			}
		}
		for _, w := range k.latin {
			if strings.Contains(tokens, " "+w+" ") {
				return k.kind, w
			}
		}
	}
	return "", ""
}

// tokenize lowers text to its latin words, split at every other character
// and at camelCase humps: "cardNumber" and "card_number" are "card number".
func tokenize(s string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if unicode.IsUpper(r) && prevLower {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
			prevLower = false
		}
	}
	return strings.TrimSpace(b.String())
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText is n's text, at most max bytes.
func nodeText(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if b.Len() >= max {
			return
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if c.Data == "script" || c.Data == "style" || c.Data == "option" {
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

func clip(s string, runes int) string {
	if utf8.RuneCountInString(s) <= runes {
		return s
	}
	return string([]rune(s)[:runes])
}

// phishStory sets alarm.phish-story from the phishing story's phrases
// (words/phish_story.txt): two in the page, or one in a heading, banner
// or dialog.
func (p *pageState) phishStory() {
	if n, ev := p.e.lx.of(p.head, "phish_story"); n > 0 {
		p.set("alarm.phish-story", 1, ev...)
		return
	}
	p.lex("alarm.phish-story", "phish_story", p.body, 2)
}

// brandHost sets authority.brand-host: a label of the host names a brand
// of the catalogue that does not own it (brands.InHost).
func (p *pageState) brandHost() {
	if p.brandSite() || p.e.sites.Known(p.f.Host) {
		return
	}
	if b := brands.InHost(p.f.Host); len(b) > 0 {
		p.set("authority.brand-host", 1, b...)
	}
}

// CredentialPaired says whether the page's credential form pairs with a
// claim (a conj.*-credentials feature is set). A form that pairs with none
// is the page's own sign-in or checkout: it is no ask of the kind that
// makes a permission request more than a warning (decide.WarnOnly).
func (e *Extractor) CredentialPaired(v *Vector) bool {
	for _, row := range e.conj.pairs {
		for k, i := range row {
			if askSides[k].id == credentialsAsk && v.Values[i] > 0 {
				return true
			}
		}
	}
	return false
}

// credentialsAsk is the ask side of the credential form.
const credentialsAsk = "credentials"
