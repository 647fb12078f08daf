// Package phones finds telephone numbers in folded page text with
// nyaruka/phonenumbers: JP, US/CA, GB, FR, DE, AU and international form.
package phones

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

// Limits: a page with 100,000 number-like strings costs bounded work.
const (
	MaxCandidates = 400
	MaxNumbers    = 20
	ContextRunes  = 60
)

// Number is one phone number seen on the page.
type Number struct {
	E164     string `json:"e164"`    // "+81120941234"; empty when the number is not valid anywhere
	Display  string `json:"display"` // as written on the page
	Type     string `json:"type"`    // toll-free, voip, fixed, mobile, premium, shared, unknown
	Region   string `json:"region,omitempty"`
	Valid    bool   `json:"valid"`
	Context  string `json:"-"`                  // folded text around the number
	Injected bool   `json:"injected,omitempty"` // put in by the page address (?phone=…) or by script: kits fill their lure that way
}

// TollFreeOrVoIP says whether the number is the kind scams rent: free-dial,
// IP phone (050), shared cost.
func (n Number) TollFreeOrVoIP() bool {
	switch n.Type {
	case "toll-free", "voip", "shared", "uan":
		return true
	}
	return false
}

// Candidate shape: an optional "+" or "(", a digit, then digits and
// separators (space - . ( )), ending on a digit, 7 to 26 bytes long; the
// digit count (9 to 15) is checked afterwards. A hand scanner instead of a
// regexp: pages carry megabytes of text and this runs over all of it.
const (
	minCandidate = 7
	maxCandidate = 26
	maxRun       = 96 // a longer run of digits and separators is read as its first maxRun bytes
)

var dateLike = regexp.MustCompile(`^(?:19|20)\d\d[-./]\d\d?[-./]\d\d?|^\d\d?[-./]\d\d?[-./](?:19|20)\d\d(?:$|\D)`)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSep(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' }

// mayStart: the bytes a candidate can start with (a digit, '+' or '(').
var mayStart = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['+'], t['('] = true, true
	return t
}()

// candidates returns the byte ranges of number-like runs, at most MaxCandidates.
func candidates(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text) && len(out) < MaxCandidates; {
		for i < len(text) && !mayStart[text[i]] { // most bytes of a page: one table load each
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		lead := (c == '+' || c == '(') && i+1 < len(text) && isDigit(text[i+1])
		if !isDigit(c) && !lead {
			i++
			continue
		}
		start, j := i, i+1
		for j < len(text) && j-start < maxRun && (isDigit(text[j]) || isSep(text[j])) {
			j++
		}
		end := j
		for end > start && !isDigit(text[end-1]) {
			end--
		}
		if end-start >= minCandidate {
			out = append(out, [2]int{start, end})
		}
		i = max(j, i+1)
	}
	return out
}

