package main

import (
	"fmt"
	"github.com/alertguard/alertguard/internal/judging/features"
)

func runSignatures(args []string, e env) int {
	if len(args) == 0 || (args[0] != "list" && args[0] != "test") {
		code := 2
		w := e.stderr
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			code, w = 0, e.stdout
		}
		fmt.Fprintln(w, "Usage: alertguard signatures list | alertguard signatures test")
		return code
	}
	fs := newFlags("signatures "+args[0], "signatures "+args[0], e)
	if done, code := parseFlags(fs, args[1:], e); done {
		return code
	}
	a, err := loadAnalyzer(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "alertguard: %v\n", err)
		return 1
	}
	if args[0] == "list" {
		fmt.Fprintf(e.stdout, "signature set %s\n", a.Set.Version)
		for _, s := range a.Set.Sigs {
			fmt.Fprintf(e.stdout, "%-36s %-20s %-7s %+6.2f  %s / %s\n", s.ID, s.Category, s.Role, a.Decider().Weight(features.SigPrefix+s.ID), s.Title.En, s.Title.Ja)
		}
		return 0
	}
	passed, failed := 0, 0
	for _, r := range a.Set.TestFixtures(a.Env()) {
		if r.Pass {
			passed++
		} else {
			failed++
			fmt.Fprintln(e.stdout, r)
		}
	}
	fmt.Fprintf(e.stdout, "signatures: %d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return 1
	}
	return 0
}
