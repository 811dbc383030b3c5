package org.demandatlas.build;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr, redrawn in place with {@code \r}: files done, rate and estimated time left. Drawn at
 * most every {@value #REDRAW_NANOS} ns so that printing never slows the build.
 */
public final class TerminalProgress implements BuildProgress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private long startNanos;
    private long lastDrawNanos;
    private int total;
    private int width;

    public TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    /** Progress on {@code err} when a person is watching (a terminal, not CI), otherwise {@link #SILENT}. */
    public static BuildProgress forConsole(PrintWriter err) {
        return Terminals.isInteractive() ? new TerminalProgress(err, System::nanoTime) : SILENT;
    }

    @Override
    public void started(int totalFiles) {
        total = totalFiles;
        startNanos = nanoClock.getAsLong();
        lastDrawNanos = startNanos - REDRAW_NANOS;
    }

    @Override
    public void advanced(int done) {
        long now = nanoClock.getAsLong();
        if (now - lastDrawNanos >= REDRAW_NANOS || done == total) {
            lastDrawNanos = now;
            draw(line(done, now - startNanos));
        }
    }

    @Override
    public void finished() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    String line(int done, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        double rate = done / seconds;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "reading seeds: %d/%d (%.0f files/s, ETA %s)", done, total, rate, eta);
    }

    static String duration(double seconds) {
        long whole = Math.round(seconds);
        return whole >= 60 ? String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60) : whole + "s";
    }

    private void draw(String line) {
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        width = Math.max(width, line.length());
        err.print("\r" + padded);
        err.flush();
    }
}
