package advice

import "testing"

func TestCatalogComplete(t *testing.T) {
	c := New()
	for _, it := range items {
		if it.Title.Ja == "" || it.Title.En == "" || it.Body.Ja == "" || it.Body.En == "" {
			t.Errorf("advice %s lacks a translation", it.ID)
		}
		if !c.Known(it.ID) {
			t.Errorf("advice %s not indexed", it.ID)
		}
	}
	want := map[string]string{"ipa": "03-5978-7509", "consumer-188": "188", "police-9110": "#9110"}
	for _, h := range c.HelpLines() {
		if want[h.ID] != h.Number || h.URL == "" || h.Name.Ja == "" || h.Name.En == "" {
			t.Errorf("help line %+v", h)
		}
		delete(want, h.ID)
	}
	if len(want) != 0 {
		t.Errorf("missing help lines %v", want)
	}
	got := c.Get([]string{"if-called-or-paid", "do-not-call", "do-not-call", "nope"})
	if len(got) != 2 || got[0].ID != "do-not-call" {
		t.Errorf("Get = %+v", got)
	}
}
