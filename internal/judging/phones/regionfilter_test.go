package phones

import (
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// validIn is what parse asks the library for one form and region.
func validIn(f, region string) bool {
	num, err := phonenumbers.Parse(f, region)
	return err == nil && phonenumbers.IsValidNumberForRegion(num, region)
}

// candidateShape keeps the bytes a candidate can hold: ASCII digits, the
// separators and a plus.
func candidateShape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || strings.ContainsRune(" -.()+", r) {
			return r
		}
		return -1
	}, s)
}

// regionFilterSeeds are the library's example numbers of every type for
// each region, written nationally, internationally and dialled from each
// other region, and numbers of the kinds pages hold.
func regionFilterSeeds() []string {
	seeds := []string{"0000-00-1234", "050-0000-1234", "0120-941-234", "03-1234-5678",
		"1-844-555-0199", "01 76 36 31 88", "0800 123 4567", "030 12345678", "1800 123 456",
		"0101-501-501-3862", "(555) 010-0000", "011 81 3 1234 5678", "010 1 202 555 0123",
		"0011 44 20 7946 0000", "00 49 30 12345678", "+81 3-1234-5678", "81312345678",
		"1 202 555 0123", "441234567890", "0003768 0120941234", "0002123456"}
	types := []phonenumbers.PhoneNumberType{phonenumbers.FIXED_LINE, phonenumbers.MOBILE,
		phonenumbers.TOLL_FREE, phonenumbers.PREMIUM_RATE, phonenumbers.SHARED_COST,
		phonenumbers.VOIP, phonenumbers.PERSONAL_NUMBER, phonenumbers.PAGER, phonenumbers.UAN,
		phonenumbers.VOICEMAIL}
	for _, r := range filterRegions {
		for _, ty := range types {
			n := phonenumbers.GetExampleNumberForType(r, ty)
			if n == nil {
				continue
			}
			seeds = append(seeds, phonenumbers.Format(n, phonenumbers.NATIONAL),
				phonenumbers.Format(n, phonenumbers.INTERNATIONAL),
				phonenumbers.GetNationalSignificantNumber(n))
			for _, from := range filterRegions {
				seeds = append(seeds, phonenumbers.FormatOutOfCountryCallingNumber(n, from))
			}
		}
	}
	return seeds
}

// checkRegionFilter fails when the filter says a form cannot be valid in a
// region and the library parses it as valid there.
func checkRegionFilter(t *testing.T, f string) {
	digits := phonenumbers.NormalizeDigitsOnly(f)
	for _, r := range filterRegions {
		if !mayBeValidIn(digits, r) && validIn(f, r) {
			t.Errorf("%q in %s: filtered out, but the library finds it valid", f, r)
		}
	}
}

func TestRegionFilter(t *testing.T) {
	if len(regionDescs()) != len(filterRegions) {
		t.Fatalf("descriptions for %d regions, want %d", len(regionDescs()), len(filterRegions))
	}
	for r, d := range regionDescs() {
		if d.ofAType("0"); !d.compiled() || d.types == nil {
			t.Errorf("%s: the descriptions did not compile", r)
		}
	}
	valid := 0
	for _, s := range regionFilterSeeds() {
		s = candidateShape(s)
		checkRegionFilter(t, s)
		for _, r := range filterRegions {
			if validIn(s, r) {
				valid++
			}
		}
	}
	if valid < 50 {
		t.Errorf("only %d valid seeds: the test would not see a wrong filter", valid)
	}
	// The filter must also turn something away, or it saves nothing.
	for _, c := range []struct{ digits, region string }{
		{"0000001234", "US"}, {"0000001234", "GB"}, {"0500001234", "AU"}, {"18005550000", "FR"},
		{"0000001234", "JP"}, {"0000001234", "DE"}, {"0000001234", "FR"}, {"05000003391", "JP"},
	} {
		if mayBeValidIn(c.digits, c.region) {
			t.Errorf("%s in %s: not filtered", c.digits, c.region)
		}
	}
}

// FuzzRegionFilter: a form in a candidate's shape that the filter turns
// away for a region is never valid there by the library.
func FuzzRegionFilter(f *testing.F) {
	for _, s := range regionFilterSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = candidateShape(s)
		if len(s) > 64 {
			s = s[:64]
		}
		checkRegionFilter(t, s)
	})
}

// TestRegionFilterPrefixes: every seed with one of its first three digits
// changed to each other digit, where the international, country and
// national prefixes stand.
func TestRegionFilterPrefixes(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range regionFilterSeeds() {
		s = candidateShape(s)
		for i, changed := 0, 0; i < len(s) && changed < 3; i++ {
			if s[i] < '0' || s[i] > '9' {
				continue
			}
			changed++
			for c := byte('0'); c <= '9'; c++ {
				m := s[:i] + string(c) + s[i+1:]
				if !seen[m] {
					seen[m] = true
					checkRegionFilter(t, m)
				}
			}
		}
	}
}

// FuzzLabelCores: text without a label core never matches notPhoneLabel.
func FuzzLabelCores(f *testing.F) {
	for _, s := range []string{"order no.", "お問い合わせ番号：", "ipアドレス", "reference #", "cve-",
		"call us at", "電話番号", "型番:", "バージョン =", "isbn", "sku#", "tracking number:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayBeLabelled(s) && notPhoneLabel.MatchString(s) {
			t.Fatalf("%q matches, but holds no label core", s)
		}
	})
}

// TestLabelCores: every label of notPhoneLabel, as the expression lists
// them, holds a core.
func TestLabelCores(t *testing.T) {
	src := notPhoneLabel.String()
	start := strings.Index(src, "(?:(?:") + len("(?:(?:")
	labels := strings.Split(src[start:start+strings.Index(src[start:], ")")], "|")
	if len(labels) < 20 {
		t.Fatalf("read %d labels from %q", len(labels), src)
	}
	for _, l := range append(labels, "cve") {
		if !mayBeLabelled(l) {
			t.Errorf("label %q holds no core", l)
		}
	}
}
