package org.demandatlas.bench;

/**
 * One row of the bench table: a tool's run on a corpus of {@code profiles}; what is unknown or not applicable is
 * null (CPU and memory without GNU time, pages of a search indexer).
 *
 * @param pages           HTML pages written (a search indexer writes none)
 * @param bytes           bytes written (a search indexer: its index)
 * @param firstQueryBytes bytes a fresh visitor's first query fetches from what it wrote
 */
record Measurement(String tool, int profiles, double wallSeconds, Double cpuSeconds, Double peakRssMb, Long pages,
                   Long bytes, Long firstQueryBytes) {
    static Measurement of(String tool, int profiles, ChildRun run, Long pages, Long bytes, Long firstQueryBytes) {
        return new Measurement(tool, profiles, run.wallSeconds(), run.cpuSeconds(), run.peakRssMb(), pages, bytes,
                firstQueryBytes);
    }

    /** Two tools run one after the other (Hugo, then Pagefind on its output): times and bytes add, memory peaks. */
    Measurement then(String name, Measurement next) {
        return new Measurement(name, profiles, wallSeconds + next.wallSeconds, sum(cpuSeconds, next.cpuSeconds),
                peakRssMb == null || next.peakRssMb == null ? null : Math.max(peakRssMb, next.peakRssMb), pages,
                bytes == null || next.bytes == null ? null : bytes + next.bytes, next.firstQueryBytes);
    }

    private static Double sum(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }
}
