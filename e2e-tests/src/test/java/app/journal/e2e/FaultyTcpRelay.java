package app.journal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between Journal and PostgreSQL that the test controls, so that a fault suite can take the
 * database away, stall it or slow it down without Docker and without touching the server: Journal's
 * datasource URL names the relay's loopback port, and the relay forwards to the real server.
 *
 * <ul>
 *   <li>{@link Mode#PASS}: bytes go through as they come.</li>
 *   <li>{@link Mode#CUT}: every open connection is closed at once and new ones are refused (the listening
 *       socket is closed), as when the database host goes away.</li>
 *   <li>{@link Mode#STALL}: connections are accepted and kept, but nothing is forwarded either way, as
 *       when a network path drops packets without resetting anything.</li>
 *   <li>{@link Mode#SLOW}: every chunk waits {@link #slowDelay()} before it is forwarded, as a database
 *       that takes seconds per statement looks to its client.</li>
 * </ul>
 *
 * One virtual thread per direction of each connection; every thread ends when its sockets close.
 */
final class FaultyTcpRelay implements AutoCloseable {

    enum Mode { PASS, CUT, STALL, SLOW }

    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Object lock = new Object();
    private volatile Mode mode = Mode.PASS;
    private volatile Duration slowDelay = Duration.ofSeconds(2);
    private volatile boolean closed;
    private ServerSocket listener;

    private FaultyTcpRelay(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    /** A relay on a free loopback port to {@code targetHost:targetPort}, in {@link Mode#PASS}. */
    static FaultyTcpRelay start(String targetHost, int targetPort) {
        FaultyTcpRelay relay = new FaultyTcpRelay(Ports.free(), new InetSocketAddress(targetHost, targetPort));
        relay.listen();
        return relay;
    }

    int port() {
        return port;
    }

    Mode mode() {
        return mode;
    }

    Duration slowDelay() {
        return slowDelay;
    }

    /** How many connections the relay has accepted so far (the pool's reconnects show up here). */
    int acceptedConnections() {
        return accepted.get();
    }

    /** Forward everything again; after a {@link Mode#CUT} the port accepts connections again. */
    void pass() {
        switchTo(Mode.PASS);
    }

    /** Close every connection now and refuse new ones until {@link #pass()}. */
    void cut() {
        switchTo(Mode.CUT);
    }

    /** Accept, but forward nothing, until {@link #pass()}. Bytes that arrive meanwhile are forwarded late. */
    void stall() {
        switchTo(Mode.STALL);
    }

    /** Delay every chunk in either direction by {@code delay} until {@link #pass()}. */
    void slow(Duration delay) {
        slowDelay = delay;
        switchTo(Mode.SLOW);
    }

    private void switchTo(Mode next) {
        synchronized (lock) {
            mode = next;
            if (next == Mode.CUT) {
                closeQuietly(listener);
                listener = null;
                sockets.forEach(FaultyTcpRelay::closeQuietly);
                sockets.clear();
            } else if (listener == null && !closed) {
                listen();
            }
            lock.notifyAll();
        }
    }

    private void listen() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            listener = socket;
            Thread.ofVirtual().name("relay-accept-" + port).start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("The relay cannot listen on 127.0.0.1:" + port, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closedOrCut) {
                return;
            }
            accepted.incrementAndGet();
            Thread.ofVirtual().name("relay-connect").start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        Socket server = new Socket();
        try {
            sockets.add(client);
            sockets.add(server);
            if (mode == Mode.CUT) {
                throw new SocketException("cut");
            }
            server.connect(target, 5_000);
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            Thread.ofVirtual().name("relay-up").start(() -> pump(client, server));
            Thread.ofVirtual().name("relay-down").start(() -> pump(server, client));
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitForwarding();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // Closed by the other side, by a cut or by close(): the connection is over either way.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    /** Holds a chunk while the relay stalls, delays it while slow; returns at once when passing. */
    private void awaitForwarding() throws InterruptedException, SocketException {
        while (true) {
            Mode current = mode;
            switch (current) {
                case PASS -> {
                    return;
                }
                case SLOW -> {
                    Thread.sleep(slowDelay);
                    return;
                }
                case CUT -> throw new SocketException("cut");
                case STALL -> {
                    synchronized (lock) {
                        if (mode == Mode.STALL) {
                            lock.wait(1_000);
                        }
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            closeQuietly(listener);
            listener = null;
            sockets.forEach(FaultyTcpRelay::closeQuietly);
            sockets.clear();
            lock.notifyAll();
        }
    }

    @Override
    public String toString() {
        return "FaultyTcpRelay[127.0.0.1:" + port + " -> " + target + ", " + mode + "]";
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that is asked.
        }
    }
}
