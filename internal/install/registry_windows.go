//go:build windows

package install

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"golang.org/x/sys/windows/registry"
)

// WindowsRegistry is the real registry.
type WindowsRegistry struct{}

// SystemRegistry returns the registry, or nil where there is none.
func SystemRegistry() Registry { return WindowsRegistry{} }

func split(key string) (registry.Key, string, error) {
	root, path, ok := strings.Cut(key, `\`)
	if !ok {
		return 0, "", fmt.Errorf("bad key %q", key)
	}
	switch root {
	case "HKCU":
		return registry.CURRENT_USER, path, nil
	case "HKLM":
		return registry.LOCAL_MACHINE, path, nil
	}
	return 0, "", fmt.Errorf("unknown root in %q", key)
}

// SetDefault creates key and sets its default value.
func (WindowsRegistry) SetDefault(key, value string) error {
	root, p, err := split(key)
	if err != nil {
		return err
	}
	k, _, err := registry.CreateKey(root, p, registry.SET_VALUE)
	if err != nil {
		return err
	}
	defer k.Close()
	return k.SetStringValue("", value)
}

// GetDefault reads key's default value.
func (WindowsRegistry) GetDefault(key string) (string, error) {
	root, p, err := split(key)
	if err != nil {
		return "", err
	}
	k, err := registry.OpenKey(root, p, registry.QUERY_VALUE)
	if errors.Is(err, registry.ErrNotExist) {
		return "", fs.ErrNotExist
	}
	if err != nil {
		return "", err
	}
	defer k.Close()
	v, _, err := k.GetStringValue("")
	return v, err
}

// DeleteKey removes key.
func (WindowsRegistry) DeleteKey(key string) error {
	root, p, err := split(key)
	if err != nil {
		return err
	}
	err = registry.DeleteKey(root, p)
	if errors.Is(err, registry.ErrNotExist) {
		return fs.ErrNotExist
	}
	return err
}
