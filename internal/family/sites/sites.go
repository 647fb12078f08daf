// Package sites is the guardian's allow and block lists: normalising what a
// person types ("https://Example.COM/page", "例え.jp", "*.example.com") to a
// host name, and matching page addresses against the lists.
//
// The block list covers a site and its subdomains (blocking example.com
// blocks www.example.com). The allow list is stricter: only the host itself
// and its www. twin, because allowing a hosting domain (github.io,
// blogspot.com) must not allow every page hosted there.
package sites

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/idna"
)

// Lists names.
const (
	Allow = "allow"
	Block = "block"
)

// Normalize turns a host name or an address into the host name stored.
func Normalize(in string) (string, error) {
	s := strings.TrimSpace(in)
	if s == "" {
		return "", errors.New("no site given")
	}
	if len(s) > 2048 {
		return "", errors.New("site is too long")
	}
	if strings.Contains(s, "://") {
		u, err := url.Parse(s)
		if err != nil {
			return "", fmt.Errorf("not an address: %w", err)
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			return "", fmt.Errorf("only web addresses (http, https) can be listed, not %s", u.Scheme)
		}
		s = u.Host
	} else if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimPrefix(s, "*.")
	if h, _, err := net.SplitHostPort(s); err == nil {
		s = h
	}
	s = strings.TrimSuffix(strings.Trim(s, "[]"), ".")
	if ip := net.ParseIP(s); ip != nil {
		return ip.String(), nil
	}
	host, err := idna.Lookup.ToASCII(strings.ToLower(s))
	if err != nil {
		return "", fmt.Errorf("%q is not a site name: %w", in, err)
	}
	if (!strings.Contains(host, ".") && host != "localhost") || slices.Contains(strings.Split(host, "."), "") {
		return "", fmt.Errorf("%q is not a site name (a name like example.com is needed)", in)
	}
	return host, nil
}

// HostOf is the normalised host of a page address, or "" when the address
// is not a web page.
func HostOf(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	h, err := Normalize(u.Host)
	if err != nil {
		return ""
	}
	return h
}

// Lists are the two lists, already normalised.
type Lists struct {
	Allow []string
	Block []string
}

// Match says which list covers pageURL ("" for none) and by which entry.
// The block list wins when both do.
func (l Lists) Match(pageURL string) (list, entry string) {
	if len(l.Block) == 0 && len(l.Allow) == 0 {
		return "", "" // nothing listed: no need to read the address
	}
	host := HostOf(pageURL)
	if host == "" {
		return "", ""
	}
	for _, b := range l.Block {
		if host == b || strings.HasSuffix(host, "."+b) {
			return Block, b
		}
	}
	for _, a := range l.Allow {
		if host == a || host == "www."+a || "www."+host == a {
			return Allow, a
		}
	}
	return "", ""
}

// Add puts site on a list and takes it off the other one. It reports
// whether anything changed.
func Add(allow, block *[]string, list, site string) (bool, error) {
	on, off, err := pick(allow, block, list)
	if err != nil {
		return false, err
	}
	changed := false
	if i := slices.Index(*off, site); i >= 0 {
		*off = slices.Delete(*off, i, i+1)
		changed = true
	}
	if !slices.Contains(*on, site) {
		*on = append(*on, site)
		slices.Sort(*on)
		changed = true
	}
	return changed, nil
}

// Remove takes site off a list; it reports whether it was there.
func Remove(allow, block *[]string, list, site string) (bool, error) {
	on, _, err := pick(allow, block, list)
	if err != nil {
		return false, err
	}
	i := slices.Index(*on, site)
	if i < 0 {
		return false, nil
	}
	*on = slices.Delete(*on, i, i+1)
	return true, nil
}

func pick(allow, block *[]string, list string) (on, off *[]string, err error) {
	switch list {
	case Allow:
		return allow, block, nil
	case Block:
		return block, allow, nil
	}
	return nil, nil, fmt.Errorf("unknown list %q (allow or block)", list)
}

// Loosens says whether a change lets more pages through (allowing a site,
// unblocking one): those need the guardian's PIN.
func Loosens(add bool, list string) bool { return add == (list == Allow) }

// Edit adds or removes normalised sites on a list, keeping each list within
// max entries.
func Edit(allow, block *[]string, add bool, list string, max int, names ...string) error {
	for _, n := range names {
		var err error
		if add {
			_, err = Add(allow, block, list, n)
		} else {
			_, err = Remove(allow, block, list, n)
		}
		if err != nil {
			return err
		}
	}
	if len(*allow) > max || len(*block) > max {
		return fmt.Errorf("a list can hold at most %d sites", max)
	}
	return nil
}
