package signature

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/alertguard/alertguard/internal/judging/wordlist"
	"io"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/alertguard/alertguard/internal/judging/commands"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/internal/judging/scriptfacts"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
)

// MaxFileBytes bounds one signature file.
const MaxFileBytes = 256 << 10

// Set is a loaded, validated signature set.
type Set struct {
	Sigs    []*Signature
	Version string // "N sigs, sha256 prefix of the files"
	words   *wordIndex
}

// idPattern: lower-case words joined by '.' or '-'.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(?:[.-][a-z0-9]+)*$`)

// Load reads every *.yaml file in fsys. knownAdvice says whether an advice
// id exists (it may be asked from several goroutines at once). All problems are returned together, each as file:line: text.
func Load(fsys fs.FS, knownAdvice func(string) bool) (*Set, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("listing signatures: %w", err)
	}
	sort.Strings(names)
	vocab, err := loadVocabulary(fsys)
	if err != nil {
		return nil, err
	}
	set := &Set{}
	hash := sha256.New()
	var errs []error
	seen := map[string]string{}
	for _, name := range wordlistNames(vocab) {
		// the lists are part of what the rules match: a changed list is a new set
		hash.Write([]byte(name + "\x00" + strings.Join(vocab[name], "\x00") + "\x00"))
	}
	parsed := parseAll(fsys, names, vocab, knownAdvice)
	for i, name := range names {
		if parsed[i].data != nil {
			hash.Write(parsed[i].data)
		}
		sig, err := parsed[i].sig, parsed[i].err
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := seen[sig.ID]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: id %q already used in %s", name, sig.Line, sig.ID, prev))
			continue
		}
		seen[sig.ID] = name
		set.Sigs = append(set.Sigs, sig)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(set.Sigs) == 0 {
		return nil, errors.New("no signatures found")
	}
	set.Version = fmt.Sprintf("%d-%s", len(set.Sigs), hex.EncodeToString(hash.Sum(nil))[:12])
	if set.words, err = newWordIndex(set.Sigs); err != nil {
		return nil, err
	}
	return set, nil
}

type parsedFile struct {
	data []byte // nil: unread
	sig  *Signature
	err  error
}

// parseAll reads and parses the files, in parallel: parsing the YAML is
// most of the host's loading before its first verdict. Parse reads only
// its arguments, and knownAdvice is a look-up.
func parseAll(fsys fs.FS, names []string, vocab map[string][]string, knownAdvice func(string) bool) []parsedFile {
	out := make([]parsedFile, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := fs.ReadFile(fsys, names[i])
				if err != nil {
					out[i].err = fmt.Errorf("%s: %w", names[i], err)
					continue
				}
				out[i].data = data
				out[i].sig, out[i].err = Parse(names[i], data, vocab, knownAdvice)
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Parse decodes and validates one signature file. The YAML decoder itself
// rejects unknown keys and wrong types, naming their line.
func Parse(name string, data []byte, vocab map[string][]string, knownAdvice func(string) bool) (*Signature, error) {
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("%s: file of %d bytes is over the %d-byte limit", name, len(data), MaxFileBytes)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var sig Signature
	if err := dec.Decode(&sig); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s:1: empty file", name)
		}
		return nil, decodeError(name, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, decodeError(name, err)
	}
	keys := assignLines(&sig, &root)
	sig.File, sig.Line = path.Base(name), 1
	var problems []string
	v := &validator{sig: &sig, vocab: vocab, add: func(line int, format string, a ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: %s", name, line, fmt.Sprintf(format, a...)))
	}}
	v.signature(knownAdvice, keys)
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return &sig, nil
}

// decodeError names the file before the decoder's own words, which carry
// the line ("line 7: field colour not found …").
func decodeError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs := make([]string, len(te.Errors))
		for i, e := range te.Errors {
			msgs[i] = name + ": " + e
		}
		return errors.New(strings.Join(msgs, "\n"))
	}
	return fmt.Errorf("%s: %w", name, err)
}

type validator struct {
	sig   *Signature
	vocab map[string][]string
	add   func(line int, format string, a ...any)
}

