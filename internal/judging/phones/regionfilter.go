package phones

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// A number the library calls valid for a region has a national
// significant number that matches the region's general pattern, has one of
// its possible lengths, and matches one of its number types' descriptions.
// Parsing a candidate's digits (no plus: the regions are tried only for
// those) takes off at most, in this order, the region's international
// prefix and its country code, or its country code alone, then a national
// prefix (or carrier code), twice at most; what is left is the national
// number. So the national number is one of a handful of suffixes of the
// digits, and when none of those is of the region's numbers, parsing in
// that region cannot give a valid number and is skipped: parsing costs
// twenty times this test, and most candidates tried in a region are not
// its numbers (FuzzRegionFilter holds the test to the library).

// regionDesc is one region's descriptions, from the library's own
// metadata, compiled when the region is first asked about (a host that
// meets one Japanese number compiles Japan's alone).
type regionDesc struct {
	md        *phonenumbers.PhoneMetadata
	once      sync.Once
	ok        bool           // compiled: false leaves the region unfiltered
	pattern   *regexp.Regexp // the general national number pattern, anchored
	lengths   []int          // its possible lengths
	idd       *regexp.Regexp // the international prefix, at the start
	national  *regexp.Regexp // the national prefix for parsing, at the start; nil when none
	transform string         // the national prefix's transform rule
	cc        string         // the country calling code
	typesOnce sync.Once
	types     []numberDesc // the number types' descriptions: a valid number is of one; nil when they did not compile
}

// regionDescs are the regions regionOrder names, found once.
var regionDescs = sync.OnceValue(func() map[string]*regionDesc {
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		return nil // no filter: every region is parsed, as before
	}
	out := map[string]*regionDesc{}
	for _, md := range coll.GetMetadata() {
		if slices.Contains(filterRegions, md.GetId()) {
			out[md.GetId()] = &regionDesc{md: md}
		}
	}
	return out
})

// compiled compiles the region's general description and prefixes once,
// and says whether they compiled.
func (d *regionDesc) compiled() bool {
	d.once.Do(func() {
		md, gd := d.md, d.md.GetGeneralDesc()
		var err error
		if d.pattern, err = regexp.Compile("^(?:" + gd.GetNationalNumberPattern() + ")$"); err != nil || len(gd.GetPossibleLength()) == 0 {
			return
		}
		if d.idd, err = regexp.Compile("^(?:" + md.GetInternationalPrefix() + ")"); err != nil {
			return
		}
		if np := md.GetNationalPrefixForParsing(); np != "" {
			if d.national, err = regexp.Compile("^(?:" + np + ")"); err != nil {
				return
			}
		}
		for _, l := range gd.GetPossibleLength() {
			d.lengths = append(d.lengths, int(l))
		}
		d.transform, d.cc = md.GetNationalPrefixTransformRule(), strconv.Itoa(int(md.GetCountryCode()))
		d.ok = true
	})
	return d.ok
}

// filterRegions are the regions regionOrder can name.
var filterRegions = []string{"US", "JP", "FR", "GB", "DE", "AU", "CA"}

// mayBeValidIn says whether digits (a candidate's ASCII digits, without a
// leading plus) may parse as a valid number of region: false only when no
// suffix the national number can be matches the general description.
func mayBeValidIn(digits, region string) bool {
	d, ok := regionDescs()[region]
	if !ok || !d.compiled() {
		return true
	}
	var starts [9]int // where the national number may start
	n := 0
	add := func(k int) {
		if k >= 0 && !slices.Contains(starts[:n], k) {
			starts[n] = k
			n++
		}
	}
	// after national prefix: the starts once a national prefix is taken
	// off digits[k:], or -1; ok false when a transform rule leaves
	// something that is not a suffix (then nothing is filtered).
	afterNational := func(k int) (int, bool) {
		if d.national == nil {
			return -1, true
		}
		m := d.national.FindStringSubmatchIndex(digits[k:])
		if m == nil {
			return -1, true
		}
		if d.transform != "" && m[len(m)-2] >= 0 {
			out := d.national.ReplaceAllString(digits[k:], d.transform)
			if !strings.HasSuffix(digits, out) {
				return -1, false
			}
			return len(digits) - len(out), true
		}
		return k + m[1], true
	}
	for _, p := range d.prefixes(digits) {
		k := p.start
		for i := 0; i <= p.nationals && k >= 0; i++ {
			add(k)
			var ok bool
			if k, ok = afterNational(k); !ok {
				return true
			}
		}
	}
	for _, k := range starts[:n] {
		if l := len(digits) - k; slices.Contains(d.lengths, l) && d.pattern.MatchString(digits[k:]) && d.ofAType(digits[k:]) {
			return true
		}
	}
	return false
}

// numberDesc is one number type's description, as the library tests it
// (isNumberMatchingDesc): a length among lengths, when there are any, and
// the pattern.
type numberDesc struct {
	pattern *regexp.Regexp
	lengths []int32
}

// typeDescs are the descriptions of every type getNumberTypeHelper asks
// about; a number of none of them is UNKNOWN, that is not valid.
func typeDescs(md *phonenumbers.PhoneMetadata) ([]numberDesc, error) {
	var out []numberDesc
	for _, td := range []*phonenumbers.PhoneNumberDesc{md.GetPremiumRate(), md.GetTollFree(),
		md.GetSharedCost(), md.GetVoip(), md.GetPersonalNumber(), md.GetPager(), md.GetUan(),
		md.GetVoicemail(), md.GetFixedLine(), md.GetMobile()} {
		re, err := regexp.Compile("^(?:" + td.GetNationalNumberPattern() + ")$")
		if err != nil {
			return nil, err
		}
		out = append(out, numberDesc{pattern: re, lengths: td.GetPossibleLength()})
	}
	return out, nil
}

// ofAType says whether nsn matches one of the number types' descriptions
// (compiled at the first number of the region's general description).
func (d *regionDesc) ofAType(nsn string) bool {
	d.typesOnce.Do(func() { d.types, _ = typeDescs(d.md) })
	if d.types == nil {
		return true
	}
	for _, t := range d.types {
		if (len(t.lengths) == 0 || slices.Contains(t.lengths, int32(len(nsn)))) && t.pattern.MatchString(nsn) {
			return true
		}
	}
	return false
}

// prefixes are where the number may start once the international prefix
// and the country code, or the country code alone, or nothing is taken
// off, and how many national prefixes may be taken off after: one
// (parseHelper), and one more after a country code written without an
// international prefix (maybeExtractCountryCode).
func (d *regionDesc) prefixes(digits string) []prefix {
	out := []prefix{{0, 1}}
	if strings.HasPrefix(digits, d.cc) {
		out = append(out, prefix{len(d.cc), 2})
	}
	if m := d.idd.FindStringIndex(digits); m != nil && strings.HasPrefix(digits[m[1]:], d.cc) {
		out = append(out, prefix{m[1] + len(d.cc), 1})
	}
	return out
}

type prefix struct{ start, nationals int }
