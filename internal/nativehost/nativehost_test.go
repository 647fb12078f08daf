package nativehost

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/nativehost/framing"
	"github.com/alertguard/alertguard/internal/protocol"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

const scamPage = `<title>Microsoft Warning Alert</title><h1>Your computer has been locked</h1>
<p>Your computer is infected with a Trojan spyware. Call Microsoft Support +1-855-555-0148 (Toll Free) immediately.</p>`

func frame(t *testing.T, msg any) []byte {
	var b []byte
	switch m := msg.(type) {
	case string:
		b = []byte(m)
	case []byte:
		b = m
	default:
		var err error
		if b, err = json.Marshal(m); err != nil {
			t.Fatal(err)
		}
	}
	out := make([]byte, 4+len(b))
	binary.NativeEndian.PutUint32(out, uint32(len(b)))
	copy(out[4:], b)
	return out
}

func newServer(t *testing.T, withLog bool) *Server {
	a, err := analysis.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Judge: &judge.Judge{Analyzer: a}, Browser: "chromium", Version: "test", Diag: io.Discard}
	s.Judge.Settings = s.Settings
	if withLog {
		if s.Log, err = eventlog.Open(t.TempDir()); err != nil {
			t.Fatal(err)
		}
	} else {
		s.LogErr = errors.New("disk full")
	}
	return s
}

// serve runs the server over the given frames and returns the replies.
func serve(t *testing.T, s *Server, frames ...[]byte) ([]map[string]any, error) {
	var out bytes.Buffer
	err := s.Serve(bytes.NewReader(bytes.Join(frames, nil)), &out)
	r := framing.NewReader(&out, framing.MaxOutgoing)
	var replies []map[string]any
	for {
		p, rerr := r.Read()
		if rerr != nil {
			break
		}
		var m map[string]any
		if jerr := json.Unmarshal(p, &m); jerr != nil {
			t.Fatalf("reply is not JSON: %q", p)
		}
		replies = append(replies, m)
	}
	return replies, err
}

func byID(replies []map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, r := range replies {
		out[fmt.Sprint(r["id"])] = r
	}
	return out
}

func TestMessages(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		wantType string
		wantCode string
		wantID   string
	}{
		{"ping", frame(t, `{"id":"p1","type":"ping"}`), "pong", "", "p1"},
		{"unknown type", frame(t, `{"id":"u1","type":"format-disk"}`), "error", string(protocol.CodeUnknownType), "u1"},
		{"invalid json", frame(t, `{"id":"j1","type":`), "error", string(protocol.CodeBadFrame), ""},
		{"invalid utf-8", frame(t, []byte("{\"id\":\"\xff\"}")), "error", string(protocol.CodeBadFrame), ""},
		{"not an object", frame(t, `[1,2,3]`), "error", string(protocol.CodeBadRequest), ""},
		{"wrong id type keeps going", frame(t, `{"id":5,"type":"ping"}`), "error", string(protocol.CodeBadRequest), ""},
		{"analyze without snapshot", frame(t, `{"id":"a0","type":"analyze"}`), "error", string(protocol.CodeBadRequest), "a0"},
		{"snapshot of wrong types", frame(t, `{"id":"a1","type":"analyze","snapshot":{"url":1,"events":"x"}}`), "error", string(protocol.CodeBadRequest), "a1"},
		{"log.get unknown", frame(t, `{"id":"g1","type":"log.get","logId":"nope"}`), "error", string(protocol.CodeNotFound), "g1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			replies, err := serve(t, newServer(t, true), tt.in)
			if err != nil {
				t.Fatalf("Serve: %v", err)
			}
			if len(replies) != 1 {
				t.Fatalf("replies = %v", replies)
			}
			r := replies[0]
			if r["type"] != tt.wantType || fmt.Sprint(r["id"]) != tt.wantID || (tt.wantCode != "" && r["code"] != tt.wantCode) {
				t.Fatalf("reply = %v", r)
			}
		})
	}
}

