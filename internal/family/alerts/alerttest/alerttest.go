// Package alerttest starts real servers on 127.0.0.1 for the alert tests
// and the end-to-end tests: an SMTP server (emersion/go-smtp, STARTTLS or
// implicit TLS, AUTH PLAIN) with a throw-away certificate, an HTTP server
// that speaks ntfy's publish and poll API, a webhook receiver, and a server
// that accepts connections and never answers (the slow case).
package alerttest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Cert is a self-signed certificate for 127.0.0.1 and localhost, and the
// PEM file a client trusts it by.
type Cert struct {
	TLS     *tls.Config
	PEMFile string
	Pool    *x509.CertPool
}

// NewCert makes a certificate; the PEM file is written into dir.
func NewCert(dir string) (*Cert, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: "alertguard-test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(48 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, err
	}
	pair, err := tls.X509KeyPair(certPEM, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}))
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "test-ca.pem")
	if err := os.WriteFile(path, certPEM, 0o600); err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(certPEM)
	return &Cert{TLS: &tls.Config{Certificates: []tls.Certificate{pair}, MinVersion: tls.VersionTLS12}, PEMFile: path, Pool: pool}, nil
}

// Mail is one message the SMTP server accepted.
type Mail struct {
	User string
	From string
	To   []string
	Data []byte
}

// SMTP is a running SMTP server.
type SMTP struct {
	Port     int
	User     string
	Password string
	srv      *smtp.Server
	mu       sync.Mutex
	mails    []Mail
	arrived  chan struct{}
}

// StartSMTP serves on 127.0.0.1: implicit TLS when implicit, else
// STARTTLS; only user/password may log in, and mail needs a login.
func StartSMTP(cert *Cert, implicit bool, user, password string) (*SMTP, error) {
	s := &SMTP{User: user, Password: password, arrived: make(chan struct{}, 1000)}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &session{s: s}, nil }))
	s.srv.Domain = "localhost"
	s.srv.TLSConfig = cert.TLS
	s.srv.ReadTimeout, s.srv.WriteTimeout = 30*time.Second, 30*time.Second
	s.srv.MaxMessageBytes = 1 << 20
	var l net.Listener
	var err error
	if implicit {
		l, err = tls.Listen("tcp", "127.0.0.1:0", cert.TLS)
	} else {
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		return nil, err
	}
	s.Port = l.Addr().(*net.TCPAddr).Port
	go func() { _ = s.srv.Serve(l) }()
	return s, nil
}

// Close stops the server.
func (s *SMTP) Close() { _ = s.srv.Close() }

// Mails is what was delivered so far.
func (s *SMTP) Mails() []Mail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Mail(nil), s.mails...)
}

// Wait waits until n mails arrived or d passed, and returns them.
func (s *SMTP) Wait(n int, d time.Duration) []Mail {
	deadline := time.After(d)
	for len(s.Mails()) < n {
		select {
		case <-s.arrived:
		case <-deadline:
			return s.Mails()
		}
	}
	return s.Mails()
}

type session struct {
	s    *SMTP
	user string
	m    Mail
}

func (x *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (x *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != x.s.User || password != x.s.Password {
			return errors.New("invalid credentials")
		}
		x.user = username
		return nil
	}), nil
}

func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	if x.user == "" {
		return smtp.ErrAuthRequired
	}
	x.m = Mail{User: x.user, From: from}
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.m.To = append(x.m.To, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	x.m.Data = b
	x.s.mu.Lock()
	x.s.mails = append(x.s.mails, x.m)
	x.s.mu.Unlock()
	x.s.arrived <- struct{}{}
	return nil
}

func (x *session) Reset()        { x.m = Mail{} }
func (x *session) Logout() error { return nil }

// Silent accepts connections and never says a word: a server too slow to
// answer. Close ends it.
type Silent struct {
	Port int
	l    net.Listener
	mu   sync.Mutex
	cs   []net.Conn
}

// StartSilent listens on 127.0.0.1.
func StartSilent() (*Silent, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Silent{Port: l.Addr().(*net.TCPAddr).Port, l: l}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.cs = append(s.cs, c)
			s.mu.Unlock()
		}
	}()
	return s, nil
}

// Close stops listening and drops every connection.
func (s *Silent) Close() {
	_ = s.l.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.cs {
		_ = c.Close()
	}
}

// ClosedPort is a port on 127.0.0.1 where nothing listens (a server that
// is down). Port 1 first: no test server is ever given it (they take
// ephemeral ports), so it stays closed while the test runs; else a port
// just released, which another test could take meanwhile.
func ClosedPort() (int, error) {
	if c, err := net.DialTimeout("tcp", "127.0.0.1:1", time.Second); err == nil {
		c.Close()
	} else if errors.Is(err, syscall.ECONNREFUSED) {
		return 1, nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	p := l.Addr().(*net.TCPAddr).Port
	return p, l.Close()
}

// Header returns a header line's value from a raw message ("" if absent).
func Header(data []byte, name string) string {
	for _, line := range bytes.Split(data, []byte("\r\n")) {
		if len(line) == 0 {
			break
		}
		if k, v, ok := bytes.Cut(line, []byte(":")); ok && string(bytes.ToLower(k)) == toLower(name) {
			return string(bytes.TrimSpace(v))
		}
	}
	return ""
}

func toLower(s string) string { return string(bytes.ToLower([]byte(s))) }

// Addr is host:port on 127.0.0.1.
func Addr(port int) string { return fmt.Sprintf("127.0.0.1:%d", port) }
