package org.demandatlas.build;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching: a console is attached (and, on JDK 22+, is a terminal) and {@code CI} is unset. */
final class Terminals {
    private Terminals() {
    }

    static boolean isInteractive() {
        return System.getenv("CI") == null && isTerminal(System.console());
    }

    /** JDK 22+ returns a console even when redirected; its {@code isTerminal()} tells (called reflectively: --release 21). */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
