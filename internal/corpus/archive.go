package corpus

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ArchiveExt names an archived page set: sets/NAME.tar.gz holds what
// sets/NAME/ would (cases.tsv, SOURCES.tsv and the pages) at its top.
const ArchiveExt = ".tar.gz"

// Bounds of one archive: a broken or hostile file fails, never fills the disk.
const (
	MaxArchiveFiles = 50_000
	MaxArchiveBytes = 1 << 30
	MaxArchiveFile  = 32 << 20
)

// CacheEnv overrides where archives are unpacked (default: the user's
// cache folder, or the temporary folder).
const CacheEnv = "ALERTGUARD_CORPUS_CACHE"

// Unpacked returns a folder holding the archive's files, unpacking it the
// first time. The folder is named by the archive's SHA-256, so a changed
// archive is unpacked anew and an unchanged one is read in place.
func Unpacked(archive string) (string, error) {
	sum, err := fileSum(archive)
	if err != nil {
		return "", err
	}
	dest := filepath.Join(cacheRoot(), strings.TrimSuffix(filepath.Base(archive), ArchiveExt)+"-"+sum[:16])
	if _, err := os.Stat(filepath.Join(dest, ".complete")); err == nil {
		return dest, nil
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), filepath.Base(dest)+".part-")
	if errors.Is(err, os.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(dest), 0o755); err == nil {
			tmp, err = os.MkdirTemp(filepath.Dir(dest), filepath.Base(dest)+".part-")
		}
	}
	if err != nil {
		return "", fmt.Errorf("unpacking %s: %w", archive, err)
	}
	defer os.RemoveAll(tmp)
	if err := extract(archive, tmp); err != nil {
		return "", fmt.Errorf("unpacking %s: %w", archive, err)
	}
	if err := os.WriteFile(filepath.Join(tmp, ".complete"), nil, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dest); err != nil {
		// Another process unpacked it first: use theirs.
		if _, statErr := os.Stat(filepath.Join(dest, ".complete")); statErr == nil {
			return dest, nil
		}
		return "", fmt.Errorf("unpacking %s: %w", archive, err)
	}
	return dest, nil
}

func cacheRoot() string {
	if d := os.Getenv(CacheEnv); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "alertguard-corpus")
	}
	return filepath.Join(os.TempDir(), "alertguard-corpus")
}

func fileSum(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("reading %s: %w", file, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// extract writes the archive's regular files under dest; any other kind
// of entry, a name leaving dest, or a size past the bounds is an error.
func extract(archive, dest string) error {
	f, err := os.Open(archive)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	var files int
	var total int64
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		name, err := safeName(h.Name)
		if err != nil {
			return err
		}
		switch h.Typeflag {
		case tar.TypeDir:
			continue
		case tar.TypeReg:
		default:
			return fmt.Errorf("%s: only files and folders may be in a page set", h.Name)
		}
		files++
		total += h.Size
		if files > MaxArchiveFiles || total > MaxArchiveBytes || h.Size > MaxArchiveFile {
			return fmt.Errorf("%s: over the bounds of a page set (%d files, %d bytes, %d a file)", h.Name, MaxArchiveFiles, MaxArchiveBytes, MaxArchiveFile)
		}
		if err := writeFile(filepath.Join(dest, filepath.FromSlash(name)), tr, h.Size); err != nil {
			return err
		}
	}
}

// safeName cleans an entry name and refuses one that leaves the folder.
func safeName(n string) (string, error) {
	c := path.Clean(strings.TrimPrefix(n, "./"))
	if c == "." || c == ".." || strings.HasPrefix(c, "../") || path.IsAbs(c) || strings.Contains(c, "\\") {
		if c == "." {
			return c, nil
		}
		return "", fmt.Errorf("%q: not a name inside the set", n)
	}
	return c, nil
}

func writeFile(file string, r io.Reader, size int64) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.CopyN(out, r, size); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
