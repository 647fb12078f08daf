// Package commands knows two things the clipboard and download holds need,
// defined once for the host and (through go generate) for the extension:
// what a command looks like — text a page has no business putting on a
// person's clipboard for a Run dialog or a terminal — and which files run
// code when opened.
package commands

import (
	"path"
	"regexp"
	"strings"
)

// Pattern matches a command (case-insensitive). It is written in the
// common subset of RE2 and JavaScript regular expressions: the extension
// runs the same text.
const Pattern = `powershell|pwsh|mshta|\bcmd(?:\.exe)?\s+/[ck]|\bcurl\b[^\n|]*\|\s*(?:ba|z)?sh|\bwget\b[^\n|]*\|\s*(?:ba)?sh|\$\(\s*(?:curl|wget)\b|\b(?:ba|z)?sh\s+-c\b[^\n]*\b(?:curl|wget)\b|\bcurl\b[^\n]*\s-o\s[^\n]*&&|\bfinger\b[^\n]*\||osascript|certutil|msiexec|rundll32|regsvr32|bitsadmin|\biex\b|invoke-expression|invoke-webrequest|\biwr\b|\birm\b|wscript|cscript|base64\s+(?:-d|--decode)|frombase64string|start-process|^\s*(?:cmd|conhost|explorer|forfiles|msbuild|schtasks)\b`

// AppPackages are Windows app packages and the App Installer file that
// fetches one: a double-click installs them (MSIX kits, the ms-appinstaller:
// scheme's abuse in 2023). The features count them as program downloads.
var AppPackages = []string{"msix", "msixbundle", "appx", "appxbundle", "appinstaller"}

// Extensions are the file types that run code when opened: programs,
// scripts, installers, disk images and app packages.
var Extensions = []string{"exe", "msi", "msix", "msixbundle", "appx", "appxbundle", "appinstaller", "msp", "bat", "cmd", "com", "scr", "pif",
	"cpl", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "lnk", "reg", "iso", "img", "vhd", "vhdx", "dmg", "pkg",
	"mpkg", "app", "apk", "xapk", "aab", "jar", "sh", "run", "deb", "rpm", "appimage"}

// MIMETypes are the same, named by the server.
var MIMETypes = []string{"application/x-msdownload", "application/x-msdos-program", "application/x-msi",
	"application/x-ms-installer", "application/vnd.microsoft.portable-executable", "application/vnd.android.package-archive",
	"application/x-apple-diskimage", "application/java-archive", "application/x-sh", "application/x-bat", "application/hta",
	"application/x-iso9660-image", "application/msix", "application/msixbundle", "application/appx", "application/appxbundle",
	"application/appinstaller"}

// Matcher answers both questions; build it once and share it.
type Matcher struct {
	command *regexp.Regexp
}

// New compiles the pattern.
func New() *Matcher {
	return &Matcher{command: regexp.MustCompile("(?i)" + Pattern)}
}

// IsCommand says whether text holds a command.
func (m *Matcher) IsCommand(text string) bool { return m.command.MatchString(text) }

// FindCommand returns the first command in text, or "".
func (m *Matcher) FindCommand(text string) string { return m.command.FindString(text) }

// IsExecutable says whether a download (its file name or address, and its
// MIME type) runs code when opened.
func IsExecutable(name, mime string) bool {
	base := strings.TrimRight(strings.SplitN(strings.SplitN(name, "?", 2)[0], "#", 2)[0], ".")
	ext := strings.TrimPrefix(strings.ToLower(path.Ext(base)), ".")
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	mime = strings.ToLower(strings.TrimSpace(strings.SplitN(mime, ";", 2)[0]))
	for _, t := range MIMETypes {
		if mime == t {
			return true
		}
	}
	return false
}

// DownloadDetail is the RE2 pattern a download event's detail ("NAME MIME
// URL") matches when the download is a program.
func DownloadDetail() string {
	mimes := make([]string, len(MIMETypes))
	for i, t := range MIMETypes {
		mimes[i] = regexp.QuoteMeta(strings.TrimPrefix(t, "application/"))
	}
	return `(?i)^[^ ]*\.(?:` + strings.Join(Extensions, "|") + `)(?: |$)|^[^ ]* application/(?:` + strings.Join(mimes, "|") + `)(?: |$)`
}
