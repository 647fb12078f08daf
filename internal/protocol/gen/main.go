// Command gen writes the tables that the extension and docs/protocol.md
// take from the host's Go and YAML sources (run by `go generate`).
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/alertguard/alertguard/internal/judging/analysis"
	"github.com/alertguard/alertguard/internal/protocol"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	a, err := analysis.Default()
	if err != nil {
		return err
	}
	// go generate runs in internal/protocol.
	root := filepath.Join("..", "..")
	blocks, err := protocol.Blocks(a.Set, root)
	if err != nil {
		return err
	}
	return protocol.WriteAll(root, blocks)
}
