package org.demandatlas.render;

import java.util.Collection;

/**
 * Writes {@code robots.txt} always and {@code sitemap.xml} only with a base URL: sitemaps must list absolute URLs,
 * and a site without a known address has none to give.
 */
final class SitemapWriter {
    private final RenderOptions options;

    SitemapWriter(RenderOptions options) {
        this.options = options;
    }

    /** @param pageFiles the rendered {@code …/index.html} files, sorted */
    void write(SiteWriter writer, Collection<String> pageFiles) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        options.findAbsoluteUrl("/sitemap.xml").ifPresent(url -> robots.append("Sitemap: ").append(url).append('\n'));
        writer.writeText("robots.txt", robots.toString());
        options.findBaseUrl().ifPresent(base -> writer.writeText("sitemap.xml", sitemap(pageFiles)));
    }

    private String sitemap(Collection<String> pageFiles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String file : pageFiles) {
            String url = options.findAbsoluteUrl(SitePaths.sitePath(file)).orElseThrow();
            xml.append("  <url><loc>").append(escapeXml(url)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
