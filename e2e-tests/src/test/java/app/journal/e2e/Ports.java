package app.journal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Loopback ports for the processes a suite starts. */
final class Ports {

    private Ports() {}

    /** A port nobody listens on right now (the process that gets it binds it a moment later). */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Whether something accepts TCP connections on {@code 127.0.0.1:port}. */
    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * Waits until {@code condition} holds, checking every 200 ms; fails with {@code what} after
     * {@code timeout}, or as soon as {@code gaveUp} says the process it waits for is gone.
     */
    static void await(String what, Duration timeout, BooleanSupplier condition, BooleanSupplier gaveUp) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (gaveUp.getAsBoolean()) {
                throw new IllegalStateException("Gave up waiting: " + what);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting: " + what, e);
            }
        }
    }
}
