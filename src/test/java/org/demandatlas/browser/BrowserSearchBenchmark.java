package org.demandatlas.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Benchmark (prints numbers, asserts nothing): time from a search request to rendered results in headless chromium,
 * on the static search of the seeds site, measured in the page with {@code performance.now()} around the form's
 * submit handler (the search box debounces typing by 120 ms before it does the same). The first query of a fresh
 * page includes loading the shards it needs; later ones show the search itself.
 * Run: {@code ./mvnw -q package -DskipTests exec:exec@browser-search-benchmark}.
 */
public final class BrowserSearchBenchmark {
    private static final List<String> QUERIES = List.of("reverse stings", "john school", "operation cupid",
            "waterbery", "end demand", "identity disclosure", "community court", "sting", "hartford", "trafficking");
    private static final String PROBE = """
            const form = document.getElementById('search-form');
            const box = form.querySelector('input[name=q]');
            const list = document.getElementById('search-results');
            const done = arguments[arguments.length - 1];
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (list.children.length > 0) { observer.disconnect(); done(performance.now() - start); }
            });
            observer.observe(list, {childList: true});
            list.replaceChildren();
            box.value = arguments[0];
            form.requestSubmit();""";

    private BrowserSearchBenchmark() {
    }

    public static void main(String[] args) {
        AtlasSite site = AtlasSite.seeds();
        ChromeDriver driver = Chromium.start();
        try {
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            for (String query : QUERIES) {
                driver.get(site.url("/search/"));
                cold.add(measure(driver, query));
                for (int i = 0; i < 5; i++) {
                    warm.add(measure(driver, query));
                }
            }
            print("first query on a fresh page (shards loaded)", cold);
            print("repeat queries (shards cached)", warm);
        } finally {
            driver.quit();
            site.stop();
        }
    }

    private static double measure(ChromeDriver driver, String query) {
        return ((Number) driver.executeAsyncScript(PROBE, query)).doubleValue();
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-45s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }
}
