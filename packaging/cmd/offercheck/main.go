// Command offercheck proves, with real Chromium and a fresh profile, that
// the external-extension entry the package placed makes the browser go
// for the extension by itself, without the person visiting a store
// (make dist-test, after dpkg -i; root, Linux):
//
//	offercheck store   [-chromium BIN]             # the package's own entry
//	offercheck install [-chromium BIN] -ext DIR    # the mechanism, end to end
//	offercheck firefox [-firefox BIN]              # the package's Firefox policy
//
// store: the package's /usr/share/chromium/extensions/<id>.json names the
// Chrome Web Store's update service, which this closed network cannot
// reach; Chromium is started with clients2.google.com mapped to a TLS
// server on 127.0.0.1 (--host-resolver-rules, --ignore-certificate-errors)
// and the check passes when Chromium asks it for AlertGuard's id as an
// external install (x=id%3D<id>…installedby%3Dexternal). That proves
// Chromium read the installed entry; it cannot prove the store's install,
// for the store's signed package is not here.
//
// install: a test copy of the entry, for a test id (a key made for the
// run, the packed extension DIR without its "key"), names an update
// service on 127.0.0.1 that serves the packed extension; the check passes
// when the fresh profile's preferences hold the extension as an external
// install (location 6, external pref download); it says whether Chromium
// enabled it or waits for the person. The test copy is removed afterwards.
//
// firefox: a fresh firefox-esr profile whose only way out is a proxy on
// 127.0.0.1; the check passes when Firefox, having read the package's
// /etc/firefox/policies/policies.json, goes to addons.mozilla.org (CONNECT
// addons.mozilla.org:443) to fetch the add-on. A fresh profile without
// the policy does not go there (services.addons.mozilla.org, another host,
// is not counted); the download itself cannot happen on this network.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/alertguard/alertguard/internal/install"
	"github.com/alertguard/alertguard/internal/install/callers"
)

// waitFor bounds each check; Chromium asks within seconds of starting.
const waitFor = 90 * time.Second

const offerDir = "/usr/share/chromium/extensions"

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: offercheck store|install|firefox [-chromium BIN] [-firefox BIN] [-ext DIR]")
		os.Exit(2)
	}
	fl := flag.NewFlagSet("offercheck", flag.ExitOnError)
	chromium := fl.String("chromium", "/usr/bin/chromium", "Chromium")
	firefox := fl.String("firefox", "/usr/bin/firefox-esr", "Firefox")
	ext := fl.String("ext", "dist/chromium", "the unpacked extension (install)")
	fl.Parse(os.Args[2:])
	var err error
	switch os.Args[1] {
	case "store":
		err = store(*chromium)
	case "install":
		err = installCheck(*chromium, *ext)
	case "firefox":
		err = firefoxCheck(*firefox)
	default:
		err = fmt.Errorf("unknown check %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "offercheck:", err)
		os.Exit(1)
	}
}

// browser runs Chromium with a fresh profile until ctx ends.
func browser(ctx context.Context, bin, profile string, extra ...string) (*exec.Cmd, error) {
	args := append([]string{"--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile}, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, "about:blank")...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	return cmd, cmd.Start()
}

func selfSigned(host string) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), DNSNames: []string{host}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

func store(bin string) error {
	entry := filepath.Join(offerDir, callers.ChromiumID+".json")
	data, err := os.ReadFile(entry)
	if err != nil {
		return fmt.Errorf("the package's entry: %w", err)
	}
	if err := install.CheckOffer(install.Offer{Browser: "chromium", Kind: install.OfferExternal}, data); err != nil {
		return fmt.Errorf("%s: %w", entry, err)
	}
	cert, err := selfSigned("clients2.google.com")
	if err != nil {
		return err
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		return err
	}
	asked := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		x := strings.Join(r.URL.Query()["x"], "&")
		if r.Host == "clients2.google.com" && r.URL.Path == "/service/update2/crx" && strings.Contains(x, "id="+callers.ChromiumID) && strings.Contains(x, "installedby=external") {
			select {
			case asked <- r.URL.String():
			default:
			}
		}
		w.WriteHeader(http.StatusNoContent)
	})}
	go srv.Serve(ln)
	defer srv.Close()
	profile, err := os.MkdirTemp("", "ag-offer-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	cmd, err := browser(ctx, bin, profile, "--host-resolver-rules=MAP clients2.google.com "+ln.Addr().String(), "--ignore-certificate-errors")
	if err != nil {
		return err
	}
	defer func() { cancel(); cmd.Wait() }()
	select {
	case u := <-asked:
		fmt.Printf("ok: a fresh Chromium profile read %s and asked the store for AlertGuard by itself:\n    https://clients2.google.com%s\n", entry, u)
		return nil
	case <-ctx.Done():
		return fmt.Errorf("in %v Chromium never asked the store for %s as an external install: it did not read %s", waitFor, callers.ChromiumID, entry)
	}
}

// extensionID is Chromium's id for a public key: the first 16 bytes of
// the SHA-256 of its DER form, each hex digit written a–p.
func extensionID(pub []byte) string {
	sum := sha256.Sum256(pub)
	h := hex.EncodeToString(sum[:16])
	var b strings.Builder
	for _, c := range h {
		if c >= 'a' {
			b.WriteRune('a' + 10 + (c - 'a'))
		} else {
			b.WriteRune('a' + (c - '0'))
		}
	}
	return b.String()
}

