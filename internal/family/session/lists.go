// Package session is the scam session: for a time after a page was blocked
// or warned about (the guardian sets it, 24 hours by default), AlertGuard
// watches for what the scammer asks next — a remote-control program, screen
// sharing, a gift-card, prepaid or crypto purchase, the scam's own number
// typed into a page — and warns in words that name the earlier page.
// Outside a session these are ordinary pages and stay silent. The host
// decides: the session comes from the log, and the judge applies it as
// policy after the score.
package session

import (
	_ "embed"
	"fmt"
	"net/url"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed data/next-steps.yaml
var listsYAML []byte

// Site is one program's or shop's addresses.
type Site struct {
	Name  string   `yaml:"name"`
	Hosts []string `yaml:"hosts"`
	Paths []string `yaml:"paths"`
	Files []string `yaml:"files"`
}

// Lists are the next steps as data (data/next-steps.yaml, with sources).
type Lists struct {
	RemoteAccess []Site `yaml:"remote-access"`
	Payment      []Site `yaml:"payment"`
	Konbini      struct {
		Any  []string `yaml:"any"`
		With []string `yaml:"with"`
	} `yaml:"konbini"`
}

// LoadLists reads the built-in lists.
func LoadLists() (*Lists, error) { return ParseLists(listsYAML) }

// ParseLists reads and checks lists.
func ParseLists(b []byte) (*Lists, error) {
	var l Lists
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("next-step lists: %w", err)
	}
	for _, group := range [][]Site{l.RemoteAccess, l.Payment} {
		for _, s := range group {
			if s.Name == "" || len(s.Hosts) == 0 {
				return nil, fmt.Errorf("next-step lists: %q needs a name and hosts", s.Name)
			}
			for _, h := range s.Hosts {
				if h != strings.ToLower(h) || strings.ContainsAny(h, "/: ") {
					return nil, fmt.Errorf("next-step lists: %s: host %q is not a lower-case host name", s.Name, h)
				}
			}
		}
	}
	if len(l.RemoteAccess) == 0 || len(l.Payment) == 0 {
		return nil, fmt.Errorf("next-step lists: a list is empty")
	}
	return &l, nil
}

// matchURL finds the site an address belongs to.
func matchURL(sites []Site, raw string) (Site, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return Site{}, false
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	path := strings.ToLower(u.EscapedPath())
	if u.RawQuery != "" {
		path += "?" + strings.ToLower(u.RawQuery)
	}
	for _, s := range sites {
		if !hostIn(host, s.Hosts) {
			continue
		}
		if len(s.Paths) == 0 {
			return s, true
		}
		for _, p := range s.Paths {
			if strings.HasPrefix(path, p) || strings.HasPrefix(path, strings.TrimSuffix(p, "/")+"/") {
				return s, true
			}
		}
	}
	return Site{}, false
}

func hostIn(host string, hosts []string) bool {
	for _, h := range hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// matchFile finds the program a downloaded file's name belongs to.
func matchFile(sites []Site, name string) (Site, bool) {
	name = strings.ToLower(name)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	for _, s := range sites {
		for _, f := range s.Files {
			if strings.HasPrefix(name, f) {
				return s, true
			}
		}
	}
	return Site{}, false
}
