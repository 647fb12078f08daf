// Package failure says in plain words why an alert could not be sent: the
// server's name was not found (DNS), nobody answered, the secure connection
// failed (TLS), the password was refused, the server answered with an HTTP
// error, or it was too slow. `alertguard guardian alerts test` prints it.
package failure

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"syscall"
)

// Stages, named in what the guardian reads.
const (
	DNS     = "DNS"
	Connect = "connection"
	Timeout = "timeout"
	TLS     = "TLS"
	Auth    = "authentication"
	HTTP    = "HTTP status"
	Server  = "server"
	Config  = "settings"
)

// Error is a failure to deliver, with the stage it happened at.
type Error struct {
	Stage string
	Msg   string
	Err   error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return e.Stage + ": " + e.Msg
	}
	return fmt.Sprintf("%s: %s (%v)", e.Stage, e.Msg, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// New is a failure at a known stage.
func New(stage, msg string, err error) *Error { return &Error{Stage: stage, Msg: msg, Err: err} }

// StageOf is the stage of err, or "" when it is not a classified failure.
func StageOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Stage
	}
	return ""
}

// Network classifies an error from dialling or talking to addr.
func Network(addr string, err error) error {
	if err == nil {
		return nil
	}
	var fe *Error
	if errors.As(err, &fe) {
		return err
	}
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var recErr tls.RecordHeaderError
	var alert tls.AlertError
	var ne net.Error
	switch {
	case errors.As(err, &dnsErr):
		return New(DNS, fmt.Sprintf("the server name %q was not found", dnsErr.Name), err)
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
		return New(TLS, fmt.Sprintf("the certificate of %s is not trusted", addr), err)
	case errors.As(err, &recErr), errors.As(err, &alert):
		return New(TLS, fmt.Sprintf("the secure connection to %s failed", addr), err)
	case errors.Is(err, syscall.ECONNREFUSED):
		return New(Connect, fmt.Sprintf("nothing answers at %s (the server is down or the port is wrong)", addr), err)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return New(Timeout, fmt.Sprintf("%s did not answer in time", addr), err)
	}
	return New(Connect, fmt.Sprintf("talking to %s failed", addr), err)
}
