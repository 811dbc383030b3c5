package org.demandatlas.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Adds the security headers to every response, whatever handler answers. */
final class SecurityHeaders extends Filter {
    static final String CSP = "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "security headers";
    }
}
