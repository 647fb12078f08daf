package phones

import (
	"regexp"
	"slices"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// A number the library calls valid for a region has a national significant
// number that is a suffix of the digits written (parsing only takes off an
// international prefix, the country code, a national prefix or a carrier
// code) and that has one of the region's possible lengths and matches the
// region's general pattern. Where no suffix of the digits does, parsing in
// that region cannot give a valid number, and is skipped: parsing costs
// ten to twenty times this test, and most candidates tried in a region are
// not its numbers (FuzzRegionFilter holds the test to the library).

// regionDesc is one region's general description, from the library's own
// metadata.
type regionDesc struct {
	pattern *regexp.Regexp // the general national number pattern, anchored
	lengths []int          // its possible lengths
}

// regionDescs are the descriptions of the regions regionOrder names, made
// once: compiling them for every page would cost more than they save.
var regionDescs = sync.OnceValue(func() map[string]regionDesc {
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		return nil // no filter: every region is parsed, as before
	}
	out := map[string]regionDesc{}
	for _, md := range coll.GetMetadata() {
		if !slices.Contains(filterRegions, md.GetId()) {
			continue
		}
		gd := md.GetGeneralDesc()
		re, err := regexp.Compile("^(?:" + gd.GetNationalNumberPattern() + ")$")
		if err != nil || len(gd.GetPossibleLength()) == 0 {
			continue // no filter for this region
		}
		d := regionDesc{pattern: re}
		for _, l := range gd.GetPossibleLength() {
			d.lengths = append(d.lengths, int(l))
		}
		out[md.GetId()] = d
	}
	return out
})

// filterRegions are the regions regionOrder can name.
var filterRegions = []string{"US", "JP", "FR", "GB", "DE", "AU", "CA"}

// mayBeValidIn says whether digits (a candidate's ASCII digits, without a
// leading plus) may parse as a valid number of region: false only when no
// suffix of them has a possible length and matches the general pattern.
func mayBeValidIn(digits, region string) bool {
	d, ok := regionDescs()[region]
	if !ok {
		return true
	}
	for _, l := range d.lengths {
		if l <= len(digits) && d.pattern.MatchString(digits[len(digits)-l:]) {
			return true
		}
	}
	return false
}
