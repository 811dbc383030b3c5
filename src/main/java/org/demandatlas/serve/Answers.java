package org.demandatlas.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes whole answers: a status, a media type and a body that is left out for {@code HEAD}. */
final class Answers {
    static final String TEXT = "text/plain; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private Answers() {
    }

    static void text(Request request, Response response, Callback callback, int status, String text) {
        bytes(request, response, callback, status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    static void json(Request request, Response response, Callback callback, int status, byte[] json) {
        bytes(request, response, callback, status, JSON, json);
    }

    static void bytes(Request request, Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        body(request, response, callback, ByteBuffer.wrap(body));
    }

    /** Sends {@code body} with its length, or only the length for {@code HEAD}. */
    static void body(Request request, Response response, Callback callback, ByteBuffer body) {
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
        response.write(true, isHead(request) ? null : body, callback);
    }

    /** An answer without a body ({@code 304}, {@code 204}). */
    static void empty(Response response, Callback callback, int status) {
        response.setStatus(status);
        response.write(true, null, callback);
    }

    static void noStore(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    static boolean isHead(Request request) {
        return HttpMethod.HEAD.is(request.getMethod());
    }
}
