// Package report renders the log for the guardian: a self-contained,
// printable HTML page (thumbnails inlined, no outside requests) and a CSV
// spreadsheet, in Japanese or English. Everything from the log came from a
// hostile page, so it is escaped (HTML) or defused (CSV formulas).
package report

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

//go:embed report.html.tmpl
var templates embed.FS

// Options shape a report.
type Options struct {
	Lang      string         // "ja" (default) or "en"
	Generated time.Time      // when the report was made
	Since     time.Time      // start of the period; zero = everything
	Location  *time.Location // times are shown in this zone
	// Tried names what a signature id means; nil shows the ids.
	Tried func(id string) (advice.Text, bool)
	// Thumbnail returns an entry's picture as a data URL ("" for none).
	Thumbnail func(id string) (string, error)
}

func (o Options) lang() string {
	if o.Lang == "en" {
		return "en"
	}
	return "ja"
}

func (o Options) when(rfc string) string {
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return rfc
	}
	loc := o.Location
	if loc == nil {
		loc = time.Local
	}
	return t.In(loc).Format("2006-01-02 15:04")
}

// row is one entry in people's words.
type row struct {
	ID, Time, Verdict, VerdictClass, Site, URL, Title string
	Kinds, Numbers, Tried                             []string
	Choice                                            string
	Picture                                           template.URL
	Reported                                          bool
}

func rows(entries []eventlog.Entry, o Options) []row {
	lang := o.lang()
	out := make([]row, 0, len(entries))
	for _, e := range entries {
		r := row{ID: e.ID, Time: o.when(e.Time), Verdict: word(e.Decision, lang), VerdictClass: e.Decision,
			Site: siteOf(e.URL), URL: e.URL, Title: e.Title}
		if e.Decision != "block" && e.Decision != "warn" {
			r.Verdict, r.VerdictClass = e.Decision, "other"
		}
		for _, c := range e.Categories {
			r.Kinds = append(r.Kinds, CategoryName(c, lang))
		}
		for _, p := range e.Phones {
			r.Numbers = append(r.Numbers, p.Display)
		}
		for _, id := range e.Signatures {
			if t, ok := tried(o, id); ok {
				r.Tried = append(r.Tried, t.In(lang))
			} else {
				r.Tried = append(r.Tried, id)
			}
		}
		r.Choice = choiceText(e.Choices, lang)
		for _, c := range e.Choices {
			r.Reported = r.Reported || c.Choice == eventlog.ChoiceReported
		}
		if o.Thumbnail != nil {
			if src, err := o.Thumbnail(e.ID); err == nil && strings.HasPrefix(src, "data:image/") {
				r.Picture = template.URL(src) // a data URL the log made; html/template would refuse it otherwise
			}
		}
		out = append(out, r)
	}
	return out
}

func tried(o Options, id string) (advice.Text, bool) {
	if o.Tried == nil {
		return advice.Text{}, false
	}
	return o.Tried(id)
}

func choiceText(cs []eventlog.Choice, lang string) string {
	if len(cs) == 0 {
		return word("noChoice", lang)
	}
	var parts []string
	for _, c := range cs {
		s := ChoiceName(c.Choice, lang)
		if c.WithPIN {
			s += word("withPIN", lang)
		}
		parts = append(parts, s)
	}
	sep := "、"
	if lang == "en" {
		sep = ", then "
	}
	return strings.Join(parts, sep)
}

// listSep joins items the way each language does: 、 in Japanese.
func listSep(lang string) string {
	if lang == "en" {
		return ", "
	}
	return "、"
}

func siteOf(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return u.Host
	}
	return raw
}

// HTML writes the printable report.
func HTML(w io.Writer, entries []eventlog.Entry, o Options) error {
	lang := o.lang()
	t, err := template.New("report.html.tmpl").Funcs(template.FuncMap{
		"w":    func(key string) string { return word(key, lang) },
		"join": func(s []string) string { return strings.Join(s, listSep(lang)) },
	}).ParseFS(templates, "report.html.tmpl")
	if err != nil {
		return fmt.Errorf("report template: %w", err)
	}
	rs := rows(entries, o)
	data := struct {
		Lang, Generated, Period string
		Rows                    []row
		Counts                  map[string]int
	}{Lang: lang, Rows: rs, Generated: o.Generated.In(loc(o)).Format("2006-01-02 15:04"), Period: period(o), Counts: counts(entries)}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return fmt.Errorf("rendering the report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

func loc(o Options) *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return time.Local
}

func period(o Options) string {
	if o.Since.IsZero() {
		return word("all", o.lang())
	}
	return o.Since.In(loc(o)).Format("2006-01-02 15:04") + " – " + o.Generated.In(loc(o)).Format("2006-01-02 15:04")
}

func counts(entries []eventlog.Entry) map[string]int {
	c := map[string]int{}
	for _, e := range entries {
		c[e.Decision]++
		seen := map[string]bool{}
		for _, ch := range e.Choices {
			if !seen[ch.Choice] {
				c[ch.Choice]++
				seen[ch.Choice] = true
			}
		}
	}
	return c
}

// CSV writes a spreadsheet: UTF-8 with a byte-order mark (so Excel in Japan
// reads it), one row per entry, cells that a spreadsheet would run as a
// formula prefixed with an apostrophe.
func CSV(w io.Writer, entries []eventlog.Entry, o Options) error {
	lang := o.lang()
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := []string{"time", "verdict", "site", "address", "pageTitle", "kinds", "numbers", "tried", "choice", "id"}
	for i, k := range head {
		head[i] = word(k, lang)
	}
	if err := cw.Write(head); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	for _, r := range rows(entries, o) {
		rec := []string{r.Time, r.Verdict, r.Site, r.URL, r.Title, strings.Join(r.Kinds, "; "),
			strings.Join(r.Numbers, "; "), strings.Join(r.Tried, "; "), r.Choice, r.ID}
		for i := range rec {
			rec[i] = defuse(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	return cw.Error()
}

// defuse stops a spreadsheet from running a cell as a formula (OWASP's
// CSV injection advice): a page title "=HYPERLINK(…)" stays text.
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
