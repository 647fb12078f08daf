package alerttest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Push is one message an HTTP receiver got.
type Push struct {
	Path   string            `json:"path"`
	Header map[string]string `json:"header"`
	Body   string            `json:"body"`
	Title  string            `json:"title,omitempty"` // ntfy: the decoded Title header
}

// Receiver records POSTs; it is a webhook receiver, a LINE-style push
// endpoint, or (NewNtfy) an ntfy server.
type Receiver struct {
	*httptest.Server
	// Status, when not 0, is answered instead of 200 (a refusing server).
	Status  int
	Token   string // when set, requests must carry "Authorization: Bearer Token"
	mu      sync.Mutex
	got     []Push
	arrived chan struct{}
}

// NewReceiver starts a webhook receiver on 127.0.0.1.
func NewReceiver() *Receiver {
	r := &Receiver{arrived: make(chan struct{}, 1000)}
	r.Server = httptest.NewServer(http.HandlerFunc(r.serve))
	return r
}

func (r *Receiver) serve(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost && req.Method != http.MethodPut {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.Token != "" && req.Header.Get("Authorization") != "Bearer "+r.Token {
		http.Error(w, `{"message":"Authentication failed"}`, http.StatusUnauthorized)
		return
	}
	if r.Status != 0 {
		http.Error(w, "refused", r.Status)
		return
	}
	b, _ := io.ReadAll(io.LimitReader(req.Body, 1<<20))
	r.record(Push{Path: req.URL.Path, Header: flat(req.Header), Body: string(b)})
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, "{}")
}

func (r *Receiver) record(p Push) {
	r.mu.Lock()
	r.got = append(r.got, p)
	r.mu.Unlock()
	r.arrived <- struct{}{}
}

// Got is what arrived so far.
func (r *Receiver) Got() []Push {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Push(nil), r.got...)
}

// Wait waits until n pushes arrived or d passed.
func (r *Receiver) Wait(n int, d time.Duration) []Push {
	deadline := time.After(d)
	for len(r.Got()) < n {
		select {
		case <-r.arrived:
		case <-deadline:
			return r.Got()
		}
	}
	return r.Got()
}

func flat(h http.Header) map[string]string {
	out := map[string]string{}
	for k, v := range h {
		out[k] = strings.Join(v, ", ")
	}
	return out
}

// ntfyMessage is a message as ntfy's JSON stream shows it.
type ntfyMessage struct {
	ID       string   `json:"id"`
	Time     int64    `json:"time"`
	Event    string   `json:"event"`
	Topic    string   `json:"topic"`
	Title    string   `json:"title,omitempty"`
	Message  string   `json:"message"`
	Priority int      `json:"priority,omitempty"`
	Tags     []string `json:"tags,omitempty"`
}

// NewNtfy starts an HTTP server that speaks ntfy's publish API (POST or
// PUT /TOPIC with Title, Priority, Tags and Authorization headers; RFC 2047
// titles) and its poll API (GET /TOPIC/json?poll=1). The real ntfy server
// cannot be had here (see docs/family.md, "How alerts are tested").
func NewNtfy(token string) *Receiver {
	r := &Receiver{Token: token, arrived: make(chan struct{}, 1000)}
	var mu sync.Mutex
	var msgs []ntfyMessage
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		topic := strings.Trim(req.URL.Path, "/")
		if t, ok := strings.CutSuffix(topic, "/json"); ok && req.Method == http.MethodGet {
			mu.Lock()
			defer mu.Unlock()
			for _, m := range msgs {
				if m.Topic == t {
					b, _ := json.Marshal(m)
					fmt.Fprintf(w, "%s\n", b)
				}
			}
			return
		}
		if topic == "" || strings.Contains(topic, "/") {
			http.Error(w, `{"code":40401,"http":404,"error":"page not found"}`, http.StatusNotFound)
			return
		}
		if r.Token != "" && req.Header.Get("Authorization") != "Bearer "+r.Token {
			http.Error(w, `{"code":40101,"http":401,"error":"unauthorized"}`, http.StatusUnauthorized)
			return
		}
		b, _ := io.ReadAll(io.LimitReader(req.Body, 4096))
		title, err := new(mime.WordDecoder).DecodeHeader(req.Header.Get("Title"))
		if err != nil {
			http.Error(w, `{"code":40000,"http":400,"error":"invalid title"}`, http.StatusBadRequest)
			return
		}
		m := ntfyMessage{ID: fmt.Sprintf("m%d", time.Now().UnixNano()), Time: time.Now().Unix(), Event: "message", Topic: topic,
			Title: title, Message: string(b), Priority: priority(req.Header.Get("Priority"))}
		if tags := req.Header.Get("Tags"); tags != "" {
			m.Tags = strings.Split(tags, ",")
		}
		mu.Lock()
		msgs = append(msgs, m)
		mu.Unlock()
		r.record(Push{Path: req.URL.Path, Header: flat(req.Header), Body: string(b), Title: title})
		out, _ := json.Marshal(m)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(out)
	})
	r.Server = httptest.NewServer(mux)
	return r
}

func priority(p string) int {
	switch p {
	case "min", "1":
		return 1
	case "low", "2":
		return 2
	case "high", "4":
		return 4
	case "max", "urgent", "5":
		return 5
	}
	return 3
}
