package sandbox

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	p := New(2, 50*time.Millisecond)
	tests := []struct {
		name, src string
		facts     any
		want      any
		wantErr   error
		errText   string
	}{
		{name: "expression", src: `facts.n > 2`, facts: struct {
			N int `json:"n"`
		}{3}, want: true},
		{name: "infinite loop", src: `for(;;){}`, wantErr: ErrBudget},
		{name: "deep recursion", src: `function f(n){return f(n+1)} f(0)`, errText: "stack"},
		{name: "no require", src: `require('fs')`, errText: "require"},
		{name: "throws", src: `throw new Error("boom")`, errText: "boom"},
		{name: "after failures a fresh run works", src: `typeof facts === "undefined"`, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prog, err := Compile(tt.name, tt.src)
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.Run(prog, "facts", tt.facts)
			switch {
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
			case tt.errText != "":
				if err == nil || !strings.Contains(err.Error(), tt.errText) {
					t.Fatalf("err = %v, want %q", err, tt.errText)
				}
			default:
				if err != nil || got != tt.want {
					t.Fatalf("got %v, %v; want %v", got, err, tt.want)
				}
			}
		})
	}
}

func TestCompileRejects(t *testing.T) {
	if _, err := Compile("big", strings.Repeat(" ", MaxSourceBytes+1)); err == nil {
		t.Error("oversized program compiled")
	}
	if _, err := Compile("bad", "facts.("); err == nil {
		t.Error("syntax error compiled")
	}
}
