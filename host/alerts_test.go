package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/alerttest"
)

// The guardian's alert commands against real servers on loopback: set up
// with the PIN (secrets read like PINs), a test that says plainly what
// failed, status without secrets, and the queue drained by the CLI.
func TestGuardianAlertsCLI(t *testing.T) {
	vars := familyEnv(t)
	cert, err := alerttest.NewCert(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	smtpSrv, err := alerttest.StartSMTP(cert, false, "son@example.jp", "app-pass")
	if err != nil {
		t.Fatal(err)
	}
	defer smtpSrv.Close()
	ntfy, hook := alerttest.NewNtfy(""), alerttest.NewReceiver()
	defer ntfy.Close()
	defer hook.Close()
	down, err := alerttest.ClosedPort()
	if err != nil {
		t.Fatal(err)
	}
	port := fmt.Sprint(smtpSrv.Port)
	emailArgs := []string{"guardian", "alerts", "email", "--host", "127.0.0.1", "--port", port, "--user", "son@example.jp",
		"--from", "son@example.jp", "--to", "son@example.jp", "--ca-file", cert.PEMFile}
	steps := []struct {
		stdin    string
		args     []string
		code     int
		contains string
	}{
		{"", []string{"guardian", "alerts", "status"}, 0, "Alerts are off"},
		{"", []string{"guardian", "alerts", "on"}, 2, "at least one channel"},
		{"2580\n", []string{"guardian", "set-pin"}, 0, "PIN is set"},
		{"", emailArgs, 1, "reading the PIN"},
		{"0000\nwrong-pass\n", emailArgs, 3, "not right"},
		{"2580\nwrong-pass\n", emailArgs, 0, "email: to son@example.jp via 127.0.0.1:" + port},
		{"2580\n", []string{"guardian", "alerts", "on", "--lang", "en"}, 0, "Alerts are on (language en"},
		{"", []string{"guardian", "alerts", "test"}, 1, "NOT sent — authentication: the server refused the user name or password"},
		{"2580\napp-pass\n", emailArgs, 0, "Alerts are on"},
		{"2580\n", []string{"guardian", "alerts", "ntfy", "--server", ntfy.URL, "--topic", "family-9x"}, 0, "ntfy: " + ntfy.URL},
		{"2580\n" + hook.URL + "/services/T0/B0/secret-part\n", []string{"guardian", "alerts", "webhook", "--format", "slack"}, 0, "webhook: 127.0.0.1"},
		{"", []string{"guardian", "alerts", "test"}, 0, "webhook (127.0.0.1"},
		{"2580\n" + fmt.Sprintf("http://127.0.0.1:%d/hook", down) + "\n", []string{"guardian", "alerts", "webhook", "--format", "discord"}, 0, "discord"},
		{"", []string{"guardian", "alerts", "test"}, 1, "NOT sent — connection: nothing answers"},
		{"2580\n", []string{"guardian", "alerts", "remove", "webhook"}, 0, "Alerts are on"},
		{"2580\n", []string{"guardian", "alerts", "ntfy", "--server", "http://ntfy.example", "--topic", "x"}, 2, "use https"},
		{"", []string{"guardian", "alerts", "status", "--json"}, 0, `"channels":["email","ntfy"]`},
		{"", []string{"doctor", "--browser", "none"}, 1, "guardian alerts: on (email, ntfy)"},
		{"", []string{"guardian", "alerts", "send"}, 0, "Nothing is waiting"},
		{"", []string{"guardian", "alerts", "off"}, 1, "reading the PIN"},
		{"2580\n", []string{"guardian", "alerts", "off"}, 0, "Alerts are off"},
		{"", []string{"guardian", "alerts", "--help"}, 0, "Every change needs the guardian PIN"},
		{"", []string{"guardian", "alerts", "fax"}, 2, "Usage"},
	}
	for _, st := range steps {
		r := runCmd(t, st.stdin, vars, st.args...)
		if r.code != st.code || !strings.Contains(r.stdout+r.stderr, st.contains) {
			t.Fatalf("%v: exit %d, want %d; output %q %q; want %q", st.args, r.code, st.code, r.stdout, r.stderr, st.contains)
		}
		for _, secret := range []string{"app-pass", "secret-part"} {
			if strings.Contains(r.stdout+r.stderr, secret) {
				t.Fatalf("%v printed a secret: %q", st.args, r.stdout)
			}
		}
	}
	if got := smtpSrv.Wait(2, 5*time.Second); len(got) != 2 {
		t.Errorf("%d test mails arrived, want 2 (the first test's password was wrong)", len(got))
	}
	if got := ntfy.Wait(1, 5*time.Second); len(got) != 2 {
		t.Errorf("%d test pushes arrived, want 2", len(got))
	}
	fi, err := os.Stat(filepath.Join(vars["ALERTGUARD_DATA_DIR"], "alerts.json"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("alerts.json: %v %v", fi, err)
	}
}
