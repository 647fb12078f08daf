package signature

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v3"

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
}

var (
	idPattern = regexp.MustCompile(`^[a-z0-9]+(?:[.-][a-z0-9]+)*$`)
	lineInErr = regexp.MustCompile(`^(?:yaml: )?(?:unmarshal errors:\n\s*)?line (\d+): `)
	phoneType = []string{"toll-free", "voip", "fixed", "mobile", "premium", "shared", "uan", "unknown"}
)

// Load reads every *.yaml file in fsys. knownAdvice says whether an advice
// id exists. All problems are returned together, each as file:line: text.
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
	for _, name := range names {
		if name == VocabularyFile {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		hash.Write(data)
		sig, err := Parse(name, data, vocab, knownAdvice)
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
	return set, nil
}

// Parse decodes and validates one signature file.
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
		return nil, fileLine(name, err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root)
	sig.File, sig.Line = path.Base(name), 1
	var problems []string
	v := validator{sig: &sig, vocab: vocab, add: func(line int, format string, a ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: %s", name, line, fmt.Sprintf(format, a...)))
	}}
	v.signature(knownAdvice, keyLines(&root))
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return &sig, nil
}

// fileLine turns "yaml: line 7: …" into "name:7: …".
func fileLine(name string, err error) error {
	msg := err.Error()
	if m := lineInErr.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], strings.TrimSpace(msg[len(m[0]):]))
	}
	return fmt.Errorf("%s: %w", name, err)
}

// keyLines maps top-level keys to their line numbers.
func keyLines(root *yaml.Node) map[string]int {
	out := map[string]int{}
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			out[m.Content[i].Value] = m.Content[i].Line
		}
	}
	return out
}

type validator struct {
	sig   *Signature
	vocab map[string][]string
	add   func(line int, format string, a ...any)
}

func (v validator) signature(knownAdvice func(string) bool, lines map[string]int) {
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
	if s.Weight == 0 || s.Weight < -100 || s.Weight > 100 {
		v.add(at("weight"), "weight %d must be non-zero, from -100 to 100", s.Weight)
	}
	if (s.Category == "context") != (s.Weight < 0) {
		v.add(at("weight"), "negative weights belong to category context and only there")
	}
	for key, t := range map[string]Text{"title": s.Title, "explanation": s.Explanation} {
		if strings.TrimSpace(t.Ja) == "" || strings.TrimSpace(t.En) == "" {
			v.add(at(key), "%s needs both ja and en", key)
		}
	}
	if s.Weight > 0 && len(s.Advice) == 0 {
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
		v.matcher(s.Match)
	}
	if s.Condition != "" {
		prog, err := sandbox.Compile(s.ID, s.Condition)
		if err != nil {
			v.add(at("condition"), "%v", err)
		}
		s.prog = prog
	}
	if len(s.Fixtures.Positive) == 0 || len(s.Fixtures.Negative) == 0 {
		v.add(at("fixtures"), "fixtures need at least one positive and one negative page")
	}
	for _, f := range append(slices.Clone(s.Fixtures.Positive), s.Fixtures.Negative...) {
		if f.HTML == "" && f.Text == "" && len(f.Events) == 0 {
			v.add(f.Line, "fixture needs html, text or events")
		}
		for _, e := range f.Events {
			if !slices.Contains(snapshot.EventTypes, e.Type) {
				v.add(f.Line, "unknown event type %q", e.Type)
			}
		}
	}
}

func (v validator) matcher(m *Matcher) {
	part := func(p string) {
		if p != "" && !slices.Contains(Parts, p) {
			v.add(m.Line, "part %q is not one of %s", p, strings.Join(Parts, ", "))
		}
	}
	compile := func(p string) *regexp.Regexp {
		re, err := regexp.Compile(p)
		if err != nil {
			v.add(m.Line, "bad regex %q: %v", p, err)
		}
		return re
	}
	switch {
	case m.All != nil || m.Any != nil:
		list := append(slices.Clone(m.All), m.Any...)
		if len(list) == 0 {
			v.add(m.Line, "all/any needs at least one matcher")
		}
		for _, c := range list {
			if c == nil {
				v.add(m.Line, "empty matcher in all/any")
				continue
			}
			v.matcher(c)
		}
	case m.Not != nil:
		v.matcher(m.Not)
	case m.Text != nil:
		part(m.Text.Part)
		m.Text.Words = v.words(m.Line, m.Text.Words)
		if len(m.Text.Words) == 0 {
			v.add(m.Line, "text needs words")
		}
		if m.Text.Min > len(m.Text.Words) {
			v.add(m.Line, "text min %d is more than its %d words", m.Text.Min, len(m.Text.Words))
		}
	case m.Regex != nil:
		part(m.Regex.Part)
		m.Regex.re = compile(m.Regex.Pattern)
	case m.Selector != nil:
		sel, err := cascadia.ParseGroup(m.Selector.CSS)
		if err != nil {
			v.add(m.Line, "bad selector %q: %v", m.Selector.CSS, err)
		}
		m.Selector.sel = sel
	case m.Phone != nil:
		for _, t := range m.Phone.Types {
			if !slices.Contains(phoneType, t) {
				v.add(m.Line, "phone type %q is not one of %s", t, strings.Join(phoneType, ", "))
			}
		}
		m.Phone.Near = v.words(m.Line, m.Phone.Near)
	case m.URL != nil:
		m.URL.re = compile(m.URL.Pattern)
	case m.Event != nil:
		if !slices.Contains(snapshot.EventTypes, m.Event.Type) {
			v.add(m.Line, "event type %q is not one of %s", m.Event.Type, strings.Join(snapshot.EventTypes, ", "))
		}
		if m.Event.Detail != "" {
			m.Event.re = compile(m.Event.Detail)
		}
	case m.Script != nil || m.API != nil:
		sm := m.Script
		if sm == nil {
			sm = m.API
		}
		if !slices.Contains(scriptfacts.Names(), sm.API) {
			v.add(m.Line, "api %q is not one of %s", sm.API, strings.Join(scriptfacts.Names(), ", "))
		}
	}
}

// VocabularyFile holds the named word lists ("@alarm") signatures share.
const VocabularyFile = "vocabulary.yaml"

func loadVocabulary(fsys fs.FS) (map[string][]string, error) {
	data, err := fs.ReadFile(fsys, VocabularyFile)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string][]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", VocabularyFile, err)
	}
	var vocab map[string][]string
	if err := yaml.Unmarshal(data, &vocab); err != nil {
		return nil, fileLine(VocabularyFile, err)
	}
	return vocab, nil
}

// words expands "@list" references and folds every word.
func (v validator) words(line int, in []string) []string {
	var out []string
	for _, w := range in {
		if name, ok := strings.CutPrefix(w, "@"); ok {
			list, known := v.vocab[name]
			if !known {
				v.add(line, "unknown word list %q (see %s)", w, VocabularyFile)
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
