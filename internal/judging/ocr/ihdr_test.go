package ocr

import (
	"encoding/binary"
	"hash/crc32"
)

// rewriteIHDR sets a PNG's width and height (the IHDR chunk follows the
// 8-byte signature) and its CRC.
func rewriteIHDR(png []byte, w, h int) []byte {
	out := append([]byte(nil), png...)
	binary.BigEndian.PutUint32(out[16:], uint32(w))
	binary.BigEndian.PutUint32(out[20:], uint32(h))
	binary.BigEndian.PutUint32(out[29:], crc32.ChecksumIEEE(out[12:29]))
	return out
}
