// Package protocol is the native-messaging contract between the extension
// and the host: one Go type per request and per reply, the message type
// names and one append-only list of error codes. docs/protocol.md's tables
// and the extension's constants are generated from here (go generate).
package protocol

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/alertguard/alertguard/internal/decide"
	"github.com/alertguard/alertguard/internal/family/alerts"
	"github.com/alertguard/alertguard/internal/family/alerts/email"
	"github.com/alertguard/alertguard/internal/family/alerts/push"
	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/session"
	"github.com/alertguard/alertguard/internal/family/sites"
	"github.com/alertguard/alertguard/internal/judge"
	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// Version is the protocol's version, sent in every pong. Raise it when a
// message changes in a way an older extension cannot read.
const Version = 1

// Request types.
const (
	TypePing        = "ping"
	TypeAnalyze     = "analyze"
	TypeLogList     = "log.list"
	TypeLogGet      = "log.get"
	TypeLogAttach   = "log.attach"
	TypeLogChoice   = "log.choice"
	TypeSettingsGet = "settings.get"
	TypeSetPIN      = "guardian.set-pin"
	TypeClearPIN    = "guardian.clear-pin"
	TypeSitesAdd    = "sites.add"
	TypeSitesRemove = "sites.remove"
	TypePause       = "protection.pause"
	TypeResume      = "protection.resume"
	TypeAlertsGet   = "alerts.get"
	TypeAlertsSet   = "alerts.set"
	TypeAlertsTest  = "alerts.test"
)

// Reply types.
const (
	TypePong         = "pong"
	TypeVerdict      = "verdict"
	TypeLogEntries   = "log.entries"
	TypeLogEntry     = "log.entry"
	TypeOK           = "ok"
	TypeSettings     = "settings"
	TypeError        = "error"
	TypeAlerts       = "alerts"
	TypeAlertsTested = "alerts.tested"
)

// RequestTypes lists every request type in the order docs/protocol.md
// describes them.
var RequestTypes = []string{TypePing, TypeAnalyze, TypeLogList, TypeLogGet, TypeLogAttach, TypeLogChoice,
	TypeSettingsGet, TypeSetPIN, TypeClearPIN, TypeSitesAdd, TypeSitesRemove, TypePause, TypeResume,
	TypeAlertsGet, TypeAlertsSet, TypeAlertsTest}

// LogCategories are the categories a log entry may carry, in the order the
// log page offers them as a filter: the signatures' ("context" only lowers
// a score and is never a page's category), then the guardian's own block
// list and the scam's next step (a page opened from a blocked one).
func LogCategories() []string {
	var out []string
	for _, c := range signature.Categories {
		if c != "context" {
			out = append(out, c)
		}
	}
	return append(out, decide.GuardianBlock, session.Category)
}

// LogChoices are what the person can have done on a block page or banner
// (log.choice; the log page's filter).
var LogChoices = map[string]string{"CLOSED": eventlog.ChoiceClosed, "WENT_BACK": eventlog.ChoiceWentBack,
	"CONTINUED": eventlog.ChoiceContinued, "REPORTED": eventlog.ChoiceReported}

// AlertOptions are the values the alerts settings offer: the channels, the
// e-mail security modes and the webhook body formats (alerts.set).
var AlertOptions = map[string][]string{
	"channels":       alerts.Channels,
	"emailSecurity":  {email.StartTLS, email.TLS},
	"webhookFormats": {push.FormatSlack, push.FormatDiscord, push.FormatTeams, push.FormatJSON},
}

// SiteLists are the guardian's site lists (sites.add, sites.remove, and
// the settings reply's sites).
var SiteLists = []string{sites.Allow, sites.Block}

// VeilEvents are the uses that veil a page not judged yet when it makes
// them on its own (no click or key): taking the screen or the keyboard,
// writing the clipboard, speaking. Ordinary pages make none of them unasked;
// a game's or a video's full screen follows a click, after the verdict
// (docs/extension.md, "The veil"). The hooks (VEIL_TYPES) and the content
// script (AG.VEIL_EVENTS) take the same list from here; each is an event
// type of the snapshot (snapshot.EventTypes).
var VeilEvents = []string{"fullscreen", "keyboard-lock", "pointer-lock", "clipboard-write", "speech"}

