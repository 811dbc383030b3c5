package org.demandatlas.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.demandatlas.routes.Routes;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the files of a site folder: GET and HEAD only (405 otherwise), request URIs of bounded length (414),
 * folder URLs answered with their {@code index.html} (redirected when the slash is missing), never a listing,
 * and the site's own {@code 404.html} with status 404 for anything else. Answers carry {@code ETag},
 * {@code Last-Modified} and {@code Cache-Control} ({@link CachePolicy}), honour conditional requests (304,
 * {@link Conditional}), send text gzip- or brotli-coded when the client accepts it ({@link FileCache}), and one
 * byte range when asked ({@link ByteRange}, 206/416); profiles and archived pages carry Memento hints
 * ({@link MementoLinks}).
 */
final class StaticSiteHandler extends Handler.Abstract {
    static final int MAX_URI_LENGTH = 2048;
    private final ResolvedPaths paths;
    private final FileCache files;
    private final CachePolicy policy;
    private final MementoLinks mementos;

    StaticSiteHandler(ResolvedPaths paths, FileCache files, CachePolicy policy) {
        this.paths = paths;
        this.files = files;
        this.policy = policy;
        this.mementos = new MementoLinks(paths.resolver().root());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String method = request.getMethod();
        if (request.getHttpURI().getPathQuery().length() > MAX_URI_LENGTH) {
            Answers.text(request, response, callback, HttpStatus.URI_TOO_LONG_414, "URI too long");
        } else if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Answers.text(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "Method not allowed");
        } else {
            answer(request, response, callback, paths.resolve(request.getHttpURI().getPath()));
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback, SitePathResolver.Resolution resolution)
            throws IOException {
        switch (resolution) {
            case SitePathResolver.Resolution.SendFile send -> sendFile(request, response, callback, send.file());
            case SitePathResolver.Resolution.Redirect redirect -> {
                response.getHeaders().put(HttpHeader.LOCATION, redirect.location());
                Answers.text(request, response, callback, HttpStatus.MOVED_PERMANENTLY_301,
                        "Moved to " + redirect.location());
            }
            case SitePathResolver.Resolution.NotFound notFound -> sendNotFound(request, response, callback);
        }
    }

    private void sendNotFound(Request request, Response response, Callback callback) throws IOException {
        Path page = paths.resolver().root().resolve(Routes.file(Routes.NOT_FOUND));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, CachePolicy.REVALIDATE);
        if (Files.isRegularFile(page)) {
            SiteFile file = files.require(page);
            response.setStatus(HttpStatus.NOT_FOUND_404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.type());
            Answers.body(request, response, callback, ByteBuffer.wrap(file.body()));
        } else {
            Answers.text(request, response, callback, HttpStatus.NOT_FOUND_404, "Not found");
        }
    }

    private void sendFile(Request request, Response response, Callback callback, Path path) throws IOException {
        SiteFile file = files.require(path);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, file.type());
        headers.put(HttpHeader.CACHE_CONTROL, policy.of(path.getFileName().toString()));
        headers.put(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(file.modified()));
        headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
        mementos.of(path, file.modified()).ifPresent(hints -> {
            headers.put(HttpHeader.LINK, hints.link());
            if (hints.mementoDatetime() != null) {
                headers.put("Memento-Datetime", hints.mementoDatetime());
            }
        });
        if (file.compressible()) {
            headers.put(HttpHeader.VARY, "Accept-Encoding");
        }
        String range = request.getHeaders().get(HttpHeader.RANGE);
        Optional<SiteFile.Encoded> encoded = range != null ? Optional.empty()
                : file.encodedFor(AcceptEncoding.parse(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING)));
        headers.put(HttpHeader.ETAG, file.etag(encoded.map(SiteFile.Encoded::coding).orElse("")));
        if (Conditional.notModified(request.getHeaders(), file)) {
            headers.remove(HttpHeader.CONTENT_TYPE);
            Answers.empty(response, callback, HttpStatus.NOT_MODIFIED_304);
        } else if (encoded.isPresent()) {
            headers.put(HttpHeader.CONTENT_ENCODING, encoded.get().coding());
            Answers.body(request, response, callback, ByteBuffer.wrap(encoded.get().bytes()));
        } else if (range != null && Conditional.rangeStillValid(request.getHeaders(), file)) {
            sendRange(request, response, callback, file, ByteRange.parse(range, file.length()));
        } else {
            sendBytes(request, response, callback, file, new ByteRange(0, file.length() - 1));
        }
    }

    private void sendRange(Request request, Response response, Callback callback, SiteFile file,
                           ByteRange.Outcome outcome) throws IOException {
        switch (outcome) {
            case ByteRange.Outcome.Whole whole -> sendBytes(request, response, callback, file,
                    new ByteRange(0, file.length() - 1));
            case ByteRange.Outcome.Part part -> {
                response.setStatus(HttpStatus.PARTIAL_CONTENT_206);
                response.getHeaders().put(HttpHeader.CONTENT_RANGE, part.range().contentRange(file.length()));
                sendBytes(request, response, callback, file, part.range());
            }
            case ByteRange.Outcome.Unsatisfiable none -> {
                response.getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + file.length());
                response.getHeaders().remove(HttpHeader.CONTENT_TYPE);
                Answers.text(request, response, callback, HttpStatus.RANGE_NOT_SATISFIABLE_416,
                        "Range not satisfiable");
            }
        }
    }

    /** The bytes {@code range} of the file, from memory or, for a big file, streamed from disk. */
    private static void sendBytes(Request request, Response response, Callback callback, SiteFile file,
                                  ByteRange range) {
        long length = Math.max(0, range.length());
        if (file.inMemory() || length == 0) {
            byte[] body = file.inMemory() ? file.body() : new byte[0];
            Answers.body(request, response, callback, ByteBuffer.wrap(body, (int) range.first(), (int) length));
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        if (Answers.isHead(request)) {
            response.write(true, null, callback);
        } else {
            Content.copy(Content.Source.from(file.path(), range.first(), length), response, callback);
        }
    }
}
