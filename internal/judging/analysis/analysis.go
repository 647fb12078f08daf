// Package analysis judges one page: snapshot → facts → signatures →
// features → learned score → verdict.
package analysis

import (
	"context"
	"fmt"
	"io/fs"
	"strings"

	"github.com/alertguard/alertguard/internal/decide"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/brands"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/ocr"
	"github.com/alertguard/alertguard/internal/judging/sandbox"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/textnorm"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/signatures"
)

// Analyzer is safe for concurrent use.
type Analyzer struct {
	Set       *signature.Set
	Catalog   *advice.Catalog
	OCR       *ocr.Reader // reads a snapshot's screenshot; nil: never read (said in the verdict)
	pool      *sandbox.Pool
	ext       *features.Extractor
	decider   *decide.Decider
	page      *textnorm.Union // the signatures' page words, the lexicons and the brands: the page text is read once for all
	prominent *textnorm.Union // the brands and the head lexicons: the prominent text (Facts.Prominent) read once for both
}

// Lists of Analyzer.page.
const (
	pageSignatures = iota
	pageLexicons
	pageBrands
	pageNeedles
)

// The lists of the prominent text's union, by place.
const (
	prominentBrands = iota
	prominentHead
)

// New builds an analyzer over a signature set with the embedded model.
func New(set *signature.Set, cat *advice.Catalog) (*Analyzer, error) {
	m, err := model.Default()
	if err != nil {
		return nil, err
	}
	return WithModel(set, cat, m)
}

// WithModel builds an analyzer over a signature set and a model.
func WithModel(set *signature.Set, cat *advice.Catalog, m *model.Model) (*Analyzer, error) {
	ext, err := features.New(set.Sigs)
	if err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	page := textnorm.NewUnion(set.PageWords(), ext.Phrases(), brands.Words(), ext.Needles())
	prominent := textnorm.NewUnion(brands.Words(), ext.HeadPhrases()) // lists prominentBrands, prominentHead
	return &Analyzer{Set: set, Catalog: cat, OCR: ocr.New(ocr.Options{}), pool: sandbox.New(sandbox.DefaultPoolSize, sandbox.DefaultBudget), ext: ext,
		decider: decide.New(ext, m, set, cat), page: page, prominent: prominent}, nil
}

// Default loads the embedded signature set.
func Default() (*Analyzer, error) {
	cat := advice.New()
	set, err := loadSet(signatures.FS, cat.Known)
	if err != nil {
		return nil, fmt.Errorf("loading embedded signatures: %w", err)
	}
	return New(set, cat)
}

func loadSet(fsys fs.FS, known func(string) bool) (*signature.Set, error) {
	return signature.Load(fsys, known)
}

// Env returns a matching environment for one page.
func (a *Analyzer) Env() *signature.Env { return &signature.Env{Pool: a.pool} }

// Analyze judges a snapshot without the guardian's policy. It always
// returns a verdict; condition errors are listed in Problems.
func (a *Analyzer) Analyze(s *snapshot.Snapshot) *verdict.Result {
	return a.Judge(s, nil).Verdict
}

// Judge judges a snapshot: its features, then internal/decide with the
// guardian's policy (nil: none).
func (a *Analyzer) Judge(s *snapshot.Snapshot, p *decide.Policy) decide.Judgement {
	f, vec, errs := a.Features(s)
	jd := a.decider.Decide(f, vec, p)
	for _, err := range errs {
		jd.Verdict.Problems = append(jd.Verdict.Problems, err.Error())
	}
	if f.DecodeErr != nil {
		jd.Verdict.Problems = append(jd.Verdict.Problems, "unpacking scripts: "+f.DecodeErr.Error())
	}
	return jd
}

// Features reads a snapshot up to its feature vector (training and
// evaluation use this; Analyze scores it).
func (a *Analyzer) Features(s *snapshot.Snapshot) (*facts.Facts, *features.Vector, []error) {
	s.Bound()
	unread := a.readScreenshot(s)
	f := facts.BuildWith(s, &facts.PageReader{Union: a.page, Brands: pageBrands, Prominent: a.prominent, ProminentBrands: prominentBrands})
	env := a.Env()
	env.Page, env.PageList = f.PageRead, pageSignatures
	hits, errs := a.Set.Match(f, env)
	if unread != nil {
		errs = append(errs, unread)
	}
	return f, a.ext.ExtractRead(f, hits, a.pageRead(f)), errs
}

// readScreenshot puts the text OCR reads in the snapshot's screenshot in
// s.Rendered, where the facts take it as text the page shows. A picture
// that was sent and not read is an error for the verdict's problems: the
// judgement never pretends it read the picture, and stands on the rest.
func (a *Analyzer) readScreenshot(s *snapshot.Snapshot) error {
	s.Rendered = ""
	if s.ScreenshotProblem != "" {
		return fmt.Errorf("%s was not read: %s", pictureProblem, s.ScreenshotProblem)
	}
	if s.Screenshot == nil {
		return nil
	}
	if a.OCR == nil {
		return fmt.Errorf("%s was not read: %w", pictureProblem, ocr.ErrUnavailable)
	}
	img, err := s.Screenshot.Image()
	if err == nil {
		var res ocr.Result
		if res, err = a.OCR.Read(context.Background(), img); err == nil {
			s.Rendered = snapshot.Trim(res.Text, snapshot.MaxRendered)
			return nil
		}
	}
	return fmt.Errorf("%s could not be read, it was judged on its page text alone: %w", pictureProblem, err)
}

// pictureProblem starts every problem about the screenshot.
const pictureProblem = "the picture of the page"

// PictureProblem says whether a verdict's problem is about its screenshot
// (front ends that show notes, such as scan, show these).
func PictureProblem(problem string) bool { return strings.HasPrefix(problem, pictureProblem) }

// pageRead is where Extract finds its lists in the page text's read.
func (a *Analyzer) pageRead(f *facts.Facts) *features.PageRead {
	return &features.PageRead{Read: f.PageRead, Phrases: pageLexicons, Needles: pageNeedles, Prominent: f.ProminentRead, HeadPhrases: prominentHead}
}

// Extractor is the analyzer's feature extractor.
func (a *Analyzer) Extractor() *features.Extractor { return a.ext }

// Decider is the analyzer's decision stage.
func (a *Analyzer) Decider() *decide.Decider { return a.decider }

// SignatureTitles names every reason id in both languages, for people
// reading the log: signatures, features, hard rules and the guardian's
// block list.
func (a *Analyzer) SignatureTitles() map[string]advice.Text {
	out := map[string]advice.Text{decide.GuardianBlockListID: {Ja: "ご家族がブロックしたサイト", En: "A site the family blocked"}}
	for _, s := range a.Set.Sigs {
		out[s.ID] = advice.Text{Ja: s.Title.Ja, En: s.Title.En}
	}
	for _, d := range a.ext.Defs() {
		out[d.Name] = d.Title
	}
	for id, t := range a.decider.RuleTitles() {
		out[id] = t
	}
	return out
}
