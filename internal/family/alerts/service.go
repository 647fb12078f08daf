package alerts

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/alertguard/alertguard/internal/family/alerts/email"
	"github.com/alertguard/alertguard/internal/family/alerts/failure"
	"github.com/alertguard/alertguard/internal/family/alerts/message"
	"github.com/alertguard/alertguard/internal/family/alerts/push"
	"github.com/alertguard/alertguard/internal/platform/filelock"
)

// Defaults of a Service.
const (
	DefaultChoiceWait = 10 * time.Second // a block's alert waits this long for the person's choice
	DefaultTimeout    = 20 * time.Second // one delivery attempt
	idlePoll          = time.Minute      // the background sender looks at the queue at least this often
)

// Service enqueues and sends the alerts of one data folder. The native
// host runs one in the background while the browser runs; the CLI drains
// the same queue (`alertguard guardian alerts send`).
type Service struct {
	Dir        string
	Now        func() time.Time
	Loc        *time.Location // times in alerts; nil: local
	HTTP       *http.Client   // for ntfy, webhooks and LINE; nil: a default client
	ChoiceWait time.Duration
	Timeout    time.Duration
	wake       chan struct{}
}

// New is the service for the data folder dir.
func New(dir string) *Service {
	return &Service{Dir: dir, Now: time.Now, ChoiceWait: DefaultChoiceWait, Timeout: DefaultTimeout, wake: make(chan struct{}, 1)}
}

func (s *Service) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

// Settings loads alerts.json.
func (s *Service) Settings() (*Settings, error) { return Store{Dir: s.Dir}.Load() }

func (s *Service) queue() queueStore { return queueStore{dir: s.Dir} }

// Event is something the guardian may hear about.
type Event struct {
	Kind       string // message.KindBlock, KindWarn or KindStep
	LogID      string
	URL        string
	Categories []string
	Phones     []string // as displayed
	Step       string   // KindStep
	Earlier    time.Time
}

// Notify queues an alert for ev when alerts are on and ev calls for one.
// It reports whether a new alert was queued. Deduplication: one alert per
// site (or per next step and site) an hour, later repeats are counted on
// the unsent alert; at most MaxPerHour an hour, the rest counted.
func (s *Service) Notify(ev Event) (bool, error) {
	set, err := s.Settings()
	if err != nil || !set.On {
		return false, err
	}
	if ev.Kind == message.KindWarn && !set.Warnings {
		return false, nil
	}
	now := s.now()
	key := ev.Kind + ":" + SiteKey(ev.URL)
	if ev.Kind == message.KindStep {
		key = "step:" + ev.Step + ":" + SiteKey(ev.URL)
	} else if ev.Kind == message.KindWarn || ev.Kind == message.KindBlock {
		key = "page:" + SiteKey(ev.URL)
	}
	queued := false
	err = s.queue().update(func(q *Queue) error {
		q.prune(now)
		if q.seen(key, now) {
			if it := q.pending(key); it != nil {
				it.Alert.Repeats++
			}
			return nil
		}
		if q.lastHour(now) >= MaxPerHour {
			q.Suppressed++
			return nil
		}
		a := message.Alert{Kind: ev.Kind, Time: stamp(now), Categories: ev.Categories, Phones: ev.Phones, Step: ev.Step,
			Suppressed: q.Suppressed}
		if set.IncludeAddress {
			a.URL = ev.URL
		}
		if !ev.Earlier.IsZero() {
			a.Earlier = stamp(ev.Earlier)
		}
		due := now
		if ev.Kind == message.KindBlock && ev.LogID != "" {
			due = now.Add(s.ChoiceWait)
		}
		q.Suppressed = 0
		q.Recent = append(q.Recent, Stamp{Key: key, Time: stamp(now)})
		q.add(Item{ID: newID(now), Key: key, Created: stamp(now), Due: stamp(due), LogID: ev.LogID, Alert: a,
			Deliveries: deliveries(set)})
		queued = true
		return nil
	})
	if queued {
		s.Wake()
	}
	return queued, err
}

