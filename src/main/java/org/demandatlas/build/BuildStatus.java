package org.demandatlas.build;

/** How a build ended, and the process exit code that says so. */
public enum BuildStatus {
    /** The site was written. */
    OK(0),
    /** The seeds have errors (printed as file:line:col, and written beside the site); the site is untouched. */
    INPUT_ERRORS(1),
    /** A folder option is unusable (missing seeds folder, --out that is not a site); nothing was written. */
    USAGE(2),
    /** Writing failed or a stage broke; the previous site is untouched. */
    FAILED(3);

    private final int exitCode;

    BuildStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
