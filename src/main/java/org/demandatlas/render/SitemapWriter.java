package org.demandatlas.render;

import java.io.IOException;
import java.util.List;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.Routes;

/**
 * Writes {@code robots.txt} always and, with a base URL only, {@code sitemap.xml}: sitemaps must list absolute
 * URLs, and a site without a known address has none to give. Beyond 50,000 pages (the protocol's limit per file)
 * {@code sitemap.xml} becomes an index of {@code sitemap-1.xml}, {@code sitemap-2.xml}, ….
 */
final class SitemapWriter {
    static final int MAX_URLS_PER_FILE = 50_000;
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";
    private final RenderOptions options;
    private final int maxUrlsPerFile;

    SitemapWriter(RenderOptions options) {
        this(options, MAX_URLS_PER_FILE);
    }

    SitemapWriter(RenderOptions options, int maxUrlsPerFile) {
        this.options = options;
        this.maxUrlsPerFile = maxUrlsPerFile;
    }

    /** @param pageFiles the rendered {@code …/index.html} files, sorted */
    void write(OutputFolder writer, List<String> pageFiles) throws IOException {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        options.findAbsoluteUrl(Routes.SITEMAP).ifPresent(url -> robots.append("Sitemap: ").append(url).append('\n'));
        writer.writeText(Routes.file(Routes.ROBOTS), robots.toString());
        if (options.findBaseUrl().isEmpty()) {
            return;
        }
        if (pageFiles.size() <= maxUrlsPerFile) {
            writer.writeText(Routes.file(Routes.SITEMAP), urlSet(pageFiles));
            return;
        }
        StringBuilder index = new StringBuilder(HEADER + "<sitemapindex " + NAMESPACE + ">\n");
        for (int part = 0; part * maxUrlsPerFile < pageFiles.size(); part++) {
            String path = Routes.sitemapPart(part + 1);
            int end = Math.min(pageFiles.size(), (part + 1) * maxUrlsPerFile);
            writer.writeText(Routes.file(path), urlSet(pageFiles.subList(part * maxUrlsPerFile, end)));
            index.append("  <sitemap><loc>").append(absolute(path)).append("</loc></sitemap>\n");
        }
        writer.writeText(Routes.file(Routes.SITEMAP), index.append("</sitemapindex>\n").toString());
    }

    private String urlSet(List<String> pageFiles) {
        StringBuilder xml = new StringBuilder(HEADER + "<urlset " + NAMESPACE + ">\n");
        for (String file : pageFiles) {
            xml.append("  <url><loc>").append(absolute(Routes.sitePath(file))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /** The base URL is checked by {@link RenderOptions} and paths are slugs, but escape anyway. */
    private String absolute(String sitePath) {
        return options.findAbsoluteUrl(sitePath).orElseThrow().replace("&", "&amp;").replace("<", "&lt;");
    }
}
