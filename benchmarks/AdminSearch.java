import app.journal.adapter.persistence.JooqAdminDirectory;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.AdminDirectory.Filter;
import app.journal.application.port.out.AdminDirectory.Match;
import app.journal.application.port.out.AdminDirectory.Search;
import app.journal.application.port.out.AdminDirectory.Sort;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Issue 17's benchmark of the administrators' account list (benchmarks/admin-search.sh runs it). Two modes:
 *
 * <pre>
 * db   JDBC_URL REPEATS OUT_DIR   every list shape through the real adapter (JooqAdminDirectory): the statements it
 *                                 issues are captured by a jOOQ listener, then each is run under
 *                                 EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) REPEATS times; database time = planning +
 *                                 execution, median and p95 per statement and for the request (count + page).
 *                                 Plans go to OUT_DIR.
 * http BASE_URL TOKEN REPEATS JDBC_URL   GET /api/admin/users for every shape, REPEATS times each after 2 unmeasured.
 * </pre>
 *
 * The list counts its matches up to COUNT_LIMIT (environment; 10 000 by default, as journal.admin.count-limit); the
 * middle and last pages are those of the real number of matches (counted through the adapter without a limit).
 *
 * Run with the extracted jar's libraries on the class path (java -cp 'bootstrap/target/journal-app/lib/*').
 */
public final class AdminSearch {

    private static final Pattern PLANNING = Pattern.compile("Planning Time: ([0-9.]+) ms");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    /** The top node's buffers (the first line of them): pages touched, which the machine's load does not change. */
    private static final Pattern BUFFERS = Pattern.compile("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?");
    /** A statement slower than this on its first run is repeated only 3 times (a deep OFFSET can take seconds). */
    private static final double SLOW_MS = 400;

    /** A list shape: what the API is asked, as the adapter's Search and as the URL's query string. */
    record Shape(String name, Search search, String query, String page) {}

