package alerts

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/message"
	"github.com/alertguard/alertguard/internal/platform/filelock"
)

// The queue file and its rules (docs/family.md, "Alerts").
const (
	QueueFile = "alerts-queue.json"
	queueLock = "alerts-queue.lock"
	sendLock  = "alerts-send.lock"
	queueVer  = 1

	MaxItems    = 100              // queued alerts; the oldest go first beyond this
	MaxFailed   = 10               // given-up alerts kept for `status`
	DedupWindow = time.Hour        // one alert per site (or per next step) in this time
	MaxPerHour  = 6                // alerts enqueued per hour; more are counted, not sent
	FirstRetry  = 30 * time.Second // doubling to MaxRetry
	MaxRetry    = 30 * time.Minute
	GiveUpAfter = 24 * time.Hour
	recentKeep  = 24 * time.Hour
	maxKey      = 300
	maxError    = 300
)

// Queue is alerts-queue.json.
type Queue struct {
	Version    int      `json:"version"`
	Items      []Item   `json:"items"`
	Recent     []Stamp  `json:"recent"`     // alerts enqueued lately, for deduplication and the rate limit
	Suppressed int      `json:"suppressed"` // alerts dropped by the rate limit, said in the next one
	Failed     []Failed `json:"failed"`     // given up after GiveUpAfter
}

// Stamp is one enqueued alert's key and time.
type Stamp struct {
	Key  string `json:"key"`
	Time string `json:"time"`
}

// Item is one alert waiting to be sent on one or more channels.
type Item struct {
	ID         string        `json:"id"`
	Key        string        `json:"key"`
	Created    string        `json:"created"`
	Due        string        `json:"due"` // not before (a block waits briefly for the person's choice)
	LogID      string        `json:"logId,omitempty"`
	Alert      message.Alert `json:"alert"`
	Deliveries []Delivery    `json:"deliveries"`
}

// Delivery is an item's state on one channel.
type Delivery struct {
	Channel   string `json:"channel"`
	Done      bool   `json:"done"`
	Attempts  int    `json:"attempts"`
	NextTry   string `json:"nextTry,omitempty"`
	LastError string `json:"lastError,omitempty"`
}

// Failed is an alert given up on one channel.
type Failed struct {
	Channel string `json:"channel"`
	Created string `json:"created"`
	Error   string `json:"error"`
}

func emptyQueue() *Queue {
	return &Queue{Version: queueVer, Items: []Item{}, Recent: []Stamp{}, Failed: []Failed{}}
}

