package com.ccvglobe.bridge.ops.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so the request line goes out exactly as written (no client normalises {@code //},
 * {@code /./} or percent-escapes). One connection per request ({@code Connection: close}); the answer is read until the
 * server closes it, within the socket timeout.
 */
final class RawHttp {

    record Answer(int status, String text) {
    }

    private final URL app;
    private final int timeoutMillis;

    RawHttp(URL app, int timeoutMillis) {
        this.app = app;
        this.timeoutMillis = timeoutMillis;
    }

    Answer send(String method, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(timeoutMillis);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (!"GET".equals(method)) {
                request.append("Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            } else {
                request.append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP answer to " + method + " " + path + ": " + text);
            }
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}
