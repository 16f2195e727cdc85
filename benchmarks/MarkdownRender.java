import app.journal.adapter.rest.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What rendering entry bodies costs the API (issue 19): a page of 20 entries of everyday length, a body at the
 * 100 000-character limit, and hostile bodies at the limit (deep nesting, brackets, emphasis runs). Single
 * thread, wall clock, after a warm-up; bounded by SECONDS per case. Run by benchmarks/markdown.sh.
 */
public final class MarkdownRender {

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        MarkdownRenderer markdown = new MarkdownRenderer();
        Random random = new Random(19);
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            page.add(everyday(random));
        }
        int pageChars = page.stream().mapToInt(String::length).sum();
        StringBuilder large = new StringBuilder();
        while (large.length() < 99_000) {
            large.append(everyday(random)).append("\n\n");
        }
        String limit = large.substring(0, 99_000);

        System.out.printf("%-44s %12s %14s%n", "case", "chars", "median per op");
        run("page of 20 everyday entries (" + pageChars / 20 + " chars avg)", pageChars, seconds,
                () -> page.forEach(markdown::toHtml));
        run("one body at the limit, everyday Markdown", limit.length(), seconds, () -> markdown.toHtml(limit));
        hostile("100 000 '>' (nested quotes)", ">".repeat(100_000), markdown, seconds);
        hostile("50 000 '- ' (nested lists)", "- ".repeat(50_000), markdown, seconds);
        hostile("50 000 '[' then '](x)'s", "[".repeat(50_000) + "](x)".repeat(12_500), markdown, seconds);
        hostile("100 000 '*' around one letter", "*".repeat(50_000) + "a" + "*".repeat(49_999), markdown, seconds);
        hostile("33 333 '<a' (unclosed inline HTML)", "<a ".repeat(33_333), markdown, seconds);
        hostile("50 000 '![' (image openers)", "![".repeat(50_000), markdown, seconds);
    }

    private static void hostile(String name, String body, MarkdownRenderer markdown, double seconds) {
        run(name, body.length(), seconds, () -> markdown.toHtml(body));
    }

    private static void run(String name, int chars, double seconds, Runnable op) {
        long warmUntil = System.nanoTime() + (long) (seconds / 2 * 1e9);
        while (System.nanoTime() < warmUntil) {
            op.run();
        }
        List<Long> times = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long start = System.nanoTime();
            op.run();
            times.add(System.nanoTime() - start);
        } while (System.nanoTime() < until && times.size() < 100_000);
        times.sort(null);
        System.out.printf("%-44s %12d %11.3f ms  (p95 %.3f ms, %d runs)%n", name, chars,
                times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.95)) / 1e6, times.size());
    }

    private static String everyday(Random random) {
        String[] words = "the a morning rain walk coffee friend work tired happy long day city park book wrote "
                .concat("called dinner quiet train late early sun wind garden thought plans weekend").split(" ");
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append("## ").append(words[random.nextInt(words.length)]).append("\n\n");
        }
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int n = 25 + random.nextInt(60);
            for (int w = 0; w < n; w++) {
                String word = words[random.nextInt(words.length)];
                int style = random.nextInt(30);
                text.append(style == 0 ? "*" + word + "*" : style == 1 ? "**" + word + "**"
                        : style == 2 ? "[" + word + "](https://example.org/" + word + ")" : word);
                text.append(w % 12 == 11 ? "\n" : " ");
            }
            text.append("\n\n");
            if (random.nextInt(4) == 0) {
                text.append("- ").append(words[random.nextInt(words.length)]).append("\n- ")
                        .append(words[random.nextInt(words.length)]).append("\n\n");
            }
            if (random.nextInt(6) == 0) {
                text.append("> ").append(words[random.nextInt(words.length)]).append(" said so\n\n");
            }
        }
        return text.toString();
    }
}
