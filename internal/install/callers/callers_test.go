package callers

import "testing"

func TestDetectAndCheck(t *testing.T) {
	tests := []struct {
		args       []string
		native, ok bool
		browser    string
	}{
		{[]string{"chrome-extension://" + ChromiumID + "/"}, true, true, "chromium"},
		{[]string{"chrome-extension://" + ChromiumID + "/", "--parent-window=0"}, true, true, "chromium"},
		{[]string{"chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/"}, true, false, "chromium"},
		{[]string{"/home/k/.mozilla/native-messaging-hosts/" + HostName + ".json", FirefoxID}, true, true, "firefox"},
		{[]string{`C:\ag\` + HostName + ".json", "evil@example.com"}, true, false, "firefox"},
		{[]string{"scan", "page.html"}, false, false, ""},
		{nil, false, false, ""},
	}
	for _, tt := range tests {
		c, native := Detect(tt.args)
		if native != tt.native || c.Browser != tt.browser {
			t.Errorf("Detect(%q) = %+v, %v", tt.args, c, native)
			continue
		}
		if native && (c.Check() == nil) != tt.ok {
			t.Errorf("Check(%+v) = %v, want ok=%v", c, c.Check(), tt.ok)
		}
	}
}
