package org.demandatlas.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** HTTP/1.1 spoken by hand, so that no client adds, normalises or decodes anything under test. */
final class RawHttp {
    /** One answer: status, header block and body bytes. */
    record Response(int status, String head, byte[] bytes) {
        String header(String name) {
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        }

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with extra header lines ({@code "Name: value"}) and reads to the end. */
    static Response send(int port, String method, String target, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return raw(port, request.append("Connection: close\r\n\r\n").toString());
    }

    static Response raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] raw = in.readAllBytes();
            int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String head = new String(raw, 0, split, StandardCharsets.ISO_8859_1);
            return new Response(Integer.parseInt(head.split(" ")[1]), head,
                    Arrays.copyOfRange(raw, split + 4, raw.length));
        }
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no end of headers in: " + new String(data, StandardCharsets.ISO_8859_1));
    }
}
