package dev.tiergate.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A stand-in server for the tests: greets every connection on the port in its argument with "hello". */
final class GreetingServer {

    private GreetingServer() {
    }

    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getByName("127.0.0.1"))) {
            while (true) {
                try (Socket client = server.accept()) {
                    OutputStream out = client.getOutputStream();
                    out.write("hello\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        }
    }
}
