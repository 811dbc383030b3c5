package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.model.BaseUrl;
import org.junit.jupiter.api.Test;

/** Two renders are byte-identical, in parallel or not, whatever the default locale. */
class DeterminismTest {
    @Test
    void rendersAreByteIdenticalAcrossRunsThreadsAndLocales() throws IOException {
        AtlasPipeline.Result atlas = FixtureAtlas.seeds();
        RenderedSite first = RenderedSite.render(atlas, RenderOptions.withBaseUrl("https://example.org/"));
        RenderedSite second = RenderedSite.render(atlas, RenderOptions.withBaseUrl("https://example.org/"));
        Locale saved = Locale.getDefault();
        RenderedSite turkish;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = RenderedSite.render(atlas, new RenderOptions(new BaseUrl("https://example.org/"), false));
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(first.files(), second.files());
        assertEquals(first.files(), turkish.files());
        for (String file : first.files()) {
            byte[] expected = Files.readAllBytes(first.root().resolve(file));
            assertArrayEquals(expected, Files.readAllBytes(second.root().resolve(file)), file);
            assertArrayEquals(expected, Files.readAllBytes(turkish.root().resolve(file)), file);
        }
    }
}
