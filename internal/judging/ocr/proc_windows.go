package ocr

import (
	"os/exec"
	"syscall"
)

// hideWindow keeps Tesseract, a console program, from flashing a console
// window in front of the person while the host reads a page.
func hideWindow(cmd *exec.Cmd) {
	const createNoWindow = 0x08000000
	cmd.SysProcAttr = &syscall.SysProcAttr{HideWindow: true, CreationFlags: createNoWindow}
}
