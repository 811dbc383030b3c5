package org.demandatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line with captured stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
