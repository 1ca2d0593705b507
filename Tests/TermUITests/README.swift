// The TermUITests suites live beside this file.
