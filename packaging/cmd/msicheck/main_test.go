package main

import (
	"slices"
	"testing"
)

func rows(rs ...map[string]string) table { return table{rows: rs} }

// TestCheckPurge: the PURGE=1 action as wixl writes it, and the ways it
// can be wrong, with the exact complaint.
func TestCheckPurge(t *testing.T) {
	good := map[string]string{"Action": "PurgeData", "Type": "1106", "Source": "AlertGuardExe", "Target": "uninstall --purge --data-only"}
	with := func(k, v string) map[string]string {
		r := map[string]string{}
		for a, b := range good {
			r[a] = b
		}
		r[k] = v
		return r
	}
	seq := func(n, cond string) table {
		return rows(map[string]string{"Action": "PurgeData", "Condition": cond, "Sequence": n},
			map[string]string{"Action": "InstallInitialize", "Sequence": "1500"},
			map[string]string{"Action": "RemoveFiles", "Sequence": "3500"})
	}
	const cond = `REMOVE="ALL" AND PURGE="1"`
	tests := []struct {
		name string
		ca   table
		seq  table
		want []string
	}{
		{"as built", rows(good), seq("3400", cond), nil},
		{"missing", rows(), seq("3400", cond), []string{`0 custom actions run "uninstall --purge --data-only", want 1 (PURGE=1)`}},
		{"wixl's Before= placement", rows(good), seq("1", cond), []string{"PurgeData: sequence 1, want between InstallInitialize (1500) and RemoveFiles (3500)"}},
		{"after the files are gone", rows(good), seq("3600", cond), []string{"PurgeData: sequence 3600, want between InstallInitialize (1500) and RemoveFiles (3500)"}},
		{"as SYSTEM", rows(with("Type", "3154")), seq("3400", cond), []string{"PurgeData: type 3154, want deferred, as the person, not stopping the uninstall"}},
		{"immediate", rows(with("Type", "82")), seq("3400", cond), []string{"PurgeData: type 82, want deferred, as the person, not stopping the uninstall"}},
		{"on every uninstall", rows(good), seq("3400", `REMOVE="ALL"`), []string{`PurgeData: condition "REMOVE=\"ALL\"", want "REMOVE=\"ALL\" AND PURGE=\"1\""`}},
		{"another program", rows(with("Source", "Other")), seq("3400", cond), []string{`PurgeData: type 1106 source "Other", want the installed AlertGuardExe`}},
	}
	for _, tt := range tests {
		if got := checkPurge(tt.ca, tt.seq); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