// Choice records what the person did about logged page logID: an alert
// still waiting says it and goes now; after an alert was sent, continuing
// to the page or reporting a false alarm is a short alert of its own.
func (s *Service) Choice(logID, choice string, withPIN bool) error {
	set, err := s.Settings()
	if err != nil || !set.On || logID == "" {
		return err
	}
	now := s.now()
	woke := false
	err = s.queue().update(func(q *Queue) error {
		for i := range q.Items {
			it := &q.Items[i]
			if it.LogID != logID || it.Alert.Kind == message.KindChoice {
				continue
			}
			if !it.anyDone() {
				it.Alert.Choice, it.Alert.WithPIN, it.Due = choice, withPIN, stamp(now)
				woke = true
				return nil
			}
			if choice == "continued" || choice == "reported" {
				a := it.Alert
				a.Kind, a.Time, a.Choice, a.WithPIN, a.Repeats, a.Suppressed = message.KindChoice, it.Alert.Time, choice, withPIN, 0, 0
				q.add(Item{ID: newID(now), Key: "choice:" + logID, Created: stamp(now), Due: stamp(now), LogID: logID, Alert: a,
					Deliveries: deliveries(set)})
				woke = true
			}
			return nil
		}
		return nil
	})
	if woke {
		s.Wake()
	}
	return err
}

func (q *Queue) add(it Item) {
	if len(q.Items) >= MaxItems {
		q.Items = q.Items[1:]
	}
	q.Items = append(q.Items, it)
}

func deliveries(set *Settings) []Delivery {
	var out []Delivery
	for _, c := range set.Configured() {
		out = append(out, Delivery{Channel: c})
	}
	return out
}

