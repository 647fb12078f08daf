// tojpeg re-encodes PNG screenshots as JPEG (quality 80), the form the
// extension sends: go run tojpeg.go IN.png OUT.jpg
package main

import (
	"fmt"
	"image/jpeg"
	"image/png"
	"os"
)

func main() {
	if err := convert(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func convert(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := jpeg.Encode(o, img, &jpeg.Options{Quality: 80}); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}
