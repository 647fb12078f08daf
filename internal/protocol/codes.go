package protocol

// Code is a stable error code: the extension and docs/protocol.md read it.
type Code string

// The error codes. The list is append-only: a code, once shipped, keeps its
// meaning, and a retired one stays listed.
const (
	CodeBadFrame      Code = "bad_frame"
	CodeTooLarge      Code = "too_large"
	CodeBadRequest    Code = "bad_request"
	CodeUnknownType   Code = "unknown_type"
	CodeNotFound      Code = "not_found"
	CodeLogFailed     Code = "log_failed"
	CodeForbidden     Code = "forbidden_caller"
	CodeReplyTooLarge Code = "reply_too_large"
	CodePINRequired   Code = "pin_required"
	CodePINWrong      Code = "pin_wrong"
	CodePINLocked     Code = "pin_locked"
	CodeConfigFailed  Code = "config_failed"
	CodeDisconnected  Code = "disconnected"
)

// CodeInfo says what a code means and who sends it.
type CodeInfo struct {
	Code    Code
	Meaning string
	ByHost  bool // false: the extension makes it up itself (the host never sends it)
}

// Codes is every error code, in the order they were added.
var Codes = []CodeInfo{
	{CodeBadFrame, "invalid UTF-8 or JSON, or a truncated frame", true},
	{CodeTooLarge, "frame over 16 MiB, or thumbnail over its cap", true},
	{CodeBadRequest, "a field is missing or of the wrong type (the message names it)", true},
	{CodeUnknownType, "the `type` is not one of the above", true},
	{CodeNotFound, "no log entry with that id", true},
	{CodeLogFailed, "the log could not be read or written", true},
	{CodeForbidden, "the caller is not AlertGuard", true},
	{CodeReplyTooLarge, "the reply could not be made to fit 1 MiB", true},
	{CodePINRequired, "a guardian PIN is set and none was given", true},
	{CodePINWrong, "the PIN is not the guardian's (the attempt is counted)", true},
	{CodePINLocked, "too many wrong PINs; `retryAfterSeconds` says when to try again", true},
	{CodeConfigFailed, "config.json could not be written, or there is no data folder", true},
	{CodeDisconnected, "the extension lost the host mid-request (made by the extension, never sent by the host)", false},
}
