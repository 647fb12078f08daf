package features

import "testing"

// TestNewsVoice: a signed, dated article naming a company speaks about it;
// a fake update over a hacked blog keeps the byline and gets no sign.
func TestNewsVoice(t *testing.T) {
	e, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, html string
		want       float64 // negative.news-voice
	}{
		{"a tech news article about Windows, a download added",
			`<title>Microsoft's redesigned Windows 11 Start menu is rolling out now</title><article><h1>Microsoft's redesigned Windows 11 Start menu is rolling out now</h1><p>By Tom Warren · <time datetime="2026-12-06">Dec 6, 2026</time></p><p>It's arriving through Windows Update this week.</p><a href="/setup.exe">Download</a></article>`, 1},
		{"a fake update over a hacked blog",
			`<title>My travel blog</title><article><h1>Ten days in Kyoto</h1><p>By Anna · <time datetime="2026-12-01">Dec 1, 2026</time></p></article><div style="position:fixed;inset:0"><h1>Your Chrome is out of date</h1><p>Update required: install the latest version to continue.</p><a href="/chrome_update.exe">Update Chrome</a></div>`, 0},
		{"no article markup", `<title>Microsoft Windows 11</title><h1>Microsoft Windows 11</h1><p>By Tom Warren</p><a href="/setup.exe">Download</a>`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, e, "https://news.example.com/2026/12/6/x", tc.html)
			if got["negative.news-voice"] != tc.want {
				t.Errorf("negative.news-voice = %v, want %v (features %v)", got["negative.news-voice"], tc.want, got)
			}
		})
	}
}
