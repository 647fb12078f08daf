package ocr

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// Find looks for the tesseract program: first beside the alertguard
// binary (tesseract/tesseract[.exe], with tesseract/tessdata: where an
// installer would put a bundled copy), then on PATH, then where
// Tesseract's installers put it on Windows and macOS (a browser starts
// the host with a bare PATH there). tessdata is returned as given unless
// the bundled copy supplies it. "" means none was found.
func Find(tessdata string) (path, dir string) {
	exe := "tesseract"
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	if self, err := os.Executable(); err == nil {
		bundled := filepath.Join(filepath.Dir(self), "tesseract")
		if isFile(filepath.Join(bundled, exe)) {
			if tessdata == "" && isDir(filepath.Join(bundled, "tessdata")) {
				tessdata = filepath.Join(bundled, "tessdata")
			}
			return filepath.Join(bundled, exe), tessdata
		}
	}
	if p, err := exec.LookPath("tesseract"); err == nil {
		return p, tessdata
	}
	for _, p := range wellKnown() {
		if isFile(p) {
			return p, tessdata
		}
	}
	return "", tessdata
}

func wellKnown() []string {
	switch runtime.GOOS {
	case "windows":
		var out []string
		for _, env := range []string{"ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"} {
			if dir := os.Getenv(env); dir != "" {
				out = append(out, filepath.Join(dir, "Tesseract-OCR", "tesseract.exe"), filepath.Join(dir, "Programs", "Tesseract-OCR", "tesseract.exe"))
			}
		}
		return out
	case "darwin":
		return []string{"/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract", "/opt/local/bin/tesseract"}
	}
	return []string{"/usr/bin/tesseract", "/usr/local/bin/tesseract"}
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