func (v *validator) signature(knownAdvice func(string) bool, lines map[string]int) {
	s := v.sig
	at := func(key string) int {
		if l, ok := lines[key]; ok {
			return l
		}
		return 1
	}
	if !idPattern.MatchString(s.ID) {
		v.add(at("id"), "id %q must be lower-case words joined by '.' or '-'", s.ID)
	}
	if !slices.Contains(Categories, s.Category) {
		v.add(at("category"), "category %q is not one of %s", s.Category, strings.Join(Categories, ", "))
	}
	if !slices.Contains(Roles, s.Role) {
		v.add(at("role"), "role %q is not one of %s", s.Role, strings.Join(Roles, ", "))
	}
	if (s.Category == "context") != (s.Role == RoleContext) {
		v.add(at("role"), "role context belongs to category context and only there")
	}
	for _, t := range []struct {
		key  string
		text Text
	}{{"title", s.Title}, {"explanation", s.Explanation}} {
		if strings.TrimSpace(t.text.Ja) == "" || strings.TrimSpace(t.text.En) == "" {
			v.add(at(t.key), "%s needs both ja and en", t.key)
		}
	}
	if s.Role != RoleContext && len(s.Advice) == 0 {
		v.add(at("advice"), "advice: name at least one advice id")
	}
	for _, a := range s.Advice {
		if knownAdvice != nil && !knownAdvice(a) {
			v.add(at("advice"), "unknown advice id %q", a)
		}
	}
	if s.Match == nil {
		v.add(at("match"), "match is required")
	} else {
		(&checker{v: v, line: s.Match.Line}).matcher(s.Match)
		s.plan()
	}
	if s.Condition != "" {
		prog, err := sandbox.Compile(s.ID, s.Condition)
		if err != nil {
			v.add(at("condition"), "%v", err)
		}
		s.prog = prog
	}
	v.fixtures(at("fixtures"))
}

func (v *validator) fixtures(line int) {
	s := v.sig
	if len(s.Fixtures.Positive) == 0 || len(s.Fixtures.Negative) == 0 {
		v.add(line, "fixtures need at least one positive and one negative page")
	}
	for _, f := range append(slices.Clone(s.Fixtures.Positive), s.Fixtures.Negative...) {
		if f.HTML == "" && f.Text == "" && len(f.Events) == 0 {
			v.add(f.Line, "fixture needs html, text or events")
		}
		for _, e := range f.Events {
			if !knownEvent(e.Type) {
				v.add(f.Line, "unknown event type %q", e.Type)
			}
		}
	}
}

// checker is what a condition's prepare sees: the node's line and the
// helpers every kind shares.
type checker struct {
	v    *validator
	line int
}

func (c *checker) add(format string, a ...any) { c.v.add(c.line, format, a...) }

// matcher checks one node: exactly one condition, then that condition.
func (c *checker) matcher(m *Matcher) {
	at := &checker{v: c.v, line: m.Line}
	switch cs := m.conditions(); len(cs) {
	case 1:
		m.cond = cs[0]
		cs[0].prepare(at)
	default:
		at.add("a matcher needs exactly one of all, any, not, text, regex, selector, phone, brand, url, event, script, api (found %d)", len(cs))
	}
}

// list checks the members of all/any.
func (c *checker) list(ms []*Matcher) {
	if len(ms) == 0 {
		c.add("all/any needs at least one matcher")
	}
	for _, m := range ms {
		if m == nil {
			c.add("empty matcher in all/any")
			continue
		}
		c.matcher(m)
	}
}

func (c *checker) part(p string) {
	if p != "" && !slices.Contains(Parts, p) {
		c.add("part %q is not one of %s", p, strings.Join(Parts, ", "))
	}
}

func (c *checker) regex(p string) *regexp.Regexp {
	re, err := regexp.Compile(p)
	if err != nil {
		c.add("bad regex %q: %v", p, err)
		return regexp.MustCompile(`\A\z.`) // matches nothing; the set does not load anyway
	}
	return re
}

// namedPatterns are the patterns defined once in Go and shared with the
// extension (package commands); a signature names them as "@name".
func namedPatterns() map[string]string {
	return map[string]string{
		"command":          "(?i)" + commands.Pattern,
		"download-program": commands.DownloadDetail(),
	}
}

// named resolves "@name" to its pattern; anything else is a pattern itself.
func (c *checker) named(p string) string {
	name, ok := strings.CutPrefix(p, "@")
	if !ok {
		return p
	}
	if pat, known := namedPatterns()[name]; known {
		return pat
	}
	c.add("unknown named pattern %q (one of @command, @download-program)", p)
	return `\A\z.`
}

func (c *checker) eventType(t string) {
	if !knownEvent(t) {
		c.add("event type %q is not one of %s", t, strings.Join(snapshot.EventTypes, ", "))
	}
}

func (c *checker) api(name string) {
	if !knownAPI(name) {
		c.add("api %q is not one of %s", name, strings.Join(scriptfacts.Names(), ", "))
	}
}

func (c *checker) words(in []string) []string { return c.v.words(c.line, in) }

func wordlistNames(vocab map[string][]string) []string {
	out := make([]string, 0, len(vocab))
	for n := range vocab {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// loadVocabulary reads the set's word lists (words/*.txt): "@alarm" in a
// rule is words/alarm.txt.
func loadVocabulary(fsys fs.FS) (map[string][]string, error) {
	return wordlist.All(fsys)
}

// words expands "@list" references and folds every word.
func (v *validator) words(line int, in []string) []string {
	var out []string
	for _, w := range in {
		if name, ok := strings.CutPrefix(w, "@"); ok {
			list, known := v.vocab[name]
			if !known {
				v.add(line, "unknown word list %q (no %s/%s.txt)", w, wordlist.Dir, name)
			}
			for _, lw := range list {
				out = append(out, textnorm.Fold(lw))
			}
			continue
		}
		out = append(out, textnorm.Fold(w))
	}
	return out
}
