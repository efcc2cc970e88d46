package com.ccvglobe.bridge.ccvshop;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;

/** Test helper: raw HTTP/1.1 to the app's webhook door (headers without a body, chunked bodies) and its metrics. */
final class WebhookWire implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;

    private WebhookWire(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** Opens a connection and sends the request line and headers of a POST to {@code path}, nothing more. */
    static WebhookWire post(String path, String... headers) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
        socket.setSoTimeout(30_000);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n")
                .append("x-hash: ").append("0".repeat(128)).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        WebhookWire wire = new WebhookWire(socket);
        wire.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        return wire;
    }

    void write(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** Writes {@code total} bytes as chunks of 16 KB until done or the server stops the connection. */
    void writeChunked(int total) {
        byte[] chunk = new byte[16 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            for (int sent = 0; sent < total; sent += chunk.length) {
                write(head);
                write(chunk);
                write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException stoppedByServer) {
            // the server answered and closed the connection before the whole body was sent: the answer is read next
        }
    }

    /** The status line and headers of the answer, e.g. {@code ["HTTP/1.1 413 Request Entity Too Large", ...]}. */
    List<String> answer() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    int status() throws IOException {
        List<String> lines = answer();
        if (lines.isEmpty()) {
            throw new IOException("connection closed without an answer");
        }
        return Integer.parseInt(lines.get(0).split(" ")[1]);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The sum of the samples of {@code name} in {@code /q/metrics} whose labels contain {@code label}; 0 when absent. */
    static double metric(String name, String label) {
        String text = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        double sum = 0;
        while (m.find()) {
            if (label.isEmpty() || m.group(1) != null && m.group(1).contains(label)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    static double rejected(String reason) {
        return metric("bridge_webhook_rejected_total", "reason=\"" + reason + "\"");
    }
}
