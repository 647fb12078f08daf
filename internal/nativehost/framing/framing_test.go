package framing

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

func frame(payload string) []byte {
	b := make([]byte, 4+len(payload))
	binary.NativeEndian.PutUint32(b, uint32(len(payload)))
	copy(b[4:], payload)
	return b
}

func TestRead(t *testing.T) {
	huge := make([]byte, 4)
	binary.NativeEndian.PutUint32(huge, 0xFFFFFFF0)
	tests := []struct {
		name    string
		in      []byte
		want    []string
		wantErr error
	}{
		{"one", frame(`{"type":"ping"}`), []string{`{"type":"ping"}`}, io.EOF},
		{"two", append(frame(`{}`), frame(`[1]`)...), []string{`{}`, `[1]`}, io.EOF},
		{"empty stream", nil, nil, io.EOF},
		{"short header", []byte{1, 0}, nil, ErrTruncated},
		{"short body", frame(`{"type":"ping"}`)[:8], nil, ErrTruncated},
		{"huge header", huge, nil, ErrTooLarge},
		{"zero length", frame(``), []string{``}, io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(bytes.NewReader(tt.in), 1024)
			var got []string
			var err error
			for {
				var p []byte
				p, err = r.Read()
				if err != nil {
					break
				}
				got = append(got, string(p))
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("frame %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		in   []byte
		want error
	}{
		{[]byte(`{"a":"日本"}`), nil},
		{[]byte{'"', 0xff, '"'}, ErrNotUTF8},
		{[]byte(`{"a":`), ErrNotJSON},
		{[]byte(``), ErrNotJSON},
	}
	for _, tt := range tests {
		if got := Validate(tt.in); !errors.Is(got, tt.want) {
			t.Errorf("Validate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWriteRoundTripAndCap(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, []byte(`{"type":"pong"}`)); err != nil {
		t.Fatal(err)
	}
	got, err := NewReader(&buf, 0).Read()
	if err != nil || string(got) != `{"type":"pong"}` {
		t.Fatalf("round trip = %q, %v", got, err)
	}
	if err := Write(io.Discard, make([]byte, MaxOutgoing+1)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized write err = %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(frame(`{"type":"ping","id":"1"}`))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), 1<<16)
		for i := 0; i < 100; i++ {
			p, err := r.Read()
			if err != nil {
				return
			}
			if len(p) > 1<<16 {
				t.Fatalf("frame of %d bytes passed the limit", len(p))
			}
			_ = Validate(p)
		}
	})
}
