package org.demandatlas.cli;

/** The exit codes every command documents in its {@code --help}. */
final class ExitCodes {
    static final String HEADING = "%nExit codes:%n";
    static final String OK = "0:success";
    static final String INPUT = "1:input problems (errors were printed as file:line:col: error: message)";
    static final String USAGE = "2:usage error (bad option, argument or folder)";
    static final String FAILURE = "3:I/O or internal failure";
    static final int INTERNAL_FAILURE = 3;

    private ExitCodes() {
    }
}
