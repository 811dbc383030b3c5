package org.demandatlas.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * One Thymeleaf engine for the whole render; templates ({@code templates/NAME.html} on the class path) are parsed
 * once and cached. The engine is thread-safe, so pages can be rendered in parallel.
 */
final class TemplateRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    TemplateRenderer() {
        RecordPropertyAccessor.install();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(TemplateRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /**
     * The page's HTML without the templates' indentation ({@link HtmlWhitespace}): the template sees {@code meta}
     * (layout data) and {@code page} (the page record).
     */
    String render(PageJob job) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("meta", job.meta());
        context.setVariable("page", job.page());
        return HtmlWhitespace.compact(engine.process(job.template(), context));
    }
}