// Find returns the numbers in folded text (see textnorm.Fold). The page's
// language, then its host's country domain, decide which country is tried
// first for numbers without a country code.
func Find(text, lang, host string) []Number {
	var regions []string // made when a candidate first needs them: most texts have none
	var preferred int
	var seen, tried map[string]bool // tried: a number written again comes out as it did the first time
	var out []Number
	for _, loc := range splitCandidates(text, candidates(text)) {
		if tried == nil {
			seen, tried = map[string]bool{}, map[string]bool{}
		}
		raw := strings.TrimSpace(text[loc[0]:loc[1]])
		if tried[raw] {
			continue
		}
		tried[raw] = true
		digits := phonenumbers.NormalizeDigitsOnly(raw)
		if len(digits) < 9 || len(digits) > 15 || looksLikeNotAPhone(raw, digits) {
			continue
		}
		if regions == nil {
			regions, preferred = regionOrder(lang, host)
		}
		n, ok := parse(raw, regions, preferred)
		if !ok {
			if raw == digits {
				continue // a bare run of digits that is no valid number: an ID
			}
			n = Number{Display: raw, Type: "unknown"}
		}
		key := n.E164
		if key == "" {
			key = digits
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		n.Context = around(text, loc[0], loc[1])
		out = append(out, n)
		if len(out) >= MaxNumbers {
			break
		}
	}
	return out
}

// splitCandidates cuts candidates at tokens that are not parts of a phone
// number: dotted runs with two dots or more (IPv4 addresses, version
// numbers, dotted dates), so "ip 178.16.53.70 0120-941-234" keeps the
// number and drops the address.
func splitCandidates(text string, locs [][2]int) [][2]int { return split(text, locs, true) }

// split is splitCandidates; dropShort drops runs of fewer than nine digits
// first (pieces are parts of the run, and Find keeps none with fewer than
// nine digits: a year, a price or a time is dropped before the label and
// date expressions are asked about it).
func split(text string, locs [][2]int, dropShort bool) [][2]int {
	var out [][2]int
	for _, loc := range locs {
		if dropShort && countDigits(text[loc[0]:loc[1]]) < 9 || labelledNotAPhone(text, loc[0]) {
			continue
		}
		piece := loc[0] // start of the current run of phone-like tokens
		tok := loc[0]   // start of the current token
		digits := 0     // digits in the current run
		for i := loc[0]; i <= loc[1]; i++ {
			if i < loc[1] && text[i] != ' ' {
				continue
			}
			t := text[tok:i]
			n := countDigits(t)
			switch {
			case strings.Count(t, ".") >= 2 || dateToken.MatchString(t):
				out = appendPiece(out, text, piece, tok)
				piece, digits = i+1, 0
			case digits > 0 && digits+n > 15:
				out = appendPiece(out, text, piece, tok)
				piece, digits = tok, n
			default:
				digits += n
			}
			tok = i + 1
		}
		out = appendPiece(out, text, piece, loc[1])
	}
	return out
}

// dateToken is a whole date written with dashes or slashes.
var dateToken = regexp.MustCompile(`^\(?(?:(?:19|20)\d\d[-/]\d\d?[-/]\d\d?|\d\d?[-/]\d\d?[-/](?:19|20)\d\d)\)?$`)

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

func appendPiece(out [][2]int, text string, start, end int) [][2]int {
	for start < end && !isDigit(text[start]) && text[start] != '+' && text[start] != '(' {
		start++
	}
	end = min(end, start+maxCandidate)
	for end > start && !isDigit(text[end-1]) {
		end--
	}
	if end-start >= minCandidate && !price(text, start, end) {
		out = append(out, [2]int{start, end})
	}
	return out
}

// Words that label a number as something other than a phone number, and
// what stands right around a price.
var (
	notPhoneLabel  = regexp.MustCompile(`(?:^|[^a-z])(?:(?:order|invoice|tracking|reference|ref|serial|version|ver|build|model|sku|isbn|ip|id|注文番号|伝票番号|会員番号|登録番号|管理番号|お問い合わせ番号|受付番号|商品番号|型番|製造番号|ipアドレス|バージョン)\s*(?:number|no\.?|#|:|：|=)?\s*[#:：]?\s*|cve-?)$`)
	currencyBefore = []string{"$", "¥", "€", "£", "₩", "usd", "jpy", "eur", "rs."}
	currencyAfter  = []string{"円", "ドル", "yen", "usd", "eur", "%", "€", "元", "ユーロ"}
)

// labelledNotAPhone: the words right before a run of digits say it is an
// order number, an address, a version, an ID or a vulnerability's id
// (CVE-2026-47821 read as a French number on a fake driver update).
func labelledNotAPhone(text string, start int) bool {
	before := lineBefore(text, start)
	return mayBeLabelled(before) && notPhoneLabel.MatchString(before)
}

// labelCores: each label of notPhoneLabel holds one ("reference" holds
// "ref", "ipアドレス" "ip", every 番号 "番号"); text that holds none cannot
// match, and is not run through the expression (FuzzLabelCores).
var labelCores = []string{"order", "invoice", "tracking", "ref", "serial", "ver", "build", "model",
	"sku", "isbn", "ip", "id", "番号", "型番", "バージョン", "cve"}

func mayBeLabelled(before string) bool {
	for _, c := range labelCores {
		if strings.Contains(before, c) {
			return true
		}
	}
	return false
}

// price: a currency stands right before or after the number, or it goes on
// with a decimal part.
func price(text string, start, end int) bool {
	before := lineBefore(text, start)
	for _, c := range currencyBefore {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	after := strings.TrimLeft(text[end:min(len(text), end+12)], " ")
	for _, c := range currencyAfter {
		// "€1" after a number starts the next price: not this one's currency.
		if strings.HasPrefix(after, c) && !(len(after) > len(c) && isDigit(after[len(c)])) {
			return true
		}
	}
	return strings.HasPrefix(after, ".") && len(after) > 1 && isDigit(after[1]) // 1,299.99
}

// lineBefore is up to 24 bytes before start on the same line, without
// trailing spaces.
func lineBefore(text string, start int) string {
	before := strings.TrimRight(text[max(0, start-24):start], " ")
	if j := strings.LastIndexByte(before, '\n'); j >= 0 {
		before = before[j+1:]
	}
	return before
}

// looksLikeNotAPhone drops dates, version strings, prices and plain long
// integers that carry no separators and no plus sign (IDs, timestamps).
func looksLikeNotAPhone(raw, digits string) bool {
	if strings.Count(raw, ".") >= 2 && !strings.ContainsAny(raw, "-( ") {
		return true // 192.168.0.1, 1.2.3.4567
	}
	if raw == digits && !strings.HasPrefix(digits, "0") && !strings.HasPrefix(digits, "1") {
		return true
	}
	return dateLike.MatchString(raw) || countingRun(raw)
}

// countingRun says whether raw is three or more groups each one more than
// the one before: the options of a month or year list read as text ("01 02
// 03 … 12", "25 26 27"), which every card form has.
func countingRun(raw string) bool {
	groups := strings.FieldsFunc(raw, func(r rune) bool { return r < '0' || r > '9' })
	if len(groups) < 3 {
		return false
	}
	prev := -1
	for i, g := range groups {
		n, err := strconv.Atoi(g)
		if err != nil || i > 0 && n != prev+1 {
			return false
		}
		prev = n
	}
	return true
}

// parse tries each region in turn with the whole candidate. For
// international numbers and the page's own countries (regions[:preferred])
// it also tries without up to three trailing groups: the greedy match may
// have taken a following group ("01 76 36 31 88 (24h/24").
func parse(raw string, regions []string, preferred int) (Number, bool) {
	forms := shorterForms(raw)
	if strings.HasPrefix(raw, "+") || strings.HasPrefix(raw, "00") {
		for _, f := range forms {
			num, err := phonenumbers.Parse(f, "ZZ")
			if err != nil {
				continue
			}
			if n, ok := judged(num, f, phonenumbers.GetRegionCodeForNumber(num)); ok {
				return n, true
			}
		}
		return Number{}, false
	}
	digits := make([]string, len(forms))
	for i, f := range forms {
		digits[i] = phonenumbers.NormalizeDigitsOnly(f)
	}
	for i, r := range regions {
		if i >= preferred {
			forms = forms[:1]
		}
		for k, f := range forms {
			if !mayBeValidIn(digits[k], r) {
				continue // cannot be valid there: see regionfilter.go
			}
			num, err := phonenumbers.Parse(f, r)
			if err != nil {
				continue
			}
			if n, ok := judgedIn(num, f, r); ok {
				return n, true
			}
		}
	}
	return Number{}, false
}

// shorterForms is raw followed by raw without its last one to three groups,
// as long as nine digits remain.
func shorterForms(raw string) []string {
	forms := []string{raw}
	cur := raw
	for i := 0; i < 3; i++ {
		cut := strings.LastIndexAny(cur, " -.()")
		if cut <= 0 {
			break
		}
		cur = strings.TrimRight(cur[:cut], " -.(")
		if len(phonenumbers.NormalizeDigitsOnly(cur)) < 9 {
			break
		}
		forms = append(forms, cur)
	}
	return forms
}

// judged is IsValidNumber then describe, asking the library the number's
// type once: IsValidNumber(num) is IsValidNumberForRegion(num,
// GetRegionCodeForNumber(num)), which is the type test of GetNumberType
// (the same region's metadata, or none) giving something other than
// UNKNOWN; the country code matches a region found by it. Both ran the
// type tests, describe ran them again (TestJudgedAsBefore,
// FuzzJudgedAsBefore hold it to the two calls).
// region is GetRegionCodeForNumber(num).
func judged(num *phonenumbers.PhoneNumber, raw, region string) (Number, bool) {
	t := phonenumbers.GetNumberType(num)
	if t == phonenumbers.UNKNOWN {
		return Number{}, false
	}
	return Number{
		E164:    phonenumbers.Format(num, phonenumbers.E164),
		Display: raw,
		Type:    typeName(t),
		Region:  region,
		Valid:   true,
	}, true
}

// judgedIn is IsValidNumberForRegion(num, region) then describe. When the
// library finds the number's region to be region (so its country code is
// region's), the validity test is GetNumberType's type test on region's
// metadata, and judged answers both; otherwise the two calls as before.
func judgedIn(num *phonenumbers.PhoneNumber, raw, region string) (Number, bool) {
	if phonenumbers.GetRegionCodeForNumber(num) == region {
		return judged(num, raw, region)
	}
	if !phonenumbers.IsValidNumberForRegion(num, region) {
		return Number{}, false
	}
	return describe(num, raw), true
}

func describe(num *phonenumbers.PhoneNumber, raw string) Number {
	return Number{
		E164:    phonenumbers.Format(num, phonenumbers.E164),
		Display: raw,
		Type:    typeName(phonenumbers.GetNumberType(num)),
		Region:  phonenumbers.GetRegionCodeForNumber(num),
		Valid:   true,
	}
}

func typeName(t phonenumbers.PhoneNumberType) string {
	switch t {
	case phonenumbers.TOLL_FREE:
		return "toll-free"
	case phonenumbers.VOIP:
		return "voip"
	case phonenumbers.FIXED_LINE, phonenumbers.FIXED_LINE_OR_MOBILE:
		return "fixed"
	case phonenumbers.MOBILE:
		return "mobile"
	case phonenumbers.PREMIUM_RATE:
		return "premium"
	case phonenumbers.SHARED_COST:
		return "shared"
	case phonenumbers.UAN:
		return "uan"
	}
	return "unknown"
}

// regionOrder returns the regions to try and how many of them the page's
// language and host name point to.
// Regions by page language and by top-level domain (built once: as map
// literals in regionOrder they were built for every page, twice).
var (
	byLang = map[string]string{"ja": "JP", "fr": "FR", "de": "DE", "en-gb": "GB", "en-au": "AU", "en-ca": "CA"}
	byTLD  = map[string]string{"jp": "JP", "fr": "FR", "de": "DE", "uk": "GB", "au": "AU", "ca": "CA", "us": "US"}
)

func regionOrder(lang, host string) ([]string, int) {
	lang = strings.ToLower(lang)
	out := make([]string, 0, 8)
	add := func(r string) {
		if r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	if r, ok := byLang[lang]; ok {
		add(r)
	} else if p, _, _ := strings.Cut(lang, "-"); byLang[p] != "" {
		add(byLang[p])
	}
	add(byTLD[host[strings.LastIndexByte(host, '.')+1:]])
	preferred := len(out)
	for _, r := range []string{"US", "JP", "FR", "GB", "DE", "AU"} {
		add(r)
	}
	return out, preferred
}

func around(text string, start, end int) string {
	lo := start // back ContextRunes runes, each byte that is not UTF-8 one rune
	for n := 0; n < ContextRunes && lo > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:lo])
		lo -= size
	}
	hi := end
	for n := 0; n < ContextRunes && hi < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[hi:])
		hi += size
	}
	return runeClean(text[lo:start]) + " " + text[start:end] + " " + runeClean(text[end:hi])
}

// runeClean writes each byte that is not UTF-8 as U+FFFD, as a round trip
// through []rune does; valid text (all folded text is) is returned as is.
func runeClean(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
