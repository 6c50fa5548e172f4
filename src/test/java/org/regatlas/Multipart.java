package org.regatlas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** multipart/form-data bodies and their POST, for the tests of the upload route. */
public final class Multipart {
    private Multipart() {}

    public static final String BOUNDARY = "regatlas-test-boundary";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    /** Text fields and, unless {@code fileName} is null, one file part. */
    public static byte[] body(@Nullable String fileName, byte @Nullable [] content, Map<String, String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            out.writeBytes(fileHead(fileName));
            out.writeBytes(content == null ? new byte[0] : content);
            out.writeBytes(end());
        } else {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The opening of the file part: its content follows, then {@link #end()}. */
    public static byte[] fileHead(String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The end of the last part and of the body. */
    public static byte[] end() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** POSTs {@code body} to {@code origin + path}, with an Accept header unless {@code accept} is null. */
    public static <T> HttpResponse<T> post(String origin, String path, byte[] body, @Nullable String accept,
            HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) r.header("Accept", accept);
        try {
            return HttpClient.newHttpClient().send(r.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