// ArchiveExtensions are the files that carry programs without being one
// (a kit ships its .exe in a .zip): a download hold refuses them, as it
// refuses programs, when no verdict can be had (docs/extension.md, "Holding").
var ArchiveExtensions = []string{"zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "tbz2", "xz", "txz", "zst", "cab", "lzh", "lha", "arj", "ace", "z"}

// ArchiveMIMETypes are the MIME types of those archives.
var ArchiveMIMETypes = []string{"application/zip", "application/x-zip-compressed", "application/x-rar-compressed", "application/vnd.rar",
	"application/x-7z-compressed", "application/x-tar", "application/gzip", "application/x-gzip", "application/x-bzip2", "application/x-xz",
	"application/zstd", "application/vnd.ms-cab-compressed", "application/x-lzh-compressed"}

// Limits of the protocol (docs/protocol.md).
const (
	MaxInFlight         = 4
	DefaultListLimit    = 200
	MaxListLimit        = 2000
	MaxThumbnailDataURL = 800 << 10
)

// Header starts every request and every reply; a reply carries its
// request's id.
type Header struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

// RequestID lets a writer recover the id of any reply.
func (h Header) RequestID() string { return h.ID }

// Reply is any reply.
type Reply interface{ RequestID() string }

// --- requests ---------------------------------------------------------------

// AnalyzeRequest asks for a verdict on a snapshot (package snapshot decodes it).
type AnalyzeRequest struct {
	Snapshot json.RawMessage `json:"snapshot"`
}

// LogListRequest asks for the newest entries.
type LogListRequest struct {
	Since string `json:"since,omitempty"` // RFC 3339
	Limit int    `json:"limit,omitempty"`
}

// LogGetRequest asks for one entry and its picture.
type LogGetRequest struct {
	LogID string `json:"logId"`
}

// LogAttachRequest attaches the picture of a blocked page.
type LogAttachRequest struct {
	LogID     string `json:"logId"`
	Thumbnail string `json:"thumbnail"`
}

// LogChoiceRequest records what the person did on the block page.
type LogChoiceRequest struct {
	LogID  string `json:"logId,omitempty"`
	Choice string `json:"choice"`
	PIN    string `json:"pin,omitempty"`
}

// SetPINRequest sets or changes the guardian PIN.
type SetPINRequest struct {
	PIN    string `json:"pin,omitempty"`
	NewPIN string `json:"newPin"`
}

// ClearPINRequest removes the guardian PIN.
type ClearPINRequest struct {
	PIN string `json:"pin,omitempty"`
}

// SitesRequest adds a site to a list or removes it.
type SitesRequest struct {
	List string `json:"list"`
	Site string `json:"site"`
	PIN  string `json:"pin,omitempty"`
}

// PauseRequest pauses protection.
type PauseRequest struct {
	Minutes int    `json:"minutes"`
	PIN     string `json:"pin,omitempty"`
}

// AlertsSetRequest changes the guardian's alerts (always needs the PIN
// when one is set: turning alerts off or redirecting them hides a scam
// from the guardian). A channel given replaces the stored one; a secret
// left empty keeps the stored secret. Remove names channels to drop.
type AlertsSetRequest struct {
	PIN            string        `json:"pin,omitempty"`
	On             bool          `json:"on"`
	Lang           string        `json:"lang"`
	IncludeAddress bool          `json:"includeAddress"`
	Warnings       bool          `json:"warnings"`
	SessionHours   int           `json:"sessionHours,omitempty"`
	Email          *email.Config `json:"email,omitempty"`
	Ntfy           *push.Ntfy    `json:"ntfy,omitempty"`
	Webhook        *push.Webhook `json:"webhook,omitempty"`
	Line           *push.Line    `json:"line,omitempty"`
	Remove         []string      `json:"remove,omitempty"`
}

// RequestBodies maps each request type to its body (nil: no fields), so
// the extension's list of fields it may forward is generated, not kept by
// hand (RequestFields).
var RequestBodies = map[string]reflect.Type{
	TypePing: nil, TypeAnalyze: reflect.TypeFor[AnalyzeRequest](), TypeLogList: reflect.TypeFor[LogListRequest](),
	TypeLogGet: reflect.TypeFor[LogGetRequest](), TypeLogAttach: reflect.TypeFor[LogAttachRequest](),
	TypeLogChoice: reflect.TypeFor[LogChoiceRequest](), TypeSettingsGet: nil, TypeSetPIN: reflect.TypeFor[SetPINRequest](),
	TypeClearPIN: reflect.TypeFor[ClearPINRequest](), TypeSitesAdd: reflect.TypeFor[SitesRequest](),
	TypeSitesRemove: reflect.TypeFor[SitesRequest](), TypePause: reflect.TypeFor[PauseRequest](), TypeResume: nil,
	TypeAlertsGet: nil, TypeAlertsSet: reflect.TypeFor[AlertsSetRequest](), TypeAlertsTest: nil,
}

// RequestFields lists, per request type, the JSON names of its body's
// fields in declaration order.
func RequestFields() map[string][]string {
	out := make(map[string][]string, len(RequestBodies))
	for t, rt := range RequestBodies {
		fields := []string{}
		for i := 0; rt != nil && i < rt.NumField(); i++ {
			name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
			if name != "" && name != "-" {
				fields = append(fields, name)
			}
		}
		out[t] = fields
	}
	return out
}

// Decode reads a request body of type T from a whole message.
func Decode[T any](payload []byte) (*T, *Error) {
	var req T
	if err := json.Unmarshal(payload, &req); err != nil {
		return nil, NewError("", CodeBadRequest, fmt.Sprintf("reading the request: %v", err))
	}
	return &req, nil
}

// --- replies ----------------------------------------------------------------

// Pong answers ping.
type Pong struct {
	Header
	Version          string `json:"version"`
	Protocol         int    `json:"protocol"`
	SignatureVersion string `json:"signatureVersion"`
	LogOK            bool   `json:"logOK"`
}

// VerdictReply answers analyze: the judgement, and where it was logged.
type VerdictReply struct {
	Header
	judge.Judgement
	LogID    string `json:"logId,omitempty"`
	LogError string `json:"logError,omitempty"`
}

// LogEntries answers log.list.
type LogEntries struct {
	Header
	Entries         []eventlog.Entry       `json:"entries"`
	Truncated       bool                   `json:"truncated"`
	SignatureTitles map[string]advice.Text `json:"signatureTitles"`
}

// LogEntry answers log.get.
type LogEntry struct {
	Header
	Entry     *eventlog.Entry `json:"entry"`
	Thumbnail string          `json:"thumbnail"`
}

// OK answers log.attach and log.choice.
type OK struct {
	Header
	WithPIN  bool   `json:"withPin,omitempty"` // log.choice: the PIN was checked
	LogError string `json:"logError,omitempty"`
}

// Settings answers every settings request with the settings afterwards.
type Settings struct {
	Header
	Problem     string       `json:"problem,omitempty"` // config.json unreadable: the defaults are in use
	PINSet      bool         `json:"pinSet"`
	Paused      bool         `json:"paused"`
	PausedUntil string       `json:"pausedUntil"`
	Sites       config.Sites `json:"sites"`
}

// Alerts answers alerts.get and alerts.set: the settings without secrets,
// and how many alerts wait to be sent (with their last errors).
type Alerts struct {
	Header
	Problem  string        `json:"problem,omitempty"` // alerts.json unreadable: alerts are off
	Settings alerts.Public `json:"settings"`
	Waiting  int           `json:"waiting"`
	Errors   []string      `json:"errors"`
}

// AlertsTested answers alerts.test: one line per channel.
type AlertsTested struct {
	Header
	Results []AlertResult `json:"results"`
}

// AlertResult is a test alert on one channel: sent, or why not in plain words.
type AlertResult struct {
	Channel string `json:"channel"`
	To      string `json:"to"`
	OK      bool   `json:"ok"`
	Stage   string `json:"stage,omitempty"` // DNS, connection, timeout, TLS, authentication, HTTP status, server, settings
	Error   string `json:"error,omitempty"`
}

// Error answers any request that failed, and a frame that could not be read.
type Error struct {
	Header
	Code              Code   `json:"code"`
	Message           string `json:"message"`
	RetryAfterSeconds int    `json:"retryAfterSeconds,omitempty"` // pin_locked
}

// NewError makes an error reply.
func NewError(id string, code Code, msg string) *Error {
	return &Error{Header: Header{ID: id, Type: TypeError}, Code: code, Message: msg}
}

// For sets the reply's request id.
func (e *Error) For(id string) *Error { e.ID = id; return e }

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }
