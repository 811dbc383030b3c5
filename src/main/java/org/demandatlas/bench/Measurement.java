package org.demandatlas.bench;

/**
 * One row of the bench table: a tool's run on a corpus of {@code profiles}; what is unknown or not applicable is
 * null (CPU and memory without GNU time, pages of a search indexer).
 *
 * @param pages           HTML pages written (a search indexer writes none)
 * @param bytes           bytes written (a search indexer: its index)
 * @param firstQueryBytes bytes a fresh visitor's first query fetches from what it wrote
 * @param liveP50Ms       live search ({@link LiveSearch}) median latency on what it wrote; null where none
 * @param liveP99Ms       its 99th percentile
 */
record Measurement(String tool, int profiles, double wallSeconds, Double cpuSeconds, Double peakRssMb, Long pages,
                   Long bytes, Long firstQueryBytes, Double liveP50Ms, Double liveP99Ms) {
    static Measurement of(String tool, int profiles, ChildRun run, Long pages, Long bytes, Long firstQueryBytes) {
        return new Measurement(tool, profiles, run.wallSeconds(), run.cpuSeconds(), run.peakRssMb(), pages, bytes,
                firstQueryBytes, null, null);
    }

    Measurement with(LiveSearch live) {
        return new Measurement(tool, profiles, wallSeconds, cpuSeconds, peakRssMb, pages, bytes, firstQueryBytes,
                live.p50Millis(), live.p99Millis());
    }

    /** Two tools run one after the other (Hugo, then Pagefind on its output): times and bytes add, memory peaks. */
    Measurement then(String name, Measurement next) {
        return new Measurement(name, profiles, wallSeconds + next.wallSeconds, sum(cpuSeconds, next.cpuSeconds),
                peakRssMb == null || next.peakRssMb == null ? null : Math.max(peakRssMb, next.peakRssMb), pages,
                bytes == null || next.bytes == null ? null : bytes + next.bytes, next.firstQueryBytes, null, null);
    }

    private static Double sum(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }
}
