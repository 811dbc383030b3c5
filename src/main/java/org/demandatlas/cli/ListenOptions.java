package org.demandatlas.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --host H --port N}: where a server listens (a picocli mixin). */
final class ListenOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    /** The port, checked: 0-65535, else a usage error. */
    int port() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0-65535, was " + port);
        }
        return port;
    }

    String host() {
        return host;
    }
}