func TestAnalyzeLogsBlocks(t *testing.T) {
	s := newServer(t, true)
	scam := map[string]any{"id": "s", "type": "analyze", "snapshot": map[string]any{"url": "https://err.example.xyz/", "html": scamPage}}
	legit := map[string]any{"id": "l", "type": "analyze", "snapshot": map[string]any{"url": "https://news.example.com/", "html": "<p>Weather today</p>"}}
	replies, err := serve(t, s, frame(t, scam), frame(t, legit))
	if err != nil {
		t.Fatal(err)
	}
	got := byID(replies)
	v := got["s"]["verdict"].(map[string]any)
	if v["verdict"] != "block" || got["s"]["logId"] == nil {
		t.Fatalf("scam reply = %v", got["s"])
	}
	if got["l"]["verdict"].(map[string]any)["verdict"] != "allow" || got["l"]["logId"] != nil {
		t.Fatalf("legit reply = %v", got["l"])
	}
	id := got["s"]["logId"].(string)
	attach := map[string]any{"id": "t", "type": "log.attach", "logId": id, "thumbnail": "data:image/png;base64,iVBORw0KGgo="}
	list := map[string]any{"id": "ls", "type": "log.list"}
	get := map[string]any{"id": "g", "type": "log.get", "logId": id}
	replies, err = serve(t, s, frame(t, attach))
	if err != nil || replies[0]["type"] != "ok" {
		t.Fatalf("attach = %v, %v", replies, err)
	}
	replies, _ = serve(t, s, frame(t, list), frame(t, get))
	got = byID(replies)
	entries := got["ls"]["entries"].([]any)
	if len(entries) != 1 || entries[0].(map[string]any)["url"] != "https://err.example.xyz/" {
		t.Fatalf("log.list = %v", got["ls"])
	}
	if got["g"]["thumbnail"] != "data:image/png;base64,iVBORw0KGgo=" {
		t.Fatalf("log.get = %v", got["g"])
	}
	if strings.Contains(fmt.Sprint(entries[0]), "Trojan") {
		t.Fatal("log entry holds page content")
	}
}

func TestLogUnavailableStillJudges(t *testing.T) {
	s := newServer(t, false)
	scam := map[string]any{"id": "s", "type": "analyze", "snapshot": map[string]any{"url": "https://err.example.xyz/", "html": scamPage}}
	replies, err := serve(t, s, frame(t, scam), frame(t, `{"id":"l","type":"log.list"}`))
	if err != nil {
		t.Fatal(err)
	}
	got := byID(replies)
	if got["s"]["verdict"].(map[string]any)["verdict"] != "block" || !strings.Contains(fmt.Sprint(got["s"]["logError"]), "disk full") {
		t.Fatalf("reply = %v", got["s"])
	}
	if got["l"]["code"] != string(protocol.CodeLogFailed) {
		t.Fatalf("log.list = %v", got["l"])
	}
}

func TestOversizedAndTruncatedFramesEndCleanly(t *testing.T) {
	huge := make([]byte, 4)
	binary.NativeEndian.PutUint32(huge, 0xFFFFFFFF)
	for name, in := range map[string][]byte{"oversized": huge, "truncated": frame(t, `{"id":"x","type":"ping"}`)[:10]} {
		t.Run(name, func(t *testing.T) {
			replies, err := serve(t, newServer(t, true), frame(t, `{"id":"p","type":"ping"}`), in)
			if err == nil {
				t.Fatal("Serve returned nil after a broken frame")
			}
			types := map[any]int{}
			for _, r := range replies {
				types[r["type"]]++
			}
			if len(replies) != 2 || types["pong"] != 1 || types["error"] != 1 {
				t.Fatalf("replies = %v", replies)
			}
		})
	}
}

