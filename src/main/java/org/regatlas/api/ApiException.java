package org.regatlas.api;

import java.util.Map;

/**
 * A caller's mistake with its HTTP status, error code and any headers the status needs (Retry-After,
 * WWW-Authenticate); mapped to the error JSON by {@link ApiErrors}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiException(int status, String code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Headers to send with the error response. */
    public Map<String, String> headers() {
        return headers;
    }
}
