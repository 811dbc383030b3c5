package org.demandatlas.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every response, whatever answers: the handlers (this wrapper sets them before any of
 * them runs) and the server's own error answers ({@link ErrorAnswers} sets them on 400, 414, 431, 500…).
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    /** Adds the headers to a response's fields. */
    static void apply(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(response.getHeaders());
        return super.handle(request, response, callback);
    }
}
