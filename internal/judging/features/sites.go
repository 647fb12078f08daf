package features

import (
	"fmt"
	"io/fs"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/wordlist"
)

// knownSites is the published top-sites list (data/top-sites.txt): the
// registrable domains of well-known organisations, and the hosts under
// them where anyone can publish.
type knownSites struct {
	domains map[string]bool
	open    []string // "!" lines: user-content hosts that do not count
}

func loadSites(fsys fs.FS) (*knownSites, error) {
	lines, err := wordlist.ReadFile(fsys, "data/top-sites.txt")
	if err != nil {
		return nil, fmt.Errorf("top sites: %w", err)
	}
	k := &knownSites{domains: map[string]bool{}}
	for _, l := range lines {
		if h, ok := strings.CutPrefix(l, "!"); ok {
			k.open = append(k.open, h)
			continue
		}
		k.domains[l] = true
	}
	return k, nil
}

// Open says whether host is a user-content host: anyone publishes there.
func (k *knownSites) Open(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, o := range k.open {
		if brands.UnderDomain(host, o) {
			return true
		}
	}
	return false
}

// Known says whether host belongs to a listed organisation: its
// registrable domain (public-suffix rules, so "x.github.io" is its own
// site) is listed, and it is not a user-content host.
func (k *knownSites) Known(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return false
	}
	for _, o := range k.open {
		if brands.UnderDomain(host, o) {
			return false
		}
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return false
	}
	return k.domains[reg]
}

// registrable is host's registrable domain, or host itself.
func registrable(host string) string {
	if reg, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return reg
	}
	return host
}

// govSuffixes are domains only governments can register under: a city's
// WAF page or a ministry's notice speaks for the government that serves it.
var govSuffixes = []string{"go.jp", "lg.jp", "gov", "mil", "gov.uk", "gouv.fr", "gc.ca", "gov.au", "govt.nz", "gob.es", "gob.mx",
	"gov.br", "gov.it", "admin.ch", "bund.de", "europa.eu"}

// govHost says whether host is under one of govSuffixes.
func govHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	for _, s := range govSuffixes {
		if brands.UnderDomain(h, s) {
			return true
		}
	}
	return false
}
