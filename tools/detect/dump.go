package main

import (
	"fmt"
	"io"
	"strings"
)

// dumpFeatures prints one line per scored page: file, label, category and
// every non-zero feature — what a person or a script reads to see which
// features separate which pages (`detect dump`).
func dumpFeatures(dir string, holdout, evidence bool, w io.Writer) error {
	t, err := newTrainer(defaultLambda)
	if err != nil {
		return err
	}
	pages, err := loadCorpus(dir, t.a)
	if err != nil {
		return err
	}
	if holdout {
		if pages, err = loadHoldout(dir, t.a); err != nil {
			return err
		}
	}
	for _, p := range pages {
		var fs []string
		for i, x := range p.vec.Values {
			if x != 0 {
				f := fmt.Sprintf("%s=%.3g", t.defs[i].Name, x)
				if ev := p.vec.Evidence[i]; evidence && len(ev) > 0 {
					f += "[" + strings.Join(ev, "|") + "]"
				}
				fs = append(fs, f)
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", p.file, p.expect, p.category, p.group, strings.Join(fs, " "))
	}
	return nil
}