func TestManyInFlight(t *testing.T) {
	var frames [][]byte
	for i := 0; i < 40; i++ {
		frames = append(frames, frame(t, map[string]any{"id": fmt.Sprintf("r%d", i), "type": "analyze",
			"snapshot": map[string]any{"url": "https://x.example/", "html": scamPage}}))
	}
	replies, err := serve(t, newServer(t, true), frames...)
	if err != nil {
		t.Fatal(err)
	}
	got := byID(replies)
	for i := 0; i < 40; i++ {
		if r := got[fmt.Sprintf("r%d", i)]; r == nil || r["type"] != "verdict" {
			t.Fatalf("reply r%d = %v", i, r)
		}
	}
}

func TestLogListFitsOneMiB(t *testing.T) {
	s := newServer(t, true)
	long := "https://x.example/" + strings.Repeat("a", 1900)
	for i := 0; i < 2000; i++ {
		if err := s.Log.Append(&eventlog.Entry{Summary: verdict.Summary{URL: long, Decision: "block"}}); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := s.Serve(bytes.NewReader(frame(t, `{"id":"l","type":"log.list","limit":2000}`)), &out); err != nil {
		t.Fatal(err)
	}
	size := binary.NativeEndian.Uint32(out.Bytes()[:4])
	if size > framing.MaxOutgoing || size == 0 {
		t.Fatalf("reply of %d bytes", size)
	}
	var r map[string]any
	json.Unmarshal(out.Bytes()[4:], &r)
	if r["truncated"] != true || len(r["entries"].([]any)) == 0 {
		t.Fatalf("truncated=%v entries=%d", r["truncated"], len(r["entries"].([]any)))
	}
}

func FuzzServe(f *testing.F) {
	f.Add([]byte(`{"id":"p","type":"ping"}`))
	f.Add([]byte(`{"id":"a","type":"analyze","snapshot":{"html":"<p>virus</p>"}}`))
	a, err := analysis.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, payload []byte) {
		s := &Server{Judge: &judge.Judge{Analyzer: a}, LogErr: errors.New("no log"), Diag: io.Discard}
		in := make([]byte, 4+len(payload))
		binary.NativeEndian.PutUint32(in, uint32(len(payload)))
		copy(in[4:], payload)
		var out bytes.Buffer
		_ = s.Serve(bytes.NewReader(in), &out)
		if out.Len() < 4 {
			t.Fatal("no reply")
		}
	})
}

func TestSamePageLoggedOnce(t *testing.T) {
	s := newServer(t, true)
	scam := func(id string) []byte {
		return frame(t, map[string]any{"id": id, "type": "analyze", "snapshot": map[string]any{"url": "https://err.example.xyz/", "html": scamPage}})
	}
	replies, err := serve(t, s, scam("a"))
	if err != nil {
		t.Fatal(err)
	}
	first := replies[0]["logId"]
	replies, _ = serve(t, s, scam("b"))
	if replies[0]["logId"] != first {
		t.Fatalf("second verdict logged again: %v vs %v", replies[0]["logId"], first)
	}
	entries, _ := s.Log.List(time.Time{}, 0)
	if len(entries) != 1 {
		t.Fatalf("%d log entries, want 1", len(entries))
	}
}

// TestLogNotWritable: the log file cannot be opened (here a folder stands
// where it should be, which even root cannot write as a file). The host
// still answers with the verdict and says what failed.
func TestLogNotWritable(t *testing.T) {
	s := newServer(t, true)
	if err := os.Mkdir(filepath.Join(s.Log.Dir, eventlog.FileName), 0o700); err != nil {
		t.Fatal(err)
	}
	scam := map[string]any{"id": "s", "type": "analyze", "snapshot": map[string]any{"url": "https://err.example.xyz/", "html": scamPage}}
	replies, err := serve(t, s, frame(t, scam), frame(t, `{"id":"p","type":"ping"}`))
	if err != nil {
		t.Fatal(err)
	}
	got := byID(replies)
	if got["s"]["verdict"].(map[string]any)["verdict"] != "block" || !strings.Contains(fmt.Sprint(got["s"]["logError"]), "log") {
		t.Fatalf("reply = %v", got["s"])
	}
	if got["p"]["type"] != "pong" {
		t.Fatalf("host stopped answering: %v", got["p"])
	}
}