// Wake makes a running sender look at the queue now.
func (s *Service) Wake() {
	if s.wake == nil {
		return
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Result is one delivery attempt.
type Result struct {
	Channel string
	To      string // where it went, without secrets
	Err     error
}

// Drain sends every alert that is due, and returns what it tried and when
// the queue next needs a look (zero: nothing waits). One process sends at a
// time (a lock in the data folder); others wait for it.
func (s *Service) Drain(ctx context.Context) ([]Result, time.Time, error) {
	return s.drain(ctx, false)
}

// DrainAll is Drain without waiting for the person's choice: for when no
// choice can come any more (the browser closed; `guardian alerts send`).
// Retries still keep their backoff.
func (s *Service) DrainAll(ctx context.Context) ([]Result, time.Time, error) {
	return s.drain(ctx, true)
}

func (s *Service) drain(ctx context.Context, all bool) ([]Result, time.Time, error) {
	var results []Result
	var next time.Time
	err := filelock.With(filepath.Join(s.Dir, sendLock), func() error {
		var err error
		results, next, err = s.drainLocked(ctx, all)
		return err
	})
	return results, next, err
}

type attempt struct {
	item    string
	channel string
	err     error
}

func (s *Service) drainLocked(ctx context.Context, all bool) ([]Result, time.Time, error) {
	set, setErr := s.Settings()
	q, loadErr := s.queue().load()
	if loadErr != nil {
		// A corrupt queue is started afresh by the next update.
		_ = s.queue().update(func(*Queue) error { return nil })
	}
	if !set.On {
		if len(q.Items) > 0 {
			return nil, time.Time{}, s.queue().update(func(q *Queue) error { q.Items = []Item{}; return nil })
		}
		return nil, time.Time{}, setErr
	}
	now := s.now()
	var results []Result
	var tries []attempt
	for _, it := range q.Items {
		if due, _ := time.Parse(time.RFC3339, it.Due); now.Before(due) && !all {
			continue
		}
		for _, d := range it.Deliveries {
			if t, err := time.Parse(time.RFC3339, d.NextTry); d.Done || !set.has(d.Channel) || (err == nil && now.Before(t)) {
				continue
			}
			if ctx.Err() != nil {
				break
			}
			err := s.deliver(ctx, set, d.Channel, it.Alert)
			tries = append(tries, attempt{it.ID, d.Channel, err})
			results = append(results, Result{Channel: d.Channel, To: where(set, d.Channel), Err: err})
		}
	}
	var next time.Time
	err := s.queue().update(func(q *Queue) error {
		next = q.record(tries, set, s.now())
		return nil
	})
	return results, next, err
}

// record applies the attempts, retires finished and given-up items, and
// returns when the next item is due.
func (q *Queue) record(tries []attempt, set *Settings, now time.Time) time.Time {
	kept := q.Items[:0]
	var next time.Time
	later := func(t time.Time) {
		if next.IsZero() || t.Before(next) {
			next = t
		}
	}
	for _, it := range q.Items {
		for i := range it.Deliveries {
			d := &it.Deliveries[i]
			for _, a := range tries {
				if a.item != it.ID || a.channel != d.Channel {
					continue
				}
				d.Attempts++
				if a.err == nil {
					d.Done, d.LastError, d.NextTry = true, "", ""
				} else {
					d.LastError = cutKeyN(a.err.Error(), maxError)
					d.NextTry = stamp(now.Add(backoff(d.Attempts)))
				}
			}
		}
		created, _ := time.Parse(time.RFC3339, it.Created)
		live := it.Deliveries[:0]
		for _, d := range it.Deliveries {
			switch {
			case d.Done:
				live = append(live, d)
			case !set.has(d.Channel):
				// the guardian removed the channel: nothing to send
			case now.Sub(created) > GiveUpAfter:
				q.Failed = append(q.Failed, Failed{Channel: d.Channel, Created: it.Created, Error: d.LastError})
			default:
				live = append(live, d)
				due, _ := time.Parse(time.RFC3339, it.Due)
				if t, err := time.Parse(time.RFC3339, d.NextTry); err == nil && t.After(due) {
					due = t
				}
				later(due)
			}
		}
		it.Deliveries = live
		// A sent alert stays for DedupWindow, so a later choice about its
		// page can follow it up.
		if !it.allDone() || now.Sub(created) < DedupWindow {
			kept = append(kept, it)
		}
	}
	q.Items = kept
	if len(q.Failed) > MaxFailed {
		q.Failed = q.Failed[len(q.Failed)-MaxFailed:]
	}
	return next
}

// deliver sends one alert on one channel, in the guardian's language; the
// page's address only while the guardian wants it.
func (s *Service) deliver(ctx context.Context, set *Settings, channel string, a message.Alert) error {
	if !set.IncludeAddress {
		a.URL = ""
	}
	r, err := message.Render(a, set.Lang, s.Loc)
	if err != nil {
		return err
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	pc := push.Client{HTTP: s.HTTP}
	switch channel {
	case ChannelEmail:
		return email.Send(ctx, *set.Email, r)
	case ChannelNtfy:
		return pc.SendNtfy(ctx, *set.Ntfy, r)
	case ChannelWebhook:
		return pc.SendWebhook(ctx, *set.Webhook, a, r)
	case ChannelLine:
		return pc.SendLine(ctx, *set.Line, r)
	}
	return failure.New(failure.Config, "unknown channel "+channel, nil)
}

func where(set *Settings, channel string) string {
	p := set.Public()
	switch channel {
	case ChannelEmail:
		return fmt.Sprintf("%v via %s", p.EmailTo, p.EmailServer)
	case ChannelNtfy:
		return p.NtfyServer
	case ChannelWebhook:
		return p.WebhookHost + " (" + p.WebhookFormat + ")"
	case ChannelLine:
		return p.LineTo
	}
	return ""
}

// Test sends a test alert on every configured channel at once (alerts on
// or off), all channels in parallel within ctx, and says what happened on each.
func (s *Service) Test(ctx context.Context) ([]Result, error) {
	set, err := s.Settings()
	if err != nil {
		return nil, err
	}
	a := message.Alert{Kind: message.KindTest, Time: stamp(s.now())}
	chans := set.Configured()
	out := make([]Result, len(chans))
	var wg sync.WaitGroup
	for i, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = Result{Channel: c, To: where(set, c), Err: s.deliver(ctx, set, c, a)}
		}()
	}
	wg.Wait()
	return out, nil
}

// Run sends in the background until ctx ends: at once, whenever Wake is
// called, when a retry is due, and at least every minute (another process
// may have queued). Errors go to report.
func (s *Service) Run(ctx context.Context, report func(error)) {
	for {
		_, next, err := s.Drain(ctx)
		if err != nil && report != nil {
			report(err)
		}
		wait := idlePoll
		if !next.IsZero() {
			wait = min(max(time.Until(next), 0)+10*time.Millisecond, idlePoll)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-s.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// Status is what `guardian alerts status` shows.
type Status struct {
	Settings Public   `json:"settings"`
	Waiting  int      `json:"waiting"`
	Errors   []string `json:"errors,omitempty"` // the last error of each waiting delivery
	Failed   []Failed `json:"failed,omitempty"`
}

// Status reads the queue.
func (s *Service) Status() (Status, error) {
	set, err := s.Settings()
	st := Status{Settings: set.Public()}
	q, qerr := s.queue().load()
	if err == nil {
		err = qerr
	}
	st.Failed = q.Failed
	for _, it := range q.Items {
		if !it.allDone() {
			st.Waiting++
		}
		for _, d := range it.Deliveries {
			if d.LastError != "" && !slices.Contains(st.Errors, d.Channel+": "+d.LastError) {
				st.Errors = append(st.Errors, d.Channel+": "+d.LastError)
			}
		}
	}
	return st, err
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func newID(now time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return now.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

func cutKeyN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
