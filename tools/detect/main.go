// Command detect trains the detection model on the labelled corpus and
// measures it (make train, make eval, make eval-articles).
//
//	go run ./tools/detect train    [-corpus DIR] [-out weights.json] [-report report.txt] [-harden=false] [-v]
//	go run ./tools/detect eval     [-corpus DIR] [-v] [-harden=false]
//	go run ./tools/detect articles DIR
//	go run ./tools/detect explain  [-corpus DIR] FILE...   (corpus-relative paths)
//	go run ./tools/detect oof      [-corpus DIR] FILE...   (what the held-out model adds up)
//	go run ./tools/detect dump     [-corpus DIR] [-holdout] [-evidence]   (every page's non-zero features, one line each)
//	go run ./tools/detect features                         (the feature table of docs/detection.md)
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: detect train|eval|articles [flags]")
		return 2
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "corpus", "the labelled corpus `folder` (cases.tsv, SOURCES.tsv)")
	out := fs.String("out", "internal/judging/model/weights.json", "where train writes the weights")
	report := fs.String("report", "internal/judging/model/training-report.txt", "where train writes its report")
	lambda := fs.Float64("lambda", defaultLambda, "L2 penalty")
	verbose := fs.Bool("v", false, "eval: print every page's out-of-fold verdict; eval, train: the lines each fit chose and the legitimate pages nearest them")
	holdout := fs.Bool("holdout", false, "dump: the held-out sets instead of the training corpus")
	nameBlind := fs.Bool("name-blind", false, "eval: name the pages of the held-out blind sets (blind-*) in the report; off, they are counted, not named, so nobody tunes for them")
	evidence := fs.Bool("evidence", false, "dump: each feature's evidence too, in brackets")
	harden := fs.Bool("harden", true, "train, eval: hold the block line above the legitimate pages with one mechanic injected too (docs/detection.md; -harden=false for the line above the pages alone)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	var err error
	switch args[0] {
	case "train":
		err = train(*corpus, *out, *report, *lambda, *harden, *verbose, stdout)
	case "eval":
		err = evaluate(*corpus, *verbose, *harden, *nameBlind, stdout)
	case "articles":
		if fs.NArg() != 1 {
			fmt.Fprintln(stderr, "usage: detect articles DIR")
			return 2
		}
		var bad bool
		bad, err = articles(fs.Arg(0), stdout)
		if err == nil && bad {
			return 1
		}
	case "oof":
		err = explainOOF(*corpus, fs.Args(), *lambda, stdout)
	case "dump":
		err = dumpFeatures(*corpus, *holdout, *evidence, stdout)
	case "features":
		err = featureTable(stdout)
	case "explain":
		err = explainPages(*corpus, fs.Args(), stdout)
	default:
		fmt.Fprintf(stderr, "detect: unknown command %q\n", args[0])
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "detect %s: %v\n", args[0], err)
		return 1
	}
	return 0
}