// ParseQueue reads a queue file. It is the host's own file, but a file on
// disk is untrusted: sizes are bounded, times and channels checked, and
// anything malformed is an error (the caller starts a fresh queue).
func ParseQueue(b []byte) (*Queue, error) {
	if len(b) > maxFileBytes {
		return nil, fmt.Errorf("queue over %d bytes", maxFileBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	q := emptyQueue()
	if err := dec.Decode(q); err != nil {
		return nil, fmt.Errorf("not a valid queue: %w", err)
	}
	if dec.More() {
		return nil, errors.New("not a valid queue: text after the JSON object")
	}
	if err := q.validate(); err != nil {
		return nil, err
	}
	return q, nil
}

func (q *Queue) validate() error {
	if q.Version != queueVer {
		return fmt.Errorf("queue version %d is not %d", q.Version, queueVer)
	}
	if len(q.Items) > MaxItems || len(q.Recent) > 10*MaxItems || len(q.Failed) > MaxFailed {
		return errors.New("queue over its limits")
	}
	if q.Suppressed < 0 {
		return errors.New("suppressed is negative")
	}
	for _, it := range q.Items {
		if it.ID == "" || len(it.Key) > maxKey || len(it.Deliveries) > len(Channels) {
			return fmt.Errorf("malformed queue item %q", it.ID)
		}
		for _, t := range []string{it.Created, it.Due, it.Alert.Time} {
			if _, err := time.Parse(time.RFC3339, t); err != nil {
				return fmt.Errorf("queue item %q: bad time", it.ID)
			}
		}
		for _, d := range it.Deliveries {
			if !known(d.Channel) || d.Attempts < 0 {
				return fmt.Errorf("queue item %q: bad delivery", it.ID)
			}
			if d.NextTry != "" {
				if _, err := time.Parse(time.RFC3339, d.NextTry); err != nil {
					return fmt.Errorf("queue item %q: bad retry time", it.ID)
				}
			}
		}
	}
	for _, s := range q.Recent {
		if _, err := time.Parse(time.RFC3339, s.Time); err != nil || len(s.Key) > maxKey {
			return errors.New("malformed recent stamp")
		}
	}
	return nil
}

func known(c string) bool {
	for _, k := range Channels {
		if k == c {
			return true
		}
	}
	return false
}

// queueStore is the queue file in one data folder.
type queueStore struct{ dir string }

func (qs queueStore) load() (*Queue, error) {
	b, err := readBounded(filepath.Join(qs.dir, QueueFile))
	if errors.Is(err, os.ErrNotExist) {
		return emptyQueue(), nil
	}
	if err != nil {
		return emptyQueue(), fmt.Errorf("reading the alert queue: %w", err)
	}
	q, err := ParseQueue(b)
	if err != nil {
		return emptyQueue(), fmt.Errorf("the alert queue was unreadable and is started afresh: %w", err)
	}
	return q, nil
}

// update changes the queue under its lock. A corrupt queue is replaced by
// an empty one (and the error returned after the change is saved).
func (qs queueStore) update(fn func(q *Queue) error) error {
	if err := os.MkdirAll(qs.dir, 0o700); err != nil {
		return fmt.Errorf("creating data folder: %w", err)
	}
	return filelock.With(filepath.Join(qs.dir, queueLock), func() error {
		q, loadErr := qs.load()
		if err := fn(q); err != nil {
			return err
		}
		if err := writeAtomic(qs.dir, QueueFile, q); err != nil {
			return err
		}
		return loadErr
	})
}

// prune drops stamps older than recentKeep.
func (q *Queue) prune(now time.Time) {
	kept := q.Recent[:0]
	for _, s := range q.Recent {
		if t, _ := time.Parse(time.RFC3339, s.Time); now.Sub(t) < recentKeep {
			kept = append(kept, s)
		}
	}
	q.Recent = kept
}

// seen says whether key was enqueued within DedupWindow.
func (q *Queue) seen(key string, now time.Time) bool {
	for _, s := range q.Recent {
		if t, _ := time.Parse(time.RFC3339, s.Time); s.Key == key && now.Sub(t) < DedupWindow {
			return true
		}
	}
	return false
}

// lastHour counts the alerts enqueued in the past hour.
func (q *Queue) lastHour(now time.Time) int {
	n := 0
	for _, s := range q.Recent {
		if t, _ := time.Parse(time.RFC3339, s.Time); now.Sub(t) < time.Hour {
			n++
		}
	}
	return n
}

// pending finds the unsent item for key.
func (q *Queue) pending(key string) *Item {
	for i := range q.Items {
		if q.Items[i].Key == key && !q.Items[i].anyDone() {
			return &q.Items[i]
		}
	}
	return nil
}

func (it *Item) anyDone() bool {
	for _, d := range it.Deliveries {
		if d.Done {
			return true
		}
	}
	return false
}

func (it *Item) allDone() bool {
	for _, d := range it.Deliveries {
		if !d.Done {
			return false
		}
	}
	return true
}

// SiteKey is the deduplication key of a page: its host, so a locker that
// re-fires on fresh addresses of one site is one alert.
func SiteKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return cutKey(raw)
	}
	return cutKey(strings.ToLower(u.Hostname()))
}

func cutKey(s string) string {
	if len(s) > maxKey {
		return strings.ToValidUTF8(s[:maxKey], "")
	}
	return s
}

// backoff is the wait after n failed attempts.
func backoff(n int) time.Duration {
	d := FirstRetry
	for i := 1; i < n && d < MaxRetry; i++ {
		d *= 2
	}
	return min(d, MaxRetry)
}