    static List<Shape> shapes() {
        var shapes = new ArrayList<Shape>();
        for (var sort : Sort.values()) {
            for (var desc : new boolean[] {false, true}) {
                var api = switch (sort) { case EMAIL -> "email"; case CREATED -> "created"; case LAST_SIGN_IN -> "lastSignIn"; };
                var dir = desc ? "desc" : "asc";
                for (var page : List.of("first", "middle", "last")) {
                    shapes.add(new Shape("sort " + api + " " + dir + ", " + page + " page",
                            new Search(null, Match.PREFIX, null, sort, desc), "sort=" + api + "&dir=" + dir, page));
                }
            }
        }
        for (var page : List.of("first", "last")) {
            shapes.add(new Shape("prefix 'anna' (2.5 %), " + page, new Search("anna", Match.PREFIX, null, Sort.EMAIL, false),
                    "q=anna", page));
        }
        shapes.add(new Shape("prefix 'anna.schmidt' (0.06 %)", new Search("anna.schmidt", Match.PREFIX, null, Sort.EMAIL, false),
                "q=anna.schmidt", "first"));
        shapes.add(new Shape("prefix 'anna' sorted by created desc", new Search("anna", Match.PREFIX, null, Sort.CREATED, true),
                "q=anna&sort=created&dir=desc", "first"));
        for (var q : List.of("schmidt", "example.org", "no-such-text")) {
            for (var page : List.of("first", "last")) {
                if (q.equals("no-such-text") && page.equals("last")) continue;
                shapes.add(new Shape("contains '" + q + "', " + page, new Search(q, Match.CONTAINS, null, Sort.EMAIL, false),
                        "match=contains&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), page));
            }
        }
        for (var filter : Filter.values()) {
            var api = switch (filter) { case UNVERIFIED -> "unverified"; case DISABLED -> "disabled"; case TWO_STEP -> "two-step"; case NO_TWO_STEP -> "no-two-step"; };
            for (var page : List.of("first", "last")) {
                shapes.add(new Shape("filter " + api + ", " + page, new Search(null, Match.PREFIX, filter, Sort.CREATED, true),
                        "filter=" + api + "&sort=created&dir=desc", page));
            }
        }
        shapes.add(new Shape("prefix 'anna' + filter unverified", new Search("anna", Match.PREFIX, Filter.UNVERIFIED, Sort.EMAIL, false),
                "q=anna&filter=unverified", "first"));
        var only = System.getenv("SHAPES");
        return only == null || only.isBlank() ? shapes
                : shapes.stream().filter(s -> Pattern.compile(only).matcher(s.name()).find()).toList();
    }

    static final int SIZE = 50;
    static final int COUNT_LIMIT = Integer.parseInt(System.getenv().getOrDefault("COUNT_LIMIT", "10000"));

    /** How many accounts the shape really finds (not measured). */
    static long realTotal(JooqAdminDirectory directory, Search search, Instant now) {
        return directory.search(search, new PageRequest(0, 1), Integer.MAX_VALUE, now).page().totalItems();
    }

    static int pageNumber(String page, long total) {
        long last = Math.max(0, (total - 1) / SIZE);
        return (int) switch (page) { case "first" -> 0; case "middle" -> last / 2; default -> last; };
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        switch (args[0]) {
            case "db" -> db(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "http" -> http(args[1], args[2], Integer.parseInt(args[3]), args[4]);
            default -> throw new IllegalArgumentException("db or http");
        }
    }

    static JooqAdminDirectory directory(Connection connection) {
        return new JooqAdminDirectory(DSL.using(connection, SQLDialect.POSTGRES));
    }

    static void db(String url, int repeats, Path out) throws Exception {
        Files.createDirectories(out);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            var captured = new ArrayList<String>();
            var configuration = new DefaultConfiguration().set(connection).set(SQLDialect.POSTGRES);
            var dsl = DSL.using(configuration);
            var counter = directory(connection);
            configuration.set(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    captured.add(dsl.renderInlined(ctx.query()));
                }
            }));
            var directory = new JooqAdminDirectory(dsl);
            var now = Instant.parse("2026-12-05T12:00:00Z");
            System.out.printf("count limit %d%n%-42s %7s %6s | %9s %9s | %9s %9s | %9s %9s | %7s %7s | %2s | %s%n",
                    COUNT_LIMIT, "shape", "rows", "offset", "count p50", "p95", "page p50", "p95", "sum p50", "p95",
                    "buf cnt", "buf pg", "n", "adapter");
            int i = 0;
            for (var shape : shapes()) {
                long total = realTotal(counter, shape.search(), now);
                int page = pageNumber(shape.page(), total);
                captured.clear();
                boolean capped = directory.search(shape.search(), new PageRequest(page, SIZE), COUNT_LIMIT, now).totalCapped();
                if (captured.size() != 2) throw new IllegalStateException("expected count + page, got " + captured);
                var count = measure(connection, captured.get(0), repeats);
                var rows = measure(connection, captured.get(1), repeats);
                var sum = new ArrayList<Double>();
                for (int k = 0; k < Math.min(count.times.size(), rows.times.size()); k++) {
                    sum.add(count.times.get(k) + rows.times.get(k));
                }
                var adapter = adapterTimes(directory, shape.search(), page, now, repeats);
                System.out.printf("%-42s %7d%s %6d | %9.2f %9.2f | %9.2f %9.2f | %9.2f %9.2f | %7d %7d | %2d | %s%s%n",
                        shape.name(), total, capped ? "+" : " ", (long) page * SIZE, p(count.times, 50), p(count.times, 95),
                        p(rows.times, 50), p(rows.times, 95), p(sum, 50), p(sum, 95), count.buffers, rows.buffers,
                        rows.times.size(),
                        adapter.isEmpty() ? "-" : String.format("%.2f / %.2f", p(adapter, 50), p(adapter, 95)),
                        rows.jit || count.jit ? " JIT" : "");
                Files.writeString(out.resolve(String.format("%02d.txt", ++i)), shape.name() + "\n\n" + captured.get(0)
                        + ";\n\n" + count.plan + "\n\n" + captured.get(1) + ";\n\n" + rows.plan);
            }
        }
    }

    /**
     * Wall time of the adapter's search() (count + page) as the application runs it: prepared statements on one
     * connection, so after pgjdbc's prepareThreshold (5) PostgreSQL may switch to a generic plan, which cannot use
     * the prefix index for {@code LIKE ?}. The first 5 runs are not measured. Skipped (empty) for a shape whose
     * first run takes more than SLOW_MS.
     */
    static List<Double> adapterTimes(JooqAdminDirectory directory, Search search, int page, Instant now, int repeats) {
        var times = new ArrayList<Double>();
        for (int k = 0; k < repeats + 5; k++) {
            long start = System.nanoTime();
            directory.search(search, new PageRequest(page, SIZE), COUNT_LIMIT, now);
            double ms = (System.nanoTime() - start) / 1e6;
            if (k == 0 && ms > SLOW_MS) return List.of();
            if (k >= 5) times.add(ms);
        }
        return times;
    }

    record Measured(List<Double> times, String plan, boolean jit, long buffers) {}

    static Measured measure(Connection connection, String sql, int repeats) throws Exception {
        var times = new ArrayList<Double>();
        String plan = "";
        boolean jit = false;
        try (var statement = connection.createStatement()) {
            for (int k = 0; k < repeats + 2; k++) {
                var text = new StringBuilder();
                try (var rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " + sql)) {
                    while (rs.next()) text.append(rs.getString(1)).append('\n');
                }
                plan = text.toString();
                jit |= plan.contains("JIT:");
                var planning = PLANNING.matcher(plan);
                var execution = EXECUTION.matcher(plan);
                if (!planning.find() || !execution.find()) throw new IllegalStateException(plan);
                double ms = Double.parseDouble(planning.group(1)) + Double.parseDouble(execution.group(1));
                if (k >= 2) times.add(ms);
                if (k >= 2 && ms > SLOW_MS && times.size() >= 3) break;
                if (k == 0 && ms > SLOW_MS * 3) k = 1; // one warm-up is enough for a statement of seconds
            }
        }
        var buffers = BUFFERS.matcher(plan);
        long pages = 0;
        if (buffers.find()) {
            pages = (buffers.group(1) == null ? 0 : Long.parseLong(buffers.group(1)))
                    + (buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2)));
        }
        return new Measured(times, plan, jit, pages);
    }

    static double p(List<Double> values, int percentile) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static void http(String base, String token, int repeats, String url) throws Exception {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("%-42s %6s | %9s %9s %9s%n", "shape", "page", "p50 ms", "p95 ms", "max ms");
        var now = Instant.now();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            var counter = directory(connection);
            for (var shape : shapes()) {
                http(client, base, token, repeats, shape, pageNumber(shape.page(), realTotal(counter, shape.search(), now)));
            }
        }
    }

    static void http(HttpClient client, String base, String token, int repeats, Shape shape, int page) throws Exception {
        var query = shape.query() + "&page=" + page + "&size=" + SIZE;
        var times = new ArrayList<Double>();
        for (int k = 0; k < repeats + 2; k++) {
            long start = System.nanoTime();
            get(client, base, token, query);
            double ms = (System.nanoTime() - start) / 1e6;
            if (k >= 2) times.add(ms);
            if (k >= 2 && ms > SLOW_MS && times.size() >= 3) break;
        }
        System.out.printf("%-42s %6d | %9.2f %9.2f %9.2f%n", shape.name(), page, p(times, 50), p(times, 95),
                p(times, 100));
    }

    static String get(HttpClient client, String base, String token, String query) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/admin/users?" + query))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
