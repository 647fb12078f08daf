package datadir

import "testing"

func TestDir(t *testing.T) {
	tests := []struct {
		goos string
		env  map[string]string
		want string
		err  bool
	}{
		{"linux", map[string]string{"HOME": "/home/k"}, "/home/k/.local/share/alertguard", false},
		{"linux", map[string]string{"HOME": "/home/k", "XDG_DATA_HOME": "/x"}, "/x/alertguard", false},
		{"darwin", map[string]string{"HOME": "/Users/k"}, "/Users/k/Library/Application Support/AlertGuard", false},
		{"windows", map[string]string{"LOCALAPPDATA": `C:\Users\k\AppData\Local`}, `C:\Users\k\AppData\Local/AlertGuard`, false},
		{"windows", map[string]string{}, "", true},
		{"linux", map[string]string{Env: "/tmp/ag", "HOME": "/home/k"}, "/tmp/ag", false},
	}
	for _, tt := range tests {
		l := Lookup{GOOS: tt.goos, Getenv: func(k string) string { return tt.env[k] }}
		got, err := l.Dir()
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("%s %v: got %q, %v; want %q", tt.goos, tt.env, got, err, tt.want)
		}
	}
}
