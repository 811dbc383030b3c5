package org.demandatlas.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own error answers (a request line or headers the HTTP parser refuses: 400, 414, 431; a failure
 * inside a handler: 500): the security headers, {@code Cache-Control: no-store}, and a short body — JSON
 * ({@code {"error": "…"}}) under {@code /api/}, plain text elsewhere — with no stack trace and no server version.
 */
final class ErrorAnswers extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR_500 : response.getStatus();
        Object message = request.getAttribute(ERROR_MESSAGE);
        String text = Objects.toString(message, HttpStatus.getMessage(status));
        HttpFields.Mutable headers = response.getHeaders();
        headers.remove(HttpHeader.CONTENT_ENCODING);
        SecurityHeaders.apply(headers);
        Answers.noStore(response);
        boolean api = request.getHttpURI() != null && String.valueOf(request.getHttpURI().getPath())
                .startsWith(ApiRoutes.PREFIX);
        if (api) {
            Answers.json(request, response, callback, status, ApiError.of(text).toJson());
        } else {
            Answers.text(request, response, callback, status, status + " " + text);
        }
        return true;
    }

    /** A request so malformed that no {@link Request} exists: the body of the answer; headers added here. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(HttpHeader.CONTENT_TYPE, Answers.TEXT);
        String text = status + " " + Objects.requireNonNullElse(reason, HttpStatus.getMessage(status));
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
