package failure

import (
	"context"
	"errors"
	"fmt"
	"net"
	"syscall"
	"testing"
)

func TestNetwork(t *testing.T) {
	for _, c := range []struct {
		err   error
		stage string
	}{
		{&net.DNSError{Err: "no such host", Name: "smtp.example.invalid", IsNotFound: true}, DNS},
		{&net.OpError{Op: "dial", Err: syscall.ECONNREFUSED}, Connect},
		{fmt.Errorf("dial: %w", context.DeadlineExceeded), Timeout},
		{New(Auth, "refused", nil), Auth},
		{errors.New("something else"), Connect},
	} {
		if got := StageOf(Network("smtp.example:587", c.err)); got != c.stage {
			t.Errorf("%v: stage %q, want %q", c.err, got, c.stage)
		}
	}
	if Network("x", nil) != nil {
		t.Error("nil error classified")
	}
	if StageOf(errors.New("plain")) != "" {
		t.Error("a plain error has a stage")
	}
}
