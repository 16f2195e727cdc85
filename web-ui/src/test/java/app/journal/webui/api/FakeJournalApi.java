package app.journal.webui.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-memory stand-in for Journal's REST API over real HTTP (the JDK's HTTP server), speaking the
 * documented contract: demo sessions, bearer tokens, entries newest first, problem details.
 */
final class FakeJournalApi implements AutoCloseable {

    record Call(String method, String path, String authorization) {
    }

    private record StoredEntry(UUID id, String title, String body, Instant createdAt, Instant updatedAt, long seq) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Set<String> validTokens = Collections.synchronizedSet(new HashSet<>());
    private final Map<UUID, StoredEntry> entries = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenCounter = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean demoEnabled = true;
    private volatile Instant now = Instant.parse("2025-11-25T09:00:00Z");

    FakeJournalApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void disableDemo() {
        demoEnabled = false;
    }

    /** Every token handed out so far stops working, as after their expiry. */
    void expireAllTokens() {
        validTokens.clear();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            calls.add(new Call(method, path, authorization == null ? "" : authorization));
            route(exchange, method, path, authorization);
        }
    }

    private void route(HttpExchange exchange, String method, String path, String authorization) throws IOException {
        if (path.equals("/api/demo/session") && method.equals("POST")) {
            if (!demoEnabled) {
                problem(exchange, 404, "urn:journal:problem:not-found", "Not found", "Demo mode is switched off.", List.of());
                return;
            }
            String token = "demo-token-" + tokenCounter.incrementAndGet();
            validTokens.add(token);
            send(exchange, 200, "application/json",
                    Map.of("accessToken", token, "tokenType", "Bearer", "expiresIn", 900));
            return;
        }
        if (!path.startsWith("/api/entries")) {
            send(exchange, 404, "text/html", "<html><body>No such page</body></html>");
            return;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !validTokens.contains(authorization.substring("Bearer ".length()))) {
            problem(exchange, 401, "urn:journal:problem:unauthenticated", "Unauthorized", "A valid access token is needed.", List.of());
            return;
        }
        String rest = path.substring("/api/entries".length());
        if (rest.isEmpty() && method.equals("GET")) {
            list(exchange);
        } else if (rest.isEmpty() && method.equals("POST")) {
            create(exchange);
        } else if (rest.startsWith("/")) {
            UUID id;
            try {
                id = UUID.fromString(rest.substring(1));
            } catch (IllegalArgumentException e) {
                problem(exchange, 404, "urn:journal:problem:not-found", "Not found", "No such entry.", List.of());
                return;
            }
            StoredEntry entry = entries.get(id);
            if (entry == null) {
                problem(exchange, 404, "urn:journal:problem:not-found", "Not found", "No entry " + id + ".", List.of());
                return;
            }
            switch (method) {
                case "GET" -> send(exchange, 200, "application/json", toJson(entry));
                case "PUT" -> update(exchange, entry);
                case "DELETE" -> {
                    entries.remove(id);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> send(exchange, 405, "text/plain", "method not allowed");
            }
        } else {
            send(exchange, 405, "text/plain", "method not allowed");
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        // The cursor of this fake is the number of entries already listed.
        int skip = Integer.parseInt(query.getOrDefault("cursor", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        List<StoredEntry> newestFirst = new ArrayList<>(entries.values());
        newestFirst.sort(Comparator.comparingLong(StoredEntry::seq).reversed());
        List<Map<String, Object>> items = newestFirst.stream().skip(skip).limit(size).map(this::toJson).toList();
        int total = newestFirst.size();
        var body = new java.util.HashMap<String, Object>(Map.of("items", items, "totalItems", total));
        body.put("nextCursor", skip + size < total ? String.valueOf(skip + size) : null);
        send(exchange, 200, "application/json", body);
    }

    private void create(HttpExchange exchange) throws IOException {
        JsonNode draft = json.readTree(exchange.getRequestBody().readAllBytes());
        String title = draft.path("title").asString("");
        if (title.isBlank()) {
            problem(exchange, 400, "urn:journal:problem:invalid-input", "Invalid input", "The entry has invalid fields.",
                    List.of(Map.of("field", "title", "message", "Title must not be empty.")));
            return;
        }
        now = now.plusSeconds(60);
        StoredEntry entry = new StoredEntry(UUID.randomUUID(), title.strip(), draft.path("body").asString(""), now, now,
                sequence.incrementAndGet());
        entries.put(entry.id(), entry);
        exchange.getResponseHeaders().add("Location", baseUrl() + "/api/entries/" + entry.id());
        send(exchange, 201, "application/json", toJson(entry));
    }

    private void update(HttpExchange exchange, StoredEntry entry) throws IOException {
        JsonNode draft = json.readTree(exchange.getRequestBody().readAllBytes());
        String title = draft.path("title").asString("");
        if (title.isBlank()) {
            problem(exchange, 400, "urn:journal:problem:invalid-input", "Invalid input", "The entry has invalid fields.",
                    List.of(Map.of("field", "title", "message", "Title must not be empty.")));
            return;
        }
        now = now.plusSeconds(60);
        StoredEntry changed = new StoredEntry(entry.id(), title.strip(), draft.path("body").asString(""),
                entry.createdAt(), now, entry.seq());
        entries.put(changed.id(), changed);
        send(exchange, 200, "application/json", toJson(changed));
    }

    private Map<String, Object> toJson(StoredEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", entry.id().toString());
        map.put("title", entry.title());
        map.put("body", entry.body());
        map.put("createdAt", entry.createdAt().toString());
        map.put("updatedAt", entry.updatedAt().toString());
        return map;
    }

    private void problem(HttpExchange exchange, int status, String type, String title, String detail,
            List<Map<String, String>> errors) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        send(exchange, status, "application/problem+json", body);
    }

    private void send(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        byte[] bytes = body instanceof String text
                ? text.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return result;
    }
}
