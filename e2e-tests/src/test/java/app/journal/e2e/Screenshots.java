package app.journal.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Full-page screenshots under {@code journal.screenshots} (default {@code target/screenshots}). */
final class Screenshots {

    private final Path directory;
    private final String prefix;

    Screenshots(String prefix) {
        this.directory = Path.of(System.getProperty("journal.screenshots", "target/screenshots"));
        this.prefix = prefix;
    }

    Path take(Page page, String state) {
        Path file = directory.resolve(prefix + "-" + state + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
