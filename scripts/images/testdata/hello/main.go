// A tiny program standing in for a server binary in the image builder's tests.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "version" {
		fmt.Println("hello dev")
		return
	}
	fmt.Fprintln(os.Stderr, "usage: hello version")
	os.Exit(2)
}
