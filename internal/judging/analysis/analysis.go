// Package analysis judges one page: snapshot → facts → signatures → verdict.
package analysis

import (
	"fmt"
	"io/fs"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/signatures"
)

// Analyzer is safe for concurrent use.
type Analyzer struct {
	Set     *signature.Set
	Catalog *advice.Catalog
	pool    *sandbox.Pool
}

// New builds an analyzer over a signature set.
func New(set *signature.Set, cat *advice.Catalog) *Analyzer {
	return &Analyzer{Set: set, Catalog: cat, pool: sandbox.New(sandbox.DefaultPoolSize, sandbox.DefaultBudget)}
}

// Default loads the embedded signature set.
func Default() (*Analyzer, error) {
	cat := advice.New()
	set, err := loadSet(signatures.FS, cat.Known)
	if err != nil {
		return nil, fmt.Errorf("loading embedded signatures: %w", err)
	}
	return New(set, cat), nil
}

func loadSet(fsys fs.FS, known func(string) bool) (*signature.Set, error) {
	return signature.Load(fsys, known)
}

// Env returns a matching environment for one page.
func (a *Analyzer) Env() *signature.Env { return &signature.Env{Pool: a.pool} }

// Analyze judges a snapshot. It always returns a verdict; condition errors
// are listed in Problems.
func (a *Analyzer) Analyze(s *snapshot.Snapshot) *verdict.Result {
	s.Bound()
	f := facts.Build(s)
	hits, errs := a.Set.Match(f, a.Env())
	v := verdict.Decide(f, hits, a.Catalog, a.Set.Version)
	for _, err := range errs {
		v.Problems = append(v.Problems, err.Error())
	}
	if f.DecodeErr != nil {
		v.Problems = append(v.Problems, "unpacking scripts: "+f.DecodeErr.Error())
	}
	return v
}

// SignatureTitles names every rule in both languages, for people reading
// the log: the signatures' titles and the guardian's block list.
func (a *Analyzer) SignatureTitles() map[string]advice.Text {
	out := map[string]advice.Text{verdict.GuardianBlockListID: {Ja: "ご家族がブロックしたサイト", En: "A site the family blocked"}}
	for _, s := range a.Set.Sigs {
		out[s.ID] = advice.Text{Ja: s.Title.Ja, En: s.Title.En}
	}
	return out
}
