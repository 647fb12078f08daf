package ocr

import (
	"crypto/sha256"
	"sync"
)

// DefaultRemember is how many readings a Reader keeps: a locker asks for
// full screen again and again, and each held request sends the same
// picture, which need not be read twice.
const DefaultRemember = 8

// recent holds the text of the last pictures read, by their SHA-256.
type recent struct {
	mu    sync.Mutex
	max   int
	order [][sha256.Size]byte // oldest first
	texts map[[sha256.Size]byte]string
}

func newRecent(max int) *recent {
	return &recent{max: max, texts: map[[sha256.Size]byte]string{}}
}

func (c *recent) get(k [sha256.Size]byte) (string, bool) {
	if c.max <= 0 {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.texts[k]
	return t, ok
}

func (c *recent) put(k [sha256.Size]byte, text string) {
	if c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.texts[k]; ok {
		return
	}
	if len(c.order) == c.max {
		delete(c.texts, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, k)
	c.texts[k] = text
}
