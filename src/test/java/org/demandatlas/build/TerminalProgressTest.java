package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text), nanos::get);

    @Test
    void showsCountRateAndTimeLeftRedrawnInPlace() {
        progress.started(1000);
        nanos.set(2_000_000_000L);
        progress.advanced(100);
        nanos.set(2_100_000_000L);
        progress.advanced(105);
        nanos.set(1000_000_000_000L);
        progress.advanced(1000);
        progress.finished();

        String blank = " ".repeat(45);
        assertEquals("\rreading seeds: 100/1000 (50 files/s, ETA 18s)"
                + "\rreading seeds: 1000/1000 (1 files/s, ETA 0s) "
                + "\r" + blank + "\r", text.toString());
    }

    @Test
    void longWaitsAreShownInMinutes() {
        assertEquals("2m05s", TerminalProgress.duration(125));
        assertEquals("59s", TerminalProgress.duration(59.2));
    }
}
