package features

import "testing"

// FuzzUnpaidFrom: unpaidIn answers as the expression over the whole text.
func FuzzUnpaidFrom(f *testing.F) {
	for _, s := range []string{"期限までにお支払いがない場合、ファイルが流出します", "入金いただけない限り", "振り込みがなければ",
		"納付できないと", "if you do not pay, your files", "unless payment is made", "failure to pay",
		"if payment is not received", "sans paiement", "si vous ne payez pas", "ohne zahlung", "wenn sie nicht zahlen",
		"if you fail to pay unless you pay", "お支払い。ない場合", "支払支払いがない場合", "if you don't pay", "if you pay"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unpaidIn(s), unpaid.MatchString(s); got != want {
			t.Fatalf("unpaidIn(%q) = %v, the expression %v", s, got, want)
		}
	})
}
