package features

import (
	"strings"
	"testing"
)

// FuzzUnpaidFrom: unpaidIn answers as the expression over the whole text.
func FuzzUnpaidFrom(f *testing.F) {
	for _, s := range []string{"期限までにお支払いがない場合、ファイルが流出します", "入金いただけない限り", "振り込みがなければ",
		"納付できないと", "if you do not pay, your files", "unless payment is made", "failure to pay",
		"if payment is not received", "sans paiement", "si vous ne payez pas", "ohne zahlung", "wenn sie nicht zahlen",
		"if you fail to pay unless you pay", "お支払い。ない場合", "支払支払いがない場合", "if you don't pay", "if you pay",
		"振り込𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷いただけない場合", "振り込𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷いただけない場合"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unpaidIn(s), unpaid.MatchString(s); got != want {
			t.Fatalf("unpaidIn(%q) = %v, the expression %v", s, got, want)
		}
	})
}

// TestUnpaidSpan: the longest matches, with sixteen runes of four bytes
// between, lie within unpaidSpan of their core, far into a long text.
func TestUnpaidSpan(t *testing.T) {
	filler := strings.Repeat("𠮷", 16)
	pad := strings.Repeat("あ。", 400)
	for _, m := range []string{"振り込" + filler + "いただけない場合", "支払" + filler + "できない限り", "if payment is not received"} {
		if !unpaid.MatchString(m) || len(m) >= unpaidSpan {
			t.Fatalf("%q: not a match shorter than the span", m)
		}
		for _, s := range []string{m, pad + m + pad, pad + "支払" + pad + m} {
			if !unpaidIn(s) {
				t.Errorf("%d bytes around %q: not found", len(s)-len(m), m)
			}
		}
	}
	if unpaidIn(pad + "振り込" + filler + "𠮷いただけない場合") {
		t.Error("seventeen runes between: found")
	}
}
