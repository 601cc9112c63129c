package org.ailandscape.browser;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A GET written by hand on a socket, for what Java's HTTP client refuses to send: malformed
 * percent-escapes, a hostile Host header.
 */
final class RawHttp {

    /** The answer: status code, content type, the body (as sent, chunked or not), and all of it with the head. */
    record Response(int status, String contentType, String body, String text) {}

    private RawHttp() {}

    /** {@code headers} are complete header lines ("Name: value"); {@code host} is the Host header's value. */
    static Response get(int port, String pathAndQuery, String host, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET ").append(pathAndQuery).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        for (String header : headers) request.append(header).append("\r\n");
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            String type = head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Response(Integer.parseInt(head.split(" ", 3)[1]), type,
                    response.substring(Math.min(response.length(), head.length() + 4)), response);
        }
    }
}
