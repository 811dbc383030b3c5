package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.demandatlas.model.BaseUrl;
import org.junit.jupiter.api.Test;

/**
 * The site's address in {@code site.json}: checked by the same rule as {@code --base-url} when the file is read,
 * used when no {@code --base-url} is given, and overridden by one.
 */
class SiteConfigTest {
    private static final SiteConfig.Licence LICENCE = new SiteConfig.Licence("CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/");

    private static SiteConfig withBaseUrl(String baseUrl) {
        return new SiteConfig("Atlas", "Tagline", List.of(new SiteConfig.NavEntry("tactics", "Tactics", "/tactics/")),
                baseUrl, LICENCE, 500, 100, 500);
    }

    @Test
    void theShippedConfigLoadsAndItsAddressIsNoneOrValid() {
        String configured = SiteConfig.load().baseUrl();
        assertTrue(configured == null || configured.equals(new BaseUrl(configured).value()), configured);
    }

    @Test
    void aConfiguredAddressIsNormalisedAsTheOptionIs() {
        assertEquals("https://example.org/atlas/", withBaseUrl("HTTPS://Example.ORG/atlas").baseUrl());
        assertEquals(null, withBaseUrl(null).baseUrl());
    }

    @Test
    void aMistypedAddressFailsTheLoadWithTheReason() {
        for (String bad : List.of("example.org/atlas", "https://user@example.org/", "https://example.org/a b/")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> withBaseUrl(bad));
            assertTrue(refused.getMessage().startsWith("baseUrl "), refused.getMessage());
            assertTrue(refused.getMessage().contains("expected"), refused.getMessage());
        }
    }

    @Test
    void theConfiguredAddressIsTheDefaultAndTheOptionOverridesIt() {
        String configured = "https://atlas.example.org/";
        assertEquals(Optional.of(new BaseUrl(configured)), RenderOptions.defaults().orBaseUrl(configured).findBaseUrl());
        assertEquals(Optional.of(new BaseUrl("https://mirror.example.net/atlas/")),
                RenderOptions.withBaseUrl("https://mirror.example.net/atlas/").orBaseUrl(configured).findBaseUrl());
        assertEquals(Optional.empty(), RenderOptions.defaults().orBaseUrl(null).findBaseUrl());
        assertEquals(Optional.of("https://atlas.example.org/ct/hartford/"),
                RenderOptions.defaults().orBaseUrl(configured).findAbsoluteUrl("/ct/hartford/"));
    }
}
