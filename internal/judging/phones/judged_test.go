package phones

import (
	"testing"

	"github.com/nyaruka/phonenumbers"
)

// sharedCodeRegions share a country calling code with a region parse
// tries: where the library's region for a number may differ from the one
// asked about.
var sharedCodeRegions = []string{"CA", "PR", "JM", "AG", "BS", "GG", "IM", "JE", "CC", "CX", "MC", "BL", "MF", "GP", "RE", "YT"}

// judgedSeeds are regionFilterSeeds, the example numbers of the regions
// sharing a calling code with them, and each seed with a plus.
func judgedSeeds() []string {
	seeds := regionFilterSeeds()
	for _, r := range sharedCodeRegions {
		for _, ty := range []phonenumbers.PhoneNumberType{phonenumbers.FIXED_LINE, phonenumbers.MOBILE,
			phonenumbers.TOLL_FREE, phonenumbers.PREMIUM_RATE, phonenumbers.VOIP} {
			if n := phonenumbers.GetExampleNumberForType(r, ty); n != nil {
				seeds = append(seeds, phonenumbers.Format(n, phonenumbers.NATIONAL),
					phonenumbers.Format(n, phonenumbers.INTERNATIONAL))
			}
		}
	}
	for _, s := range seeds[:len(seeds):len(seeds)] {
		if s != "" && s[0] != '+' {
			seeds = append(seeds, "+"+s)
		}
	}
	return seeds
}

// checkJudged: judged and judgedIn answer as the library's validity test
// followed by describe, for the international form and every region parse
// tries.
func checkJudged(t *testing.T, f string) {
	t.Helper()
	if num, err := phonenumbers.Parse(f, "ZZ"); err == nil {
		want, wantOK := Number{}, phonenumbers.IsValidNumber(num)
		if wantOK {
			want = describe(num, f)
		}
		if got, ok := judged(num, f, phonenumbers.GetRegionCodeForNumber(num)); ok != wantOK || got != want {
			t.Errorf("%q: judged %+v %v, want %+v %v", f, got, ok, want, wantOK)
		}
	}
	for _, r := range append(filterRegions, sharedCodeRegions...) {
		num, err := phonenumbers.Parse(f, r)
		if err != nil {
			continue
		}
		want, wantOK := Number{}, phonenumbers.IsValidNumberForRegion(num, r)
		if wantOK {
			want = describe(num, f)
		}
		if got, ok := judgedIn(num, f, r); ok != wantOK || got != want {
			t.Errorf("%q in %s: judgedIn %+v %v, want %+v %v", f, r, got, ok, want, wantOK)
		}
	}
}

func TestJudgedAsBefore(t *testing.T) {
	valid := 0
	for _, s := range judgedSeeds() {
		s = candidateShape(s)
		checkJudged(t, s)
		if num, err := phonenumbers.Parse(s, "ZZ"); err == nil && phonenumbers.IsValidNumber(num) {
			valid++
		}
	}
	if valid < 50 {
		t.Errorf("%d seeds valid in international form: the test would prove little", valid)
	}
}

// FuzzJudgedAsBefore: for any text in a candidate's shape, the merged
// calls answer as the library's validity test and describe.
func FuzzJudgedAsBefore(f *testing.F) {
	for _, s := range judgedSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = candidateShape(s)
		if len(s) > 64 {
			s = s[:64]
		}
		checkJudged(t, s)
	})
}
