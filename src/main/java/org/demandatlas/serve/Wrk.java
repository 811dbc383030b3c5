package org.demandatlas.serve;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's {@code wrk} (2 threads, keep-alive connections, latency distribution) against one URL or, with a
 * Lua script, a list of paths taken in turn, and reads its report.
 */
final class Wrk {
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** One run: requests per second, latency percentiles in ms, and errors (non-2xx/3xx answers, socket errors). */
    record Run(long requests, double seconds, double p50, double p99, long errors) {
        double throughput() {
            return requests / seconds;
        }

        /** Several runs as one: requests and errors added up, over their total time; the median p50 and p99. */
        static Run combined(List<Run> runs) {
            double[] p50 = runs.stream().mapToDouble(Run::p50).sorted().toArray();
            double[] p99 = runs.stream().mapToDouble(Run::p99).sorted().toArray();
            return new Run(runs.stream().mapToLong(Run::requests).sum(), runs.stream().mapToDouble(Run::seconds).sum(),
                    p50[p50.length / 2], p99[p99.length / 2], runs.stream().mapToLong(Run::errors).sum());
        }
    }

    private Wrk() {
    }

    static Run run(String url, List<String> paths, int clients, int seconds, Path work)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Tools.require("wrk"), "-t2", "-c" + clients, "-d" + seconds + "s",
                "--timeout", "10s", "--latency"));
        if (!paths.isEmpty()) {
            Path script = Files.createTempFile(work, "paths", ".lua");
            Files.writeString(script, luaScript(paths), StandardCharsets.UTF_8);
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            wrk.destroyForcibly();
            throw new IOException("wrk failed: " + report.strip());
        }
        return parse(report);
    }

    /** A script that sends the paths in turn, each thread from its own place in the list. */
    static String luaScript(List<String> paths) {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) {
            lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        return lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n")
                .append("  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n").toString();
    }

    static Run parse(String report) {
        Matcher total = REQUESTS.matcher(report);
        if (!total.find()) {
            throw new IllegalArgumentException("not a wrk report: " + report.strip());
        }
        double p50 = 0;
        double p99 = 0;
        Matcher percentiles = PERCENTILE.matcher(report);
        while (percentiles.find()) {
            double ms = millis(Double.parseDouble(percentiles.group(2)), percentiles.group(3));
            if (percentiles.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        long errors = find(NON_2XX, report).map(m -> Long.parseLong(m.group(1))).orElse(0L)
                + find(SOCKET, report).map(m -> Long.parseLong(m.group(1)) + Long.parseLong(m.group(2))
                + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4))).orElse(0L);
        return new Run(Long.parseLong(total.group(1)),
                millis(Double.parseDouble(total.group(2)), total.group(3)) / 1000, p50, p99, errors);
    }

    private static Optional<Matcher> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }

    private static double millis(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> value;
        };
    }
}