func installCheck(bin, ext string) error {
	work, err := os.MkdirTemp("", "ag-offer-install-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	// The extension, without its key, packed by Chromium with a key of the run.
	src := filepath.Join(work, "ext")
	if err := os.CopyFS(src, os.DirFS(ext)); err != nil {
		return fmt.Errorf("copying %s: %w", ext, err)
	}
	var manifest map[string]any
	mpath := filepath.Join(src, "manifest.json")
	raw, err := os.ReadFile(mpath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		return err
	}
	delete(manifest, "key")
	version, _ := manifest["version"].(string)
	raw, _ = json.Marshal(manifest)
	if err := os.WriteFile(mpath, raw, 0o644); err != nil {
		return err
	}
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	der, _ := x509.MarshalPKCS8PrivateKey(key)
	pemPath := filepath.Join(work, "test.pem")
	if err := os.WriteFile(pemPath, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		return err
	}
	pub, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	id := extensionID(pub)
	pack := exec.Command(bin, "--headless=new", "--no-sandbox", "--user-data-dir="+filepath.Join(work, "packprofile"), "--pack-extension="+src, "--pack-extension-key="+pemPath)
	if out, err := pack.CombinedOutput(); err != nil {
		return fmt.Errorf("chromium --pack-extension: %v\n%s", err, out)
	}
	crx, err := os.ReadFile(src + ".crx")
	if err != nil {
		return fmt.Errorf("the packed extension: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	var mu sync.Mutex
	var served []string
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		served = append(served, r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/update":
			w.Header().Set("Content-Type", "text/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="%s" status="ok"><updatecheck status="ok" codebase="%s/alertguard.crx" version="%s"/></app>
</gupdate>
`, id, base, version)
		case "/alertguard.crx":
			w.Header().Set("Content-Type", "application/x-chrome-extension")
			w.Write(crx)
		default:
			http.NotFound(w, r)
		}
	})}
	go srv.Serve(ln)
	defer srv.Close()
	entry := filepath.Join(offerDir, id+".json")
	if _, err := os.Stat(offerDir); err != nil {
		if err := os.MkdirAll(offerDir, 0o755); err != nil {
			return err
		}
		defer os.Remove(offerDir) // after the entry: only the folder this run made
	}
	if err := os.WriteFile(entry, []byte(`{"external_update_url": "`+base+`/update"}`+"\n"), 0o644); err != nil {
		return err
	}
	defer os.Remove(entry)
	profile := filepath.Join(work, "profile")
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	cmd, err := browser(ctx, bin, profile)
	if err != nil {
		return err
	}
	defer func() { cancel(); cmd.Wait() }()
	for {
		if st, ok := externalInstall(profile, id); ok {
			fmt.Printf("ok: a fresh Chromium profile installed the test entry's extension %s from %s/update by itself: %s\n", id, base, st)
			return nil
		}
		select {
		case <-ctx.Done():
			mu.Lock()
			defer mu.Unlock()
			return fmt.Errorf("in %v the fresh profile did not record %s as an external install (served: %v)", waitFor, id, served)
		case <-time.After(time.Second):
		}
	}
}

// externalInstall looks for id in the profile's preferences, installed
// from an external update URL (location 6).
func externalInstall(profile, id string) (string, bool) {
	for _, name := range []string{"Secure Preferences", "Preferences"} {
		raw, err := os.ReadFile(filepath.Join(profile, "Default", name))
		if err != nil || !bytes.Contains(raw, []byte(id)) {
			continue
		}
		var p struct {
			Extensions struct {
				Settings map[string]struct {
					Location       int             `json:"location"`
					DisableReasons json.RawMessage `json:"disable_reasons"`
					State          *int            `json:"state"`
				} `json:"settings"`
			} `json:"extensions"`
		}
		if json.Unmarshal(raw, &p) != nil {
			continue
		}
		s, ok := p.Extensions.Settings[id]
		if ok && s.Location == 6 {
			state := "enabled"
			if r := strings.TrimSpace(string(s.DisableReasons)); r != "" && r != "[]" && r != "0" {
				state = "disabled until the person enables it (disable_reasons " + r + ")"
			}
			return fmt.Sprintf("%s: location 6 (external pref download), %s", name, state), true
		}
	}
	return "", false
}

// amoHost is where the policy's install_url points.
const amoHost = "addons.mozilla.org:443"

func firefoxCheck(bin string) error {
	policy := "/etc/firefox/policies/policies.json"
	data, err := os.ReadFile(policy)
	if err != nil {
		return fmt.Errorf("the package's policy: %w", err)
	}
	if err := install.CheckOffer(install.Offer{Browser: "firefox", Kind: install.OfferFirefoxPolicy}, data); err != nil {
		return fmt.Errorf("%s: %w", policy, err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer ln.Close()
	asked := make(chan struct{}, 1)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(10 * time.Second))
				line, _ := bufio.NewReader(io.LimitReader(c, 4096)).ReadString('\n')
				if strings.HasPrefix(line, "CONNECT "+amoHost+" ") {
					select {
					case asked <- struct{}{}:
					default:
					}
				}
				io.WriteString(c, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
			}()
		}
	}()
	profile, err := os.MkdirTemp("", "ag-offer-firefox-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	prefs := fmt.Sprintf(`user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", %[1]s);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", %[1]s);
`, port)
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(prefs), 0o644); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-remote", "--profile", profile, "about:blank")
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { cancel(); cmd.Wait() }()
	select {
	case <-asked:
		fmt.Printf("ok: a fresh Firefox profile read %s and went to %s for the add-on by itself\n", policy, amoHost)
		return nil
	case <-ctx.Done():
		return fmt.Errorf("in %v Firefox never went to %s: it did not act on %s", waitFor, amoHost, policy)
	}
}
