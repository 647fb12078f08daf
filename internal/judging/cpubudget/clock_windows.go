//go:build windows

package cpubudget

import (
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// GetThreadTimes is not wrapped by x/sys/windows.
var procGetThreadTimes = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetThreadTimes")

// threadClock opens the calling thread so another thread can read its
// kernel and user times. Their granularity is the clock tick (~15.6 ms),
// so a 20 ms budget ends after one or two ticks of CPU time.
func threadClock() cpuClock {
	h, err := windows.OpenThread(windows.THREAD_QUERY_LIMITED_INFORMATION, false, windows.GetCurrentThreadId())
	if err != nil {
		return windowsClock(0)
	}
	return windowsClock(h)
}

type windowsClock windows.Handle

func (c windowsClock) now() (time.Duration, bool) {
	if c == 0 {
		return 0, false
	}
	var creation, exit, kernel, user windows.Filetime
	r, _, _ := procGetThreadTimes.Call(uintptr(c),
		uintptr(unsafe.Pointer(&creation)), uintptr(unsafe.Pointer(&exit)),
		uintptr(unsafe.Pointer(&kernel)), uintptr(unsafe.Pointer(&user)))
	if r == 0 {
		return 0, false
	}
	ticks := func(f windows.Filetime) int64 { return int64(f.HighDateTime)<<32 | int64(f.LowDateTime) }
	return time.Duration(ticks(kernel)+ticks(user)) * 100, true // FILETIME counts 100 ns
}

func (c windowsClock) close() {
	if c != 0 {
		_ = windows.CloseHandle(windows.Handle(c))
	}
}
