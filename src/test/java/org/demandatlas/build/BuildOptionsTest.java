package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildOptionsTest {
    @Test
    void baseUrlsEndInOneSlash() {
        assertEquals(Optional.of("https://example.org/atlas/"), options("https://example.org/atlas").findBaseUrl());
        assertEquals(Optional.of("http://localhost:8080/"), options("http://localhost:8080//").findBaseUrl());
        assertEquals(Optional.empty(), options(null).findBaseUrl());
    }

    @Test
    void onlyAbsoluteWebUrlsWithoutQueryOrFragmentAreBaseUrls() {
        for (String bad : new String[] {"ftp://example.org", "/atlas", "https://example.org/?x=1", "https://x/#a",
                "https://exa mple.org"}) {
            assertEquals("invalid base URL '" + bad + "' (expected an absolute http(s) URL such as "
                    + "https://example.org/atlas)",
                    assertThrows(IllegalArgumentException.class, () -> options(bad)).getMessage());
        }
    }

    private static BuildOptions options(String baseUrl) {
        return new BuildOptions(Path.of("seeds"), Path.of("site"), baseUrl);
    }
}
