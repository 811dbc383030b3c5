package org.demandatlas.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.demandatlas.text.JsonMappers;

/**
 * The body of every error answer of the API: {@code {"error": "message", "parameter": "q"}}, the parameter at
 * fault only when one is.
 */
record ApiError(String message, Optional<String> parameter) {
    static ApiError of(String message) {
        return new ApiError(message, Optional.empty());
    }

    static ApiError of(String message, String parameter) {
        return new ApiError(message, Optional.of(parameter));
    }

    byte[] toJson() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message);
        parameter.ifPresent(p -> body.put("parameter", p));
        return JsonMappers.plain().writeValueAsBytes(body);
    }
}
